import type { Permission } from '@/lib/auth/permissions';

/**
 * What each server action and route handler declares about who may come in: the desk door names the
 * permission it asks the table for; the public door lets anyone in (readers); the internal door only
 * this instance. The permission matrix test (test/permission-matrix.test.ts) reads these from every
 * action and route in app/, so a new entry point without a door fails the suite.
 */
export type Door = { kind: 'desk'; permission: Permission } | { kind: 'public' } | { kind: 'internal' };

const doors = new WeakMap<object, Door>();

export function withDoor<F extends object>(fn: F, door: Door): F {
  doors.set(fn, door);
  return fn;
}

export function doorOf(fn: unknown): Door | undefined {
  return typeof fn === 'function' ? doors.get(fn) : undefined;
}

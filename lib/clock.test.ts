// fixed-date: the instant the injectable clock is moved to; only its distance from now() is asserted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { now, setClock } from './clock';

afterEach(() => {
  vi.stubEnv('E2E_CLOCK', '1');
  setClock(null);
  vi.unstubAllEnvs();
});

describe('the injectable clock', () => {
  it('is the system clock, and cannot be moved, without E2E_CLOCK=1', () => {
    vi.stubEnv('E2E_CLOCK', '');
    expect(setClock(new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('moves, and goes back, in an end-to-end run', () => {
    vi.stubEnv('E2E_CLOCK', '1');
    expect(setClock(new Date('2030-01-01T00:00:00Z'))).toBe(true);
    expect(Math.abs(now().getTime() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1_000);
    setClock(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});

/**
 * The server's idea of "now". In production it is the system clock, nothing else. An end-to-end run
 * (e2e/serve.mjs starts the server with E2E_CLOCK=1) may move it forward, so that a story scheduled
 * for tomorrow 08:00 can be seen going live without waiting a night.
 */
const state = ((globalThis as { __toasoanClock?: { offsetMs: number } }).__toasoanClock ??= { offsetMs: 0 });

export function now(): Date {
  return new Date(Date.now() + state.offsetMs);
}

export function isClockAdjustable(): boolean {
  return process.env.E2E_CLOCK === '1';
}

/** Moves the clock to `at` (or back to the system clock with null). Refused unless E2E_CLOCK=1. */
export function setClock(at: Date | null): boolean {
  if (!isClockAdjustable()) return false;
  state.offsetMs = at ? at.getTime() - Date.now() : 0;
  return true;
}

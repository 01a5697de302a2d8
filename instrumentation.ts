// Opens the database (migrations, demo seed) when the server boots: a second server on the same
// embedded data dir stops at once with a clear message instead of failing on its first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}

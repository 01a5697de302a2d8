// Opens the database (migrations, demo seed) when the server boots, so that a second server on the
// same embedded data dir stops at once with a clear message instead of failing on its first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDbHandle } = await import('./db/client');
  try {
    await getDbHandle();
  } catch (err) {
    console.error(`\n${(err as Error).message}\n`);
    process.exit(1);
  }
}

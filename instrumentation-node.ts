import { getDbHandle } from './db/client';
import { startScheduledPublishing } from './lib/cache/scheduler';

try {
  await getDbHandle();
} catch (err) {
  console.error(`\n${(err as Error).message}\n`);
  process.exit(1);
}
startScheduledPublishing();

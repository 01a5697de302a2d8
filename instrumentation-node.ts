import { getDbHandle } from './db/client';

try {
  await getDbHandle();
} catch (err) {
  console.error(`\n${(err as Error).message}\n`);
  process.exit(1);
}

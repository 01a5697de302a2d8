import { getDbHandle } from './db/client';
import { listenForExpiries } from './lib/cache/fan-out';
import { startScheduledPublishing } from './lib/cache/scheduler';
import { appendPeerAddressToForwardedFor } from './lib/peer-address';

// Before the first request: every client address is read from the socket's end of X-Forwarded-For.
appendPeerAddressToForwardedFor();

try {
  await getDbHandle();
} catch (err) {
  console.error(`\n${(err as Error).message}\n`);
  process.exit(1);
}
startScheduledPublishing();
// With several instances on one PostgreSQL database: what another expires, this one expires too.
listenForExpiries();

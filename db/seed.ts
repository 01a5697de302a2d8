// `npm run db:seed`: seeds the demo newsroom into the configured database. Safe to run twice.
import { env } from '@/lib/env';
import { closeDatabase, getDbHandle } from './client';
import { seedDemo } from './seed/demo';

async function main() {
  if (env().NODE_ENV === 'production' && env().SEED_DEMO !== '1') {
    console.error('Không tạo tài khoản demo khi NODE_ENV=production. Đặt SEED_DEMO=1 nếu bạn thật sự muốn.');
    process.exit(1);
  }
  const { db } = await getDbHandle();
  await seedDemo(db);
  await closeDatabase();
  console.log('Đã nạp dữ liệu demo.');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

// `npm run db:migrate`: applies the committed migrations (the app also does this when it opens the DB).
import { closeDatabase, getDbHandle } from './client';

getDbHandle()
  .then(() => closeDatabase())
  .then(() => console.log('Đã áp dụng migration.'))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });

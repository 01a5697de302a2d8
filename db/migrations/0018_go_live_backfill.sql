-- hand-written: data, not schema.
-- Stories already scheduled before this column existed still wait for their time: mark them pending.
UPDATE "articles" SET "go_live_pending" = true WHERE "status" = 'published' AND "published_at" > now();

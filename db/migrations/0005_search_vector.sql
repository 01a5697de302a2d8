ALTER TABLE "articles" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(title || ' ' || lead || ' ' || body_text))) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
-- The expression index of 0001_search.sql is replaced by the stored column's index.
DROP INDEX IF EXISTS "articles_search_idx";

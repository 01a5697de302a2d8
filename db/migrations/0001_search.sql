-- Search: Vietnamese words are space-separated syllables, so the `simple` config over unaccented text
-- lets "hop mat" find "họp mặt". unaccent() is only STABLE; this wrapper pins the dictionary so that
-- it can be IMMUTABLE and used in an index.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS articles_search_idx ON articles
  USING gin (to_tsvector('simple', f_unaccent(title || ' ' || lead || ' ' || body_text)));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS articles_title_trgm_idx ON articles USING gin (f_unaccent(lower(title)) gin_trgm_ops);

ALTER TABLE "articles" ADD COLUMN "media_srcs" jsonb GENERATED ALWAYS AS (jsonb_path_query_array(body, 'lax $.**.src')) STORED;--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "file_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_media_srcs_idx" ON "articles" USING gin ("media_srcs");
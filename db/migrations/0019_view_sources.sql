ALTER TABLE "article_views" ADD COLUMN "source" text DEFAULT 'direct' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_views" DROP CONSTRAINT "article_views_article_id_hour_pk";--> statement-breakpoint
ALTER TABLE "article_views" ADD CONSTRAINT "article_views_article_id_hour_source_pk" PRIMARY KEY("article_id","hour","source");--> statement-breakpoint
ALTER TABLE "article_views" ADD CONSTRAINT "article_views_source_check" CHECK ("article_views"."source" in ('search', 'social', 'zalo', 'direct', 'internal', 'other'));

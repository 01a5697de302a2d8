CREATE TABLE "article_views_daily" (
	"article_id" integer NOT NULL,
	"day" date NOT NULL,
	"source" text NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "article_views_daily_article_id_day_source_pk" PRIMARY KEY("article_id","day","source")
);
--> statement-breakpoint
CREATE TABLE "section_views_daily" (
	"day" date NOT NULL,
	"section_id" integer NOT NULL,
	"source" text NOT NULL,
	"views" bigint NOT NULL,
	CONSTRAINT "section_views_daily_day_section_id_source_pk" PRIMARY KEY("day","section_id","source")
);
--> statement-breakpoint
ALTER TABLE "article_views_daily" ADD CONSTRAINT "article_views_daily_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_views_daily_day_idx" ON "article_views_daily" USING btree ("day","article_id","source","views");--> statement-breakpoint
CREATE INDEX "comments_moderated_idx" ON "comments" USING btree ("moderated_at") WHERE "comments"."moderated_at" is not null;
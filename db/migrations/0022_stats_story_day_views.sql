CREATE TABLE "article_day_views" (
	"article_id" integer NOT NULL,
	"day" date NOT NULL,
	"views" bigint NOT NULL,
	CONSTRAINT "article_day_views_article_id_day_pk" PRIMARY KEY("article_id","day")
);
--> statement-breakpoint
ALTER TABLE "article_day_views" ADD CONSTRAINT "article_day_views_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The days already folded, from the per-source rows (the rollup writes both from now on).
INSERT INTO "article_day_views" ("article_id", "day", "views") SELECT "article_id", "day", sum("views") FROM "article_views_daily" GROUP BY 1, 2;--> statement-breakpoint
CREATE INDEX "article_day_views_day_idx" ON "article_day_views" USING btree ("day","article_id","views");--> statement-breakpoint
ANALYZE "article_day_views";

ALTER TABLE "article_revisions" ALTER COLUMN "section_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "section_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_section_once_submitted" CHECK ("articles"."section_id" is not null or "articles"."status" in ('draft', 'trashed'));
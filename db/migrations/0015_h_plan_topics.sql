CREATE TYPE "public"."topic_decision" AS ENUM('proposed', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "topic_assignees" (
	"topic_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topic_assignees_topic_id_user_id_pk" PRIMARY KEY("topic_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"angle" text DEFAULT '' NOT NULL,
	"section_id" integer NOT NULL,
	"expected_on" date NOT NULL,
	"media_needs" text DEFAULT '' NOT NULL,
	"sources" text DEFAULT '' NOT NULL,
	"proposer_id" integer NOT NULL,
	"decision" "topic_decision" DEFAULT 'proposed' NOT NULL,
	"decline_reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"deadline" timestamp with time zone,
	"article_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_declined_has_reason" CHECK ("topics"."decision" <> 'declined' or coalesce("topics"."decline_reason", '') <> '')
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "topic_id" integer;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "topic_assignees" ADD CONSTRAINT "topic_assignees_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_assignees" ADD CONSTRAINT "topic_assignees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "topic_assignees_user_idx" ON "topic_assignees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "topics_expected_idx" ON "topics" USING btree ("expected_on");--> statement-breakpoint
CREATE INDEX "topics_deadline_idx" ON "topics" USING btree ("decision","deadline");--> statement-breakpoint
CREATE INDEX "topics_proposer_idx" ON "topics" USING btree ("proposer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_article_idx" ON "topics" USING btree ("article_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("user_id","dedupe_key");
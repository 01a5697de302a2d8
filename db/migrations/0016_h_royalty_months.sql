CREATE TYPE "public"."royalty_month_status" AS ENUM('draft', 'reviewed', 'locked');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'accountant';--> statement-breakpoint
CREATE TABLE "royalty_contributors" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "royalty_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"adjusts_entry_id" integer,
	"genre" text NOT NULL,
	"coefficient_tenths" integer NOT NULL,
	"add_ons" jsonb NOT NULL,
	"unit_value" integer NOT NULL,
	"amount" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"set_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "royalty_entries_kind_check" CHECK (("royalty_entries"."kind" = 'story') = ("royalty_entries"."adjusts_entry_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "royalty_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" integer NOT NULL,
	"user_id" integer,
	"contributor_id" integer,
	"part" text NOT NULL,
	"share_percent" integer NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "royalty_lines_payee_check" CHECK (num_nonnulls("royalty_lines"."user_id", "royalty_lines"."contributor_id") = 1),
	CONSTRAINT "royalty_lines_share_check" CHECK ("royalty_lines"."share_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "royalty_months" (
	"month" text PRIMARY KEY NOT NULL,
	"status" "royalty_month_status" DEFAULT 'draft' NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"locked_by" integer,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "royalty_months_month_check" CHECK ("royalty_months"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "royalty_entries" ADD CONSTRAINT "royalty_entries_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_entries" ADD CONSTRAINT "royalty_entries_month_royalty_months_month_fk" FOREIGN KEY ("month") REFERENCES "public"."royalty_months"("month") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_entries" ADD CONSTRAINT "royalty_entries_adjusts_entry_id_royalty_entries_id_fk" FOREIGN KEY ("adjusts_entry_id") REFERENCES "public"."royalty_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_entries" ADD CONSTRAINT "royalty_entries_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_entry_id_royalty_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."royalty_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_lines" ADD CONSTRAINT "royalty_lines_contributor_id_royalty_contributors_id_fk" FOREIGN KEY ("contributor_id") REFERENCES "public"."royalty_contributors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_months" ADD CONSTRAINT "royalty_months_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "royalty_months" ADD CONSTRAINT "royalty_months_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "royalty_contributors_slug_idx" ON "royalty_contributors" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "royalty_entries_story_idx" ON "royalty_entries" USING btree ("article_id") WHERE "royalty_entries"."kind" = 'story';--> statement-breakpoint
CREATE INDEX "royalty_entries_month_idx" ON "royalty_entries" USING btree ("month");--> statement-breakpoint
CREATE INDEX "royalty_lines_entry_idx" ON "royalty_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "royalty_lines_user_idx" ON "royalty_lines" USING btree ("user_id");
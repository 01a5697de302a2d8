ALTER TABLE "commenter_bans" ADD COLUMN "lifted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commenter_bans" ADD COLUMN "lifted_by" integer;--> statement-breakpoint
ALTER TABLE "commenter_bans" ADD COLUMN "comment_id" integer;--> statement-breakpoint
ALTER TABLE "commenter_bans" ADD COLUMN "author_name" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "browser_hash" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "staff_author_id" integer;--> statement-breakpoint
ALTER TABLE "commenter_bans" ADD CONSTRAINT "commenter_bans_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commenter_bans" ADD CONSTRAINT "commenter_bans_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_staff_author_id_users_id_fk" FOREIGN KEY ("staff_author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_browser_idx" ON "comments" USING btree ("browser_hash");
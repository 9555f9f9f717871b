import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "course_packs_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_course_packs_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "components_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_components_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_events_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "indicators_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_indicators_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "self_assessments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_self_assessments_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "tools" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "tools" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_tools_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_tools_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_tools_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "cheat_sheets" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "cheat_sheets" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_cheat_sheets_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_cheat_sheets_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_cheat_sheets_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "badges" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "badges" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_badges_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_badges_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_badges_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "course_packs" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "course_packs" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_course_packs_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_course_packs_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_course_packs_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "components" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "components" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_components_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_components_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_components_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "events" ADD COLUMN "registration_url" varchar;
  ALTER TABLE "events" ADD COLUMN "share_image_id" integer;
  ALTER TABLE "events" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "events_locales" ADD COLUMN "share_description" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_url" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_share_image_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_share_description" varchar;
  ALTER TABLE "posts" ADD COLUMN "share_image_id" integer;
  ALTER TABLE "posts" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "posts" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "posts_locales" ADD COLUMN "share_description" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_share_image_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_posts_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_posts_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_posts_v_locales" ADD COLUMN "version_share_description" varchar;
  ALTER TABLE "indicators" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "indicators" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_indicators_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_indicators_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_indicators_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "self_assessments" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "self_assessments" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_self_assessments_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_self_assessments_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_self_assessments_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "pages" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "pages" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "course_packs_texts" ADD CONSTRAINT "course_packs_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_texts" ADD CONSTRAINT "_course_packs_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_texts" ADD CONSTRAINT "components_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_texts" ADD CONSTRAINT "_components_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_texts" ADD CONSTRAINT "events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_texts" ADD CONSTRAINT "_events_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_texts" ADD CONSTRAINT "indicators_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicators_v_texts" ADD CONSTRAINT "_indicators_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_indicators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_texts" ADD CONSTRAINT "self_assessments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_texts" ADD CONSTRAINT "_self_assessments_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "course_packs_texts_order_parent" ON "course_packs_texts" USING btree ("order","parent_id");
  CREATE INDEX "_course_packs_v_texts_order_parent" ON "_course_packs_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "components_texts_order_parent" ON "components_texts" USING btree ("order","parent_id");
  CREATE INDEX "_components_v_texts_order_parent" ON "_components_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "events_texts_order_parent" ON "events_texts" USING btree ("order","parent_id");
  CREATE INDEX "_events_v_texts_order_parent" ON "_events_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "indicators_texts_order_parent" ON "indicators_texts" USING btree ("order","parent_id");
  CREATE INDEX "_indicators_v_texts_order_parent" ON "_indicators_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "self_assessments_texts_order_parent" ON "self_assessments_texts" USING btree ("order","parent_id");
  CREATE INDEX "_self_assessments_v_texts_order_parent" ON "_self_assessments_v_texts" USING btree ("order","parent_id");
  ALTER TABLE "events" ADD CONSTRAINT "events_share_image_id_media_id_fk" FOREIGN KEY ("share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_share_image_id_media_id_fk" FOREIGN KEY ("version_share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_share_image_id_media_id_fk" FOREIGN KEY ("share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_share_image_id_media_id_fk" FOREIGN KEY ("version_share_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "tools_ready_for_review_idx" ON "tools" USING btree ("ready_for_review");
  CREATE INDEX "tools_deleted_at_idx" ON "tools" USING btree ("deleted_at");
  CREATE INDEX "_tools_v_version_version_ready_for_review_idx" ON "_tools_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_tools_v_version_version_deleted_at_idx" ON "_tools_v" USING btree ("version_deleted_at");
  CREATE INDEX "_tools_v_autosave_idx" ON "_tools_v" USING btree ("autosave");
  CREATE INDEX "cheat_sheets_ready_for_review_idx" ON "cheat_sheets" USING btree ("ready_for_review");
  CREATE INDEX "cheat_sheets_deleted_at_idx" ON "cheat_sheets" USING btree ("deleted_at");
  CREATE INDEX "_cheat_sheets_v_version_version_ready_for_review_idx" ON "_cheat_sheets_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_cheat_sheets_v_version_version_deleted_at_idx" ON "_cheat_sheets_v" USING btree ("version_deleted_at");
  CREATE INDEX "_cheat_sheets_v_autosave_idx" ON "_cheat_sheets_v" USING btree ("autosave");
  CREATE INDEX "badges_ready_for_review_idx" ON "badges" USING btree ("ready_for_review");
  CREATE INDEX "badges_deleted_at_idx" ON "badges" USING btree ("deleted_at");
  CREATE INDEX "_badges_v_version_version_ready_for_review_idx" ON "_badges_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_badges_v_version_version_deleted_at_idx" ON "_badges_v" USING btree ("version_deleted_at");
  CREATE INDEX "_badges_v_autosave_idx" ON "_badges_v" USING btree ("autosave");
  CREATE INDEX "course_packs_ready_for_review_idx" ON "course_packs" USING btree ("ready_for_review");
  CREATE INDEX "course_packs_deleted_at_idx" ON "course_packs" USING btree ("deleted_at");
  CREATE INDEX "_course_packs_v_version_version_ready_for_review_idx" ON "_course_packs_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_course_packs_v_version_version_deleted_at_idx" ON "_course_packs_v" USING btree ("version_deleted_at");
  CREATE INDEX "_course_packs_v_autosave_idx" ON "_course_packs_v" USING btree ("autosave");
  CREATE INDEX "components_ready_for_review_idx" ON "components" USING btree ("ready_for_review");
  CREATE INDEX "components_deleted_at_idx" ON "components" USING btree ("deleted_at");
  CREATE INDEX "_components_v_version_version_ready_for_review_idx" ON "_components_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_components_v_version_version_deleted_at_idx" ON "_components_v" USING btree ("version_deleted_at");
  CREATE INDEX "_components_v_autosave_idx" ON "_components_v" USING btree ("autosave");
  CREATE INDEX "events_share_image_idx" ON "events" USING btree ("share_image_id");
  CREATE INDEX "events_ready_for_review_idx" ON "events" USING btree ("ready_for_review");
  CREATE INDEX "events_deleted_at_idx" ON "events" USING btree ("deleted_at");
  CREATE INDEX "_events_v_version_version_share_image_idx" ON "_events_v" USING btree ("version_share_image_id");
  CREATE INDEX "_events_v_version_version_ready_for_review_idx" ON "_events_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_events_v_version_version_deleted_at_idx" ON "_events_v" USING btree ("version_deleted_at");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "posts_share_image_idx" ON "posts" USING btree ("share_image_id");
  CREATE INDEX "posts_ready_for_review_idx" ON "posts" USING btree ("ready_for_review");
  CREATE INDEX "posts_deleted_at_idx" ON "posts" USING btree ("deleted_at");
  CREATE INDEX "_posts_v_version_version_share_image_idx" ON "_posts_v" USING btree ("version_share_image_id");
  CREATE INDEX "_posts_v_version_version_ready_for_review_idx" ON "_posts_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_posts_v_version_version_deleted_at_idx" ON "_posts_v" USING btree ("version_deleted_at");
  CREATE INDEX "_posts_v_autosave_idx" ON "_posts_v" USING btree ("autosave");
  CREATE INDEX "indicators_ready_for_review_idx" ON "indicators" USING btree ("ready_for_review");
  CREATE INDEX "indicators_deleted_at_idx" ON "indicators" USING btree ("deleted_at");
  CREATE INDEX "_indicators_v_version_version_ready_for_review_idx" ON "_indicators_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_indicators_v_version_version_deleted_at_idx" ON "_indicators_v" USING btree ("version_deleted_at");
  CREATE INDEX "_indicators_v_autosave_idx" ON "_indicators_v" USING btree ("autosave");
  CREATE INDEX "self_assessments_ready_for_review_idx" ON "self_assessments" USING btree ("ready_for_review");
  CREATE INDEX "self_assessments_deleted_at_idx" ON "self_assessments" USING btree ("deleted_at");
  CREATE INDEX "_self_assessments_v_version_version_ready_for_review_idx" ON "_self_assessments_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_self_assessments_v_version_version_deleted_at_idx" ON "_self_assessments_v" USING btree ("version_deleted_at");
  CREATE INDEX "_self_assessments_v_autosave_idx" ON "_self_assessments_v" USING btree ("autosave");
  CREATE INDEX "pages_ready_for_review_idx" ON "pages" USING btree ("ready_for_review");
  CREATE INDEX "pages_deleted_at_idx" ON "pages" USING btree ("deleted_at");
  CREATE INDEX "_pages_v_version_version_ready_for_review_idx" ON "_pages_v" USING btree ("version_ready_for_review");
  CREATE INDEX "_pages_v_version_version_deleted_at_idx" ON "_pages_v" USING btree ("version_deleted_at");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "course_packs_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_course_packs_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "components_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_components_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "indicators_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_indicators_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_assessments_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_self_assessments_v_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "course_packs_texts" CASCADE;
  DROP TABLE "_course_packs_v_texts" CASCADE;
  DROP TABLE "components_texts" CASCADE;
  DROP TABLE "_components_v_texts" CASCADE;
  DROP TABLE "events_texts" CASCADE;
  DROP TABLE "_events_v_texts" CASCADE;
  DROP TABLE "indicators_texts" CASCADE;
  DROP TABLE "_indicators_v_texts" CASCADE;
  DROP TABLE "self_assessments_texts" CASCADE;
  DROP TABLE "_self_assessments_v_texts" CASCADE;
  ALTER TABLE "events" DROP CONSTRAINT "events_share_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_share_image_id_media_id_fk";
  
  ALTER TABLE "posts" DROP CONSTRAINT "posts_share_image_id_media_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_share_image_id_media_id_fk";
  
  DROP INDEX "tools_ready_for_review_idx";
  DROP INDEX "tools_deleted_at_idx";
  DROP INDEX "_tools_v_version_version_ready_for_review_idx";
  DROP INDEX "_tools_v_version_version_deleted_at_idx";
  DROP INDEX "_tools_v_autosave_idx";
  DROP INDEX "cheat_sheets_ready_for_review_idx";
  DROP INDEX "cheat_sheets_deleted_at_idx";
  DROP INDEX "_cheat_sheets_v_version_version_ready_for_review_idx";
  DROP INDEX "_cheat_sheets_v_version_version_deleted_at_idx";
  DROP INDEX "_cheat_sheets_v_autosave_idx";
  DROP INDEX "badges_ready_for_review_idx";
  DROP INDEX "badges_deleted_at_idx";
  DROP INDEX "_badges_v_version_version_ready_for_review_idx";
  DROP INDEX "_badges_v_version_version_deleted_at_idx";
  DROP INDEX "_badges_v_autosave_idx";
  DROP INDEX "course_packs_ready_for_review_idx";
  DROP INDEX "course_packs_deleted_at_idx";
  DROP INDEX "_course_packs_v_version_version_ready_for_review_idx";
  DROP INDEX "_course_packs_v_version_version_deleted_at_idx";
  DROP INDEX "_course_packs_v_autosave_idx";
  DROP INDEX "components_ready_for_review_idx";
  DROP INDEX "components_deleted_at_idx";
  DROP INDEX "_components_v_version_version_ready_for_review_idx";
  DROP INDEX "_components_v_version_version_deleted_at_idx";
  DROP INDEX "_components_v_autosave_idx";
  DROP INDEX "events_share_image_idx";
  DROP INDEX "events_ready_for_review_idx";
  DROP INDEX "events_deleted_at_idx";
  DROP INDEX "_events_v_version_version_share_image_idx";
  DROP INDEX "_events_v_version_version_ready_for_review_idx";
  DROP INDEX "_events_v_version_version_deleted_at_idx";
  DROP INDEX "_events_v_autosave_idx";
  DROP INDEX "posts_share_image_idx";
  DROP INDEX "posts_ready_for_review_idx";
  DROP INDEX "posts_deleted_at_idx";
  DROP INDEX "_posts_v_version_version_share_image_idx";
  DROP INDEX "_posts_v_version_version_ready_for_review_idx";
  DROP INDEX "_posts_v_version_version_deleted_at_idx";
  DROP INDEX "_posts_v_autosave_idx";
  DROP INDEX "indicators_ready_for_review_idx";
  DROP INDEX "indicators_deleted_at_idx";
  DROP INDEX "_indicators_v_version_version_ready_for_review_idx";
  DROP INDEX "_indicators_v_version_version_deleted_at_idx";
  DROP INDEX "_indicators_v_autosave_idx";
  DROP INDEX "self_assessments_ready_for_review_idx";
  DROP INDEX "self_assessments_deleted_at_idx";
  DROP INDEX "_self_assessments_v_version_version_ready_for_review_idx";
  DROP INDEX "_self_assessments_v_version_version_deleted_at_idx";
  DROP INDEX "_self_assessments_v_autosave_idx";
  DROP INDEX "pages_ready_for_review_idx";
  DROP INDEX "pages_deleted_at_idx";
  DROP INDEX "_pages_v_version_version_ready_for_review_idx";
  DROP INDEX "_pages_v_version_version_deleted_at_idx";
  DROP INDEX "_pages_v_autosave_idx";
  ALTER TABLE "tools" DROP COLUMN "ready_for_review";
  ALTER TABLE "tools" DROP COLUMN "deleted_at";
  ALTER TABLE "_tools_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_tools_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_tools_v" DROP COLUMN "autosave";
  ALTER TABLE "cheat_sheets" DROP COLUMN "ready_for_review";
  ALTER TABLE "cheat_sheets" DROP COLUMN "deleted_at";
  ALTER TABLE "_cheat_sheets_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_cheat_sheets_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_cheat_sheets_v" DROP COLUMN "autosave";
  ALTER TABLE "badges" DROP COLUMN "ready_for_review";
  ALTER TABLE "badges" DROP COLUMN "deleted_at";
  ALTER TABLE "_badges_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_badges_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_badges_v" DROP COLUMN "autosave";
  ALTER TABLE "course_packs" DROP COLUMN "ready_for_review";
  ALTER TABLE "course_packs" DROP COLUMN "deleted_at";
  ALTER TABLE "_course_packs_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_course_packs_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_course_packs_v" DROP COLUMN "autosave";
  ALTER TABLE "components" DROP COLUMN "ready_for_review";
  ALTER TABLE "components" DROP COLUMN "deleted_at";
  ALTER TABLE "_components_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_components_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_components_v" DROP COLUMN "autosave";
  ALTER TABLE "events" DROP COLUMN "registration_url";
  ALTER TABLE "events" DROP COLUMN "share_image_id";
  ALTER TABLE "events" DROP COLUMN "ready_for_review";
  ALTER TABLE "events" DROP COLUMN "deleted_at";
  ALTER TABLE "events_locales" DROP COLUMN "share_description";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_url";
  ALTER TABLE "_events_v" DROP COLUMN "version_share_image_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_events_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_events_v" DROP COLUMN "autosave";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_share_description";
  ALTER TABLE "posts" DROP COLUMN "share_image_id";
  ALTER TABLE "posts" DROP COLUMN "ready_for_review";
  ALTER TABLE "posts" DROP COLUMN "deleted_at";
  ALTER TABLE "posts_locales" DROP COLUMN "share_description";
  ALTER TABLE "_posts_v" DROP COLUMN "version_share_image_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_posts_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_posts_v" DROP COLUMN "autosave";
  ALTER TABLE "_posts_v_locales" DROP COLUMN "version_share_description";
  ALTER TABLE "indicators" DROP COLUMN "ready_for_review";
  ALTER TABLE "indicators" DROP COLUMN "deleted_at";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_indicators_v" DROP COLUMN "autosave";
  ALTER TABLE "self_assessments" DROP COLUMN "ready_for_review";
  ALTER TABLE "self_assessments" DROP COLUMN "deleted_at";
  ALTER TABLE "_self_assessments_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_self_assessments_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_self_assessments_v" DROP COLUMN "autosave";
  ALTER TABLE "pages" DROP COLUMN "ready_for_review";
  ALTER TABLE "pages" DROP COLUMN "deleted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_ready_for_review";
  ALTER TABLE "_pages_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "autosave";`)
}

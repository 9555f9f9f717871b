import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "cheat_sheets_search_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_cheat_sheets_v_version_search_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "badges_search_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_badges_v_version_search_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "course_packs_search_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_course_packs_v_version_search_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "self_assessments_answer_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar
  );
  
  CREATE TABLE "_self_assessments_v_version_answer_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "self_assessments_locales" ADD COLUMN "help" varchar;
  ALTER TABLE "_self_assessments_v_locales" ADD COLUMN "version_help" varchar;
  ALTER TABLE "cheat_sheets_search_keywords" ADD CONSTRAINT "cheat_sheets_search_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v_version_search_keywords" ADD CONSTRAINT "_cheat_sheets_v_version_search_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cheat_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "badges_search_keywords" ADD CONSTRAINT "badges_search_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_badges_v_version_search_keywords" ADD CONSTRAINT "_badges_v_version_search_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_badges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_search_keywords" ADD CONSTRAINT "course_packs_search_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_version_search_keywords" ADD CONSTRAINT "_course_packs_v_version_search_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_answer_rules" ADD CONSTRAINT "self_assessments_answer_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_answer_rules" ADD CONSTRAINT "_self_assessments_v_version_answer_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "cheat_sheets_search_keywords_order_idx" ON "cheat_sheets_search_keywords" USING btree ("_order");
  CREATE INDEX "cheat_sheets_search_keywords_parent_id_idx" ON "cheat_sheets_search_keywords" USING btree ("_parent_id");
  CREATE INDEX "cheat_sheets_search_keywords_locale_idx" ON "cheat_sheets_search_keywords" USING btree ("_locale");
  CREATE INDEX "_cheat_sheets_v_version_search_keywords_order_idx" ON "_cheat_sheets_v_version_search_keywords" USING btree ("_order");
  CREATE INDEX "_cheat_sheets_v_version_search_keywords_parent_id_idx" ON "_cheat_sheets_v_version_search_keywords" USING btree ("_parent_id");
  CREATE INDEX "_cheat_sheets_v_version_search_keywords_locale_idx" ON "_cheat_sheets_v_version_search_keywords" USING btree ("_locale");
  CREATE INDEX "badges_search_keywords_order_idx" ON "badges_search_keywords" USING btree ("_order");
  CREATE INDEX "badges_search_keywords_parent_id_idx" ON "badges_search_keywords" USING btree ("_parent_id");
  CREATE INDEX "badges_search_keywords_locale_idx" ON "badges_search_keywords" USING btree ("_locale");
  CREATE INDEX "_badges_v_version_search_keywords_order_idx" ON "_badges_v_version_search_keywords" USING btree ("_order");
  CREATE INDEX "_badges_v_version_search_keywords_parent_id_idx" ON "_badges_v_version_search_keywords" USING btree ("_parent_id");
  CREATE INDEX "_badges_v_version_search_keywords_locale_idx" ON "_badges_v_version_search_keywords" USING btree ("_locale");
  CREATE INDEX "course_packs_search_keywords_order_idx" ON "course_packs_search_keywords" USING btree ("_order");
  CREATE INDEX "course_packs_search_keywords_parent_id_idx" ON "course_packs_search_keywords" USING btree ("_parent_id");
  CREATE INDEX "course_packs_search_keywords_locale_idx" ON "course_packs_search_keywords" USING btree ("_locale");
  CREATE INDEX "_course_packs_v_version_search_keywords_order_idx" ON "_course_packs_v_version_search_keywords" USING btree ("_order");
  CREATE INDEX "_course_packs_v_version_search_keywords_parent_id_idx" ON "_course_packs_v_version_search_keywords" USING btree ("_parent_id");
  CREATE INDEX "_course_packs_v_version_search_keywords_locale_idx" ON "_course_packs_v_version_search_keywords" USING btree ("_locale");
  CREATE INDEX "self_assessments_answer_rules_order_idx" ON "self_assessments_answer_rules" USING btree ("_order");
  CREATE INDEX "self_assessments_answer_rules_parent_id_idx" ON "self_assessments_answer_rules" USING btree ("_parent_id");
  CREATE INDEX "_self_assessments_v_version_answer_rules_order_idx" ON "_self_assessments_v_version_answer_rules" USING btree ("_order");
  CREATE INDEX "_self_assessments_v_version_answer_rules_parent_id_idx" ON "_self_assessments_v_version_answer_rules" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "cheat_sheets_search_keywords" CASCADE;
  DROP TABLE "_cheat_sheets_v_version_search_keywords" CASCADE;
  DROP TABLE "badges_search_keywords" CASCADE;
  DROP TABLE "_badges_v_version_search_keywords" CASCADE;
  DROP TABLE "course_packs_search_keywords" CASCADE;
  DROP TABLE "_course_packs_v_version_search_keywords" CASCADE;
  DROP TABLE "self_assessments_answer_rules" CASCADE;
  DROP TABLE "_self_assessments_v_version_answer_rules" CASCADE;
  ALTER TABLE "self_assessments_locales" DROP COLUMN "help";
  ALTER TABLE "_self_assessments_v_locales" DROP COLUMN "version_help";`)
}

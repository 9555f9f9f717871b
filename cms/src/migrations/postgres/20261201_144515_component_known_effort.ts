import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "components_known_effort" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_components_v_version_known_effort" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "components_known_effort" ADD CONSTRAINT "components_known_effort_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_known_effort" ADD CONSTRAINT "_components_v_version_known_effort_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "components_known_effort_order_idx" ON "components_known_effort" USING btree ("_order");
  CREATE INDEX "components_known_effort_parent_id_idx" ON "components_known_effort" USING btree ("_parent_id");
  CREATE INDEX "components_known_effort_locale_idx" ON "components_known_effort" USING btree ("_locale");
  CREATE INDEX "_components_v_version_known_effort_order_idx" ON "_components_v_version_known_effort" USING btree ("_order");
  CREATE INDEX "_components_v_version_known_effort_parent_id_idx" ON "_components_v_version_known_effort" USING btree ("_parent_id");
  CREATE INDEX "_components_v_version_known_effort_locale_idx" ON "_components_v_version_known_effort" USING btree ("_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "components_known_effort" CASCADE;
  DROP TABLE "_components_v_version_known_effort" CASCADE;`)
}

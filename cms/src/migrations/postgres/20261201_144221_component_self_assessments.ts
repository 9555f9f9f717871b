import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "components_rels" ADD COLUMN "self_assessments_id" integer;
  ALTER TABLE "_components_v_rels" ADD COLUMN "self_assessments_id" integer;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_self_assessments_fk" FOREIGN KEY ("self_assessments_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_self_assessments_fk" FOREIGN KEY ("self_assessments_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "components_rels_self_assessments_id_idx" ON "components_rels" USING btree ("self_assessments_id");
  CREATE INDEX "_components_v_rels_self_assessments_id_idx" ON "_components_v_rels" USING btree ("self_assessments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "components_rels" DROP CONSTRAINT "components_rels_self_assessments_fk";
  
  ALTER TABLE "_components_v_rels" DROP CONSTRAINT "_components_v_rels_self_assessments_fk";
  
  DROP INDEX "components_rels_self_assessments_id_idx";
  DROP INDEX "_components_v_rels_self_assessments_id_idx";
  ALTER TABLE "components_rels" DROP COLUMN "self_assessments_id";
  ALTER TABLE "_components_v_rels" DROP COLUMN "self_assessments_id";`)
}

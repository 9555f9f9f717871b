import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cheat_sheets_locales" ADD COLUMN "plain_summary" varchar;
  ALTER TABLE "_cheat_sheets_v_locales" ADD COLUMN "version_plain_summary" varchar;
  ALTER TABLE "badges_locales" ADD COLUMN "plain_summary" varchar;
  ALTER TABLE "_badges_v_locales" ADD COLUMN "version_plain_summary" varchar;
  ALTER TABLE "course_packs_locales" ADD COLUMN "plain_summary" varchar;
  ALTER TABLE "_course_packs_v_locales" ADD COLUMN "version_plain_summary" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cheat_sheets_locales" DROP COLUMN "plain_summary";
  ALTER TABLE "_cheat_sheets_v_locales" DROP COLUMN "version_plain_summary";
  ALTER TABLE "badges_locales" DROP COLUMN "plain_summary";
  ALTER TABLE "_badges_v_locales" DROP COLUMN "version_plain_summary";
  ALTER TABLE "course_packs_locales" DROP COLUMN "plain_summary";
  ALTER TABLE "_course_packs_v_locales" DROP COLUMN "version_plain_summary";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "components_locales" ADD COLUMN "small_start" varchar;
  ALTER TABLE "_components_v_locales" ADD COLUMN "version_small_start" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "components_locales" DROP COLUMN "small_start";
  ALTER TABLE "_components_v_locales" DROP COLUMN "version_small_start";`)
}

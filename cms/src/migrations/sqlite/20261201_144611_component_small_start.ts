import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`components_locales\` ADD \`small_start\` text;`)
  await db.run(sql`ALTER TABLE \`_components_v_locales\` ADD \`version_small_start\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`components_locales\` DROP COLUMN \`small_start\`;`)
  await db.run(sql`ALTER TABLE \`_components_v_locales\` DROP COLUMN \`version_small_start\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cheat_sheets_locales\` ADD \`plain_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v_locales\` ADD \`version_plain_summary\` text;`)
  await db.run(sql`ALTER TABLE \`badges_locales\` ADD \`plain_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_badges_v_locales\` ADD \`version_plain_summary\` text;`)
  await db.run(sql`ALTER TABLE \`course_packs_locales\` ADD \`plain_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v_locales\` ADD \`version_plain_summary\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cheat_sheets_locales\` DROP COLUMN \`plain_summary\`;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v_locales\` DROP COLUMN \`version_plain_summary\`;`)
  await db.run(sql`ALTER TABLE \`badges_locales\` DROP COLUMN \`plain_summary\`;`)
  await db.run(sql`ALTER TABLE \`_badges_v_locales\` DROP COLUMN \`version_plain_summary\`;`)
  await db.run(sql`ALTER TABLE \`course_packs_locales\` DROP COLUMN \`plain_summary\`;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v_locales\` DROP COLUMN \`version_plain_summary\`;`)
}

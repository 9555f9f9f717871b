import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`badges\` ADD \`issuer_email\` text;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` ADD \`version_issuer_email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`badges\` DROP COLUMN \`issuer_email\`;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` DROP COLUMN \`version_issuer_email\`;`)
}

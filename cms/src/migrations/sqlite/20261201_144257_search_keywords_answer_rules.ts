import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cheat_sheets_search_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cheat_sheets_search_keywords_order_idx\` ON \`cheat_sheets_search_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_search_keywords_parent_id_idx\` ON \`cheat_sheets_search_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_search_keywords_locale_idx\` ON \`cheat_sheets_search_keywords\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_cheat_sheets_v_version_search_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cheat_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_search_keywords_order_idx\` ON \`_cheat_sheets_v_version_search_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_search_keywords_parent_id_idx\` ON \`_cheat_sheets_v_version_search_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_search_keywords_locale_idx\` ON \`_cheat_sheets_v_version_search_keywords\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`badges_search_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`badges_search_keywords_order_idx\` ON \`badges_search_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`badges_search_keywords_parent_id_idx\` ON \`badges_search_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`badges_search_keywords_locale_idx\` ON \`badges_search_keywords\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_badges_v_version_search_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_badges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_badges_v_version_search_keywords_order_idx\` ON \`_badges_v_version_search_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_search_keywords_parent_id_idx\` ON \`_badges_v_version_search_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_search_keywords_locale_idx\` ON \`_badges_v_version_search_keywords\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_search_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_search_keywords_order_idx\` ON \`course_packs_search_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_search_keywords_parent_id_idx\` ON \`course_packs_search_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_search_keywords_locale_idx\` ON \`course_packs_search_keywords\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_version_search_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_search_keywords_order_idx\` ON \`_course_packs_v_version_search_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_search_keywords_parent_id_idx\` ON \`_course_packs_v_version_search_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_search_keywords_locale_idx\` ON \`_course_packs_v_version_search_keywords\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_answer_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_answer_rules_order_idx\` ON \`self_assessments_answer_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_answer_rules_parent_id_idx\` ON \`self_assessments_answer_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_answer_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_answer_rules_order_idx\` ON \`_self_assessments_v_version_answer_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_answer_rules_parent_id_idx\` ON \`_self_assessments_v_version_answer_rules\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`self_assessments_locales\` ADD \`help\` text;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v_locales\` ADD \`version_help\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cheat_sheets_search_keywords\`;`)
  await db.run(sql`DROP TABLE \`_cheat_sheets_v_version_search_keywords\`;`)
  await db.run(sql`DROP TABLE \`badges_search_keywords\`;`)
  await db.run(sql`DROP TABLE \`_badges_v_version_search_keywords\`;`)
  await db.run(sql`DROP TABLE \`course_packs_search_keywords\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_version_search_keywords\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_answer_rules\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_answer_rules\`;`)
  await db.run(sql`ALTER TABLE \`self_assessments_locales\` DROP COLUMN \`help\`;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v_locales\` DROP COLUMN \`version_help\`;`)
}

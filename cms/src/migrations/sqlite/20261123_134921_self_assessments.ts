import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`self_assessments_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_scale_order_idx\` ON \`self_assessments_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_scale_parent_id_idx\` ON \`self_assessments_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_scale_locale_idx\` ON \`self_assessments_scale\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`area\` text,
  	\`text\` text,
  	\`example\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_questions_order_idx\` ON \`self_assessments_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_questions_parent_id_idx\` ON \`self_assessments_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_questions_locale_idx\` ON \`self_assessments_questions\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`minimum\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_levels_order_idx\` ON \`self_assessments_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_levels_parent_id_idx\` ON \`self_assessments_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_level_texts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_level_texts_order_idx\` ON \`self_assessments_level_texts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_level_texts_parent_id_idx\` ON \`self_assessments_level_texts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_level_texts_locale_idx\` ON \`self_assessments_level_texts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_rules_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`self_assessments_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_rules_levels_order_idx\` ON \`self_assessments_rules_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rules_levels_parent_idx\` ON \`self_assessments_rules_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`scope\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_rules_order_idx\` ON \`self_assessments_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rules_parent_id_idx\` ON \`self_assessments_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`self_assessments_slug_idx\` ON \`self_assessments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_updated_at_idx\` ON \`self_assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_created_at_idx\` ON \`self_assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments__status_idx\` ON \`self_assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`privacy\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`self_assessments_locales_locale_parent_id_unique\` ON \`self_assessments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`course_packs_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_rels_order_idx\` ON \`self_assessments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rels_parent_idx\` ON \`self_assessments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rels_path_idx\` ON \`self_assessments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rels_course_packs_id_idx\` ON \`self_assessments_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rels_cheat_sheets_id_idx\` ON \`self_assessments_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_rels_badges_id_idx\` ON \`self_assessments_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_scale_order_idx\` ON \`_self_assessments_v_version_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_scale_parent_id_idx\` ON \`_self_assessments_v_version_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_scale_locale_idx\` ON \`_self_assessments_v_version_scale\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`area\` text,
  	\`text\` text,
  	\`example\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_questions_order_idx\` ON \`_self_assessments_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_questions_parent_id_idx\` ON \`_self_assessments_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_questions_locale_idx\` ON \`_self_assessments_v_version_questions\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`minimum\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_levels_order_idx\` ON \`_self_assessments_v_version_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_levels_parent_id_idx\` ON \`_self_assessments_v_version_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_level_texts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_level_texts_order_idx\` ON \`_self_assessments_v_version_level_texts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_level_texts_parent_id_idx\` ON \`_self_assessments_v_version_level_texts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_level_texts_locale_idx\` ON \`_self_assessments_v_version_level_texts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_rules_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_self_assessments_v_version_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_rules_levels_order_idx\` ON \`_self_assessments_v_version_rules_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_rules_levels_parent_idx\` ON \`_self_assessments_v_version_rules_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_version_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`scope\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_rules_order_idx\` ON \`_self_assessments_v_version_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_rules_parent_id_idx\` ON \`_self_assessments_v_version_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_parent_idx\` ON \`_self_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_version_slug_idx\` ON \`_self_assessments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_version_updated_at_idx\` ON \`_self_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_version_created_at_idx\` ON \`_self_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_version__status_idx\` ON \`_self_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_created_at_idx\` ON \`_self_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_updated_at_idx\` ON \`_self_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_snapshot_idx\` ON \`_self_assessments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_published_locale_idx\` ON \`_self_assessments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_latest_idx\` ON \`_self_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_privacy\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_self_assessments_v_locales_locale_parent_id_unique\` ON \`_self_assessments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`course_packs_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_rels_order_idx\` ON \`_self_assessments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_rels_parent_idx\` ON \`_self_assessments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_rels_path_idx\` ON \`_self_assessments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_rels_course_packs_id_idx\` ON \`_self_assessments_v_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_rels_cheat_sheets_id_idx\` ON \`_self_assessments_v_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_rels_badges_id_idx\` ON \`_self_assessments_v_rels\` (\`badges_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`self_assessments_id\` integer REFERENCES self_assessments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_self_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`self_assessments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`self_assessments_scale\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_questions\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_levels\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_level_texts\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_rules_levels\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_rules\`;`)
  await db.run(sql`DROP TABLE \`self_assessments\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_locales\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_rels\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_scale\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_levels\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_level_texts\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_rules_levels\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_version_rules\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`tools_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	\`course_packs_id\` integer,
  	\`components_id\` integer,
  	\`events_id\` integer,
  	\`posts_id\` integer,
  	\`indicators_id\` integer,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`components_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "tools_id", "cheat_sheets_id", "badges_id", "course_packs_id", "components_id", "events_id", "posts_id", "indicators_id", "pages_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "tools_id", "cheat_sheets_id", "badges_id", "course_packs_id", "components_id", "events_id", "posts_id", "indicators_id", "pages_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cheat_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_badges_id_idx\` ON \`payload_locked_documents_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_course_packs_id_idx\` ON \`payload_locked_documents_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_components_id_idx\` ON \`payload_locked_documents_rels\` (\`components_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
}

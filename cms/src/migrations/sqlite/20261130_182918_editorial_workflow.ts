import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`course_packs_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_texts_order_parent\` ON \`course_packs_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_texts_order_parent\` ON \`_course_packs_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`components_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`components_texts_order_parent\` ON \`components_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_components_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_components_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_components_v_texts_order_parent\` ON \`_components_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_texts_order_parent\` ON \`events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_texts_order_parent\` ON \`_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_texts_order_parent\` ON \`indicators_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_texts_order_parent\` ON \`_indicators_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_texts_order_parent\` ON \`self_assessments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_self_assessments_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_self_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_texts_order_parent\` ON \`_self_assessments_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`tools_ready_for_review_idx\` ON \`tools\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`tools_deleted_at_idx\` ON \`tools\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_ready_for_review_idx\` ON \`_tools_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_deleted_at_idx\` ON \`_tools_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_autosave_idx\` ON \`_tools_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`cheat_sheets\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`cheat_sheets\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_ready_for_review_idx\` ON \`cheat_sheets\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_deleted_at_idx\` ON \`cheat_sheets\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_version_ready_for_review_idx\` ON \`_cheat_sheets_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_version_deleted_at_idx\` ON \`_cheat_sheets_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_autosave_idx\` ON \`_cheat_sheets_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`badges\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`badges\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`badges_ready_for_review_idx\` ON \`badges\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`badges_deleted_at_idx\` ON \`badges\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_badges_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version_ready_for_review_idx\` ON \`_badges_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version_deleted_at_idx\` ON \`_badges_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_autosave_idx\` ON \`_badges_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`course_packs\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`course_packs\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`course_packs_ready_for_review_idx\` ON \`course_packs\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_deleted_at_idx\` ON \`course_packs\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_course_packs_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_version_ready_for_review_idx\` ON \`_course_packs_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_version_deleted_at_idx\` ON \`_course_packs_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_autosave_idx\` ON \`_course_packs_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`components\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`components\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`components_ready_for_review_idx\` ON \`components\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`components_deleted_at_idx\` ON \`components\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_components_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_components_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_components_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_components_v_version_version_ready_for_review_idx\` ON \`_components_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_version_version_deleted_at_idx\` ON \`_components_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_autosave_idx\` ON \`_components_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_url\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`share_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_share_image_idx\` ON \`events\` (\`share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_ready_for_review_idx\` ON \`events\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`events_deleted_at_idx\` ON \`events\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`share_description\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_url\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_share_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_share_image_idx\` ON \`_events_v\` (\`version_share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ready_for_review_idx\` ON \`_events_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_deleted_at_idx\` ON \`_events_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_share_description\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`share_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`posts_share_image_idx\` ON \`posts\` (\`share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_ready_for_review_idx\` ON \`posts\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`posts_deleted_at_idx\` ON \`posts\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`posts_locales\` ADD \`share_description\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_share_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_share_image_idx\` ON \`_posts_v\` (\`version_share_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_ready_for_review_idx\` ON \`_posts_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_deleted_at_idx\` ON \`_posts_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_autosave_idx\` ON \`_posts_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v_locales\` ADD \`version_share_description\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`indicators_ready_for_review_idx\` ON \`indicators\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`indicators_deleted_at_idx\` ON \`indicators\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_ready_for_review_idx\` ON \`_indicators_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_deleted_at_idx\` ON \`_indicators_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_autosave_idx\` ON \`_indicators_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`self_assessments\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`self_assessments\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`self_assessments_ready_for_review_idx\` ON \`self_assessments\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_deleted_at_idx\` ON \`self_assessments\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_version_ready_for_review_idx\` ON \`_self_assessments_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_version_version_deleted_at_idx\` ON \`_self_assessments_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_self_assessments_v_autosave_idx\` ON \`_self_assessments_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_ready_for_review_idx\` ON \`pages\` (\`ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`pages_deleted_at_idx\` ON \`pages\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_ready_for_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_ready_for_review_idx\` ON \`_pages_v\` (\`version_ready_for_review\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_deleted_at_idx\` ON \`_pages_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`course_packs_texts\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_texts\`;`)
  await db.run(sql`DROP TABLE \`components_texts\`;`)
  await db.run(sql`DROP TABLE \`_components_v_texts\`;`)
  await db.run(sql`DROP TABLE \`events_texts\`;`)
  await db.run(sql`DROP TABLE \`_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`indicators_texts\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_texts\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_texts\`;`)
  await db.run(sql`DROP TABLE \`_self_assessments_v_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Helsinki',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Helsinki',
  	\`date_precision\` text DEFAULT 'day',
  	\`format\` text,
  	\`project\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "start", "start_tz", "end", "end_tz", "date_precision", "format", "project", "updated_at", "created_at", "_status") SELECT "id", "slug", "start", "start_tz", "end", "end_tz", "date_precision", "format", "project", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Helsinki',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Helsinki',
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_format\` text,
  	\`version_project\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_date_precision", "version_format", "version_project", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_date_precision", "version_format", "version_project", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text DEFAULT 'article',
  	\`date\` text,
  	\`author\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "slug", "type", "date", "author", "updated_at", "created_at", "_status") SELECT "id", "slug", "type", "date", "author", "updated_at", "created_at", "_status" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`posts_slug_idx\` ON \`posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text DEFAULT 'article',
  	\`version_date\` text,
  	\`version_author\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_slug", "version_type", "version_date", "version_author", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_type", "version_date", "version_author", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v\` RENAME TO \`_posts_v\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_slug_idx\` ON \`_posts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_snapshot_idx\` ON \`_posts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_published_locale_idx\` ON \`_posts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`tools_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`tools_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`tools\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`tools\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_tools_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_tools_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_tools_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`cheat_sheets_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`cheat_sheets_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`cheat_sheets\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`cheat_sheets\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_cheat_sheets_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_cheat_sheets_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_cheat_sheets_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_cheat_sheets_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`badges_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`badges_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`badges\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`badges\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_badges_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_badges_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_badges_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_badges_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`course_packs_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`course_packs_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`course_packs\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`course_packs\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_course_packs_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_course_packs_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_course_packs_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_course_packs_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`components_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`components_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`components\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`components\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_components_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_components_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_components_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_components_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_components_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_components_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`indicators_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`indicators_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_indicators_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_indicators_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_indicators_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`self_assessments_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`self_assessments_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`self_assessments\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`self_assessments\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_self_assessments_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_self_assessments_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_self_assessments_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_self_assessments_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`pages_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_ready_for_review_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_ready_for_review\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`share_description\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_share_description\`;`)
  await db.run(sql`ALTER TABLE \`posts_locales\` DROP COLUMN \`share_description\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v_locales\` DROP COLUMN \`version_share_description\`;`)
}

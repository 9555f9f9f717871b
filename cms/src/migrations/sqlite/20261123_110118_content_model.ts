import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tools_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_audience_order_idx\` ON \`tools_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_audience_parent_idx\` ON \`tools_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`url\` text,
  	\`category\` text,
  	\`cost\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_slug_idx\` ON \`tools\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tools_updated_at_idx\` ON \`tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_created_at_idx\` ON \`tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tools__status_idx\` ON \`tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tools_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_locales_locale_parent_id_unique\` ON \`tools_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_texts_order_parent\` ON \`tools_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_audience_order_idx\` ON \`_tools_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_audience_parent_idx\` ON \`_tools_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_url\` text,
  	\`version_category\` text,
  	\`version_cost\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_parent_idx\` ON \`_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_slug_idx\` ON \`_tools_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_updated_at_idx\` ON \`_tools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_created_at_idx\` ON \`_tools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version__status_idx\` ON \`_tools_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_created_at_idx\` ON \`_tools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_updated_at_idx\` ON \`_tools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_snapshot_idx\` ON \`_tools_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_published_locale_idx\` ON \`_tools_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_latest_idx\` ON \`_tools_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tools_v_locales_locale_parent_id_unique\` ON \`_tools_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_texts_order_parent\` ON \`_tools_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cheat_sheets_before\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cheat_sheets_before_order_idx\` ON \`cheat_sheets_before\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_before_parent_id_idx\` ON \`cheat_sheets_before\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_before_locale_idx\` ON \`cheat_sheets_before\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`cheat_sheets_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`tip\` text,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cheat_sheets_steps_order_idx\` ON \`cheat_sheets_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_steps_parent_id_idx\` ON \`cheat_sheets_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_steps_locale_idx\` ON \`cheat_sheets_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_steps_image_idx\` ON \`cheat_sheets_steps\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`cheat_sheets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`cheat_sheets_slug_idx\` ON \`cheat_sheets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_updated_at_idx\` ON \`cheat_sheets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets_created_at_idx\` ON \`cheat_sheets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cheat_sheets__status_idx\` ON \`cheat_sheets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`cheat_sheets_locales\` (
  	\`title\` text,
  	\`task\` text,
  	\`safety\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`cheat_sheets_locales_locale_parent_id_unique\` ON \`cheat_sheets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cheat_sheets_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cheat_sheets_texts_order_parent\` ON \`cheat_sheets_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cheat_sheets_v_version_before\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cheat_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_before_order_idx\` ON \`_cheat_sheets_v_version_before\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_before_parent_id_idx\` ON \`_cheat_sheets_v_version_before\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_before_locale_idx\` ON \`_cheat_sheets_v_version_before\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_cheat_sheets_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`tip\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cheat_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_steps_order_idx\` ON \`_cheat_sheets_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_steps_parent_id_idx\` ON \`_cheat_sheets_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_steps_locale_idx\` ON \`_cheat_sheets_v_version_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_steps_image_idx\` ON \`_cheat_sheets_v_version_steps\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_cheat_sheets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_level\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_parent_idx\` ON \`_cheat_sheets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_version_slug_idx\` ON \`_cheat_sheets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_version_updated_at_idx\` ON \`_cheat_sheets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_version_created_at_idx\` ON \`_cheat_sheets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_version_version__status_idx\` ON \`_cheat_sheets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_created_at_idx\` ON \`_cheat_sheets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_updated_at_idx\` ON \`_cheat_sheets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_snapshot_idx\` ON \`_cheat_sheets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_published_locale_idx\` ON \`_cheat_sheets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_latest_idx\` ON \`_cheat_sheets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_cheat_sheets_v_locales\` (
  	\`version_title\` text,
  	\`version_task\` text,
  	\`version_safety\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cheat_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_cheat_sheets_v_locales_locale_parent_id_unique\` ON \`_cheat_sheets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cheat_sheets_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cheat_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cheat_sheets_v_texts_order_parent\` ON \`_cheat_sheets_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`badges_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`badges_evidence_order_idx\` ON \`badges_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`badges_evidence_parent_id_idx\` ON \`badges_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`badges_evidence_locale_idx\` ON \`badges_evidence\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`badges_digcomp22\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`area\` text,
  	\`competence\` text,
  	\`esco_uri\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`badges_digcomp22_order_idx\` ON \`badges_digcomp22\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`badges_digcomp22_parent_id_idx\` ON \`badges_digcomp22\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`badges\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text,
  	\`order\` numeric,
  	\`image_id\` integer,
  	\`issuer_name\` text,
  	\`issuer_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`badges_slug_idx\` ON \`badges\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`badges_image_idx\` ON \`badges\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`badges_updated_at_idx\` ON \`badges\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`badges_created_at_idx\` ON \`badges\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`badges__status_idx\` ON \`badges\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`badges_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`criteria\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`badges_locales_locale_parent_id_unique\` ON \`badges_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`badges_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`badges_texts_order_parent\` ON \`badges_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_badges_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_badges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_badges_v_version_evidence_order_idx\` ON \`_badges_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_evidence_parent_id_idx\` ON \`_badges_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_evidence_locale_idx\` ON \`_badges_v_version_evidence\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_badges_v_version_digcomp22\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`area\` text,
  	\`competence\` text,
  	\`esco_uri\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_badges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_badges_v_version_digcomp22_order_idx\` ON \`_badges_v_version_digcomp22\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_digcomp22_parent_id_idx\` ON \`_badges_v_version_digcomp22\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_badges_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_level\` text,
  	\`version_order\` numeric,
  	\`version_image_id\` integer,
  	\`version_issuer_name\` text,
  	\`version_issuer_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_badges_v_parent_idx\` ON \`_badges_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version_slug_idx\` ON \`_badges_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version_image_idx\` ON \`_badges_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version_updated_at_idx\` ON \`_badges_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version_created_at_idx\` ON \`_badges_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_version_version__status_idx\` ON \`_badges_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_created_at_idx\` ON \`_badges_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_updated_at_idx\` ON \`_badges_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_snapshot_idx\` ON \`_badges_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_published_locale_idx\` ON \`_badges_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_badges_v_latest_idx\` ON \`_badges_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_badges_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_criteria\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_badges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_badges_v_locales_locale_parent_id_unique\` ON \`_badges_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_badges_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_badges_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_badges_v_texts_order_parent\` ON \`_badges_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_goals_order_idx\` ON \`course_packs_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_goals_parent_id_idx\` ON \`course_packs_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_goals_locale_idx\` ON \`course_packs_goals\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`minutes\` numeric,
  	\`activities\` text,
  	\`materials\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_sessions_order_idx\` ON \`course_packs_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_sessions_parent_id_idx\` ON \`course_packs_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_sessions_locale_idx\` ON \`course_packs_sessions\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_handouts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_handouts_order_idx\` ON \`course_packs_handouts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_handouts_parent_id_idx\` ON \`course_packs_handouts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_handouts_locale_idx\` ON \`course_packs_handouts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_sources_order_idx\` ON \`course_packs_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_sources_parent_id_idx\` ON \`course_packs_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`course_packs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text,
  	\`audience\` text,
  	\`duration_minutes\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`course_packs_slug_idx\` ON \`course_packs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_updated_at_idx\` ON \`course_packs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_created_at_idx\` ON \`course_packs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`course_packs__status_idx\` ON \`course_packs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`course_packs_locales_locale_parent_id_unique\` ON \`course_packs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`course_packs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`course_packs_rels_order_idx\` ON \`course_packs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_rels_parent_idx\` ON \`course_packs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_rels_path_idx\` ON \`course_packs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_rels_media_id_idx\` ON \`course_packs_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_rels_cheat_sheets_id_idx\` ON \`course_packs_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`course_packs_rels_badges_id_idx\` ON \`course_packs_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_version_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_goals_order_idx\` ON \`_course_packs_v_version_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_goals_parent_id_idx\` ON \`_course_packs_v_version_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_goals_locale_idx\` ON \`_course_packs_v_version_goals\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`minutes\` numeric,
  	\`activities\` text,
  	\`materials\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_sessions_order_idx\` ON \`_course_packs_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_sessions_parent_id_idx\` ON \`_course_packs_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_sessions_locale_idx\` ON \`_course_packs_v_version_sessions\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_version_handouts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_handouts_order_idx\` ON \`_course_packs_v_version_handouts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_handouts_parent_id_idx\` ON \`_course_packs_v_version_handouts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_handouts_locale_idx\` ON \`_course_packs_v_version_handouts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_sources_order_idx\` ON \`_course_packs_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_sources_parent_id_idx\` ON \`_course_packs_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_level\` text,
  	\`version_audience\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_parent_idx\` ON \`_course_packs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_version_slug_idx\` ON \`_course_packs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_version_updated_at_idx\` ON \`_course_packs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_version_created_at_idx\` ON \`_course_packs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_version_version__status_idx\` ON \`_course_packs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_created_at_idx\` ON \`_course_packs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_updated_at_idx\` ON \`_course_packs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_snapshot_idx\` ON \`_course_packs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_published_locale_idx\` ON \`_course_packs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_latest_idx\` ON \`_course_packs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_course_packs_v_locales_locale_parent_id_unique\` ON \`_course_packs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_course_packs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_course_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_course_packs_v_rels_order_idx\` ON \`_course_packs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_rels_parent_idx\` ON \`_course_packs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_rels_path_idx\` ON \`_course_packs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_rels_media_id_idx\` ON \`_course_packs_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_rels_cheat_sheets_id_idx\` ON \`_course_packs_v_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_course_packs_v_rels_badges_id_idx\` ON \`_course_packs_v_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE TABLE \`components_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`course_packs_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`components_rels_order_idx\` ON \`components_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_parent_idx\` ON \`components_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_path_idx\` ON \`components_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_course_packs_id_idx\` ON \`components_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_cheat_sheets_id_idx\` ON \`components_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_badges_id_idx\` ON \`components_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_tools_id_idx\` ON \`components_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`_components_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`course_packs_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_components_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_components_v_rels_order_idx\` ON \`_components_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_parent_idx\` ON \`_components_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_path_idx\` ON \`_components_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_course_packs_id_idx\` ON \`_components_v_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_cheat_sheets_id_idx\` ON \`_components_v_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_badges_id_idx\` ON \`_components_v_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_tools_id_idx\` ON \`_components_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`events_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_audience_order_idx\` ON \`events_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_audience_parent_idx\` ON \`events_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_organisers_order_idx\` ON \`events_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_organisers_parent_id_idx\` ON \`events_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`title\` text,
  	\`file_id\` integer,
  	\`url\` text,
  	\`text\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_materials_order_idx\` ON \`events_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_materials_parent_id_idx\` ON \`events_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_materials_locale_idx\` ON \`events_materials\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_materials_file_idx\` ON \`events_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`events_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_sources_order_idx\` ON \`events_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_sources_parent_id_idx\` ON \`events_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`date_text\` text,
  	\`location\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_audience_order_idx\` ON \`_events_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_audience_parent_idx\` ON \`_events_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_organisers_order_idx\` ON \`_events_v_version_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_organisers_parent_id_idx\` ON \`_events_v_version_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`title\` text,
  	\`file_id\` integer,
  	\`url\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_materials_order_idx\` ON \`_events_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_materials_parent_id_idx\` ON \`_events_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_materials_locale_idx\` ON \`_events_v_version_materials\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_materials_file_idx\` ON \`_events_v_version_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_sources_order_idx\` ON \`_events_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_sources_parent_id_idx\` ON \`_events_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
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
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_date_text\` text,
  	\`version_location\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`posts_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_sources_order_idx\` ON \`posts_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`posts_sources_parent_id_idx\` ON \`posts_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`posts\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`posts_slug_idx\` ON \`posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`posts_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`posts_locales_locale_parent_id_unique\` ON \`posts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`posts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_texts_order_parent\` ON \`posts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_version_sources_order_idx\` ON \`_posts_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_sources_parent_id_idx\` ON \`_posts_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v\` (
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
  await db.run(sql`CREATE TABLE \`_posts_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_posts_v_locales_locale_parent_id_unique\` ON \`_posts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_texts_order_parent\` ON \`_posts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_breakdown\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_breakdown_order_idx\` ON \`indicators_breakdown\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_breakdown_parent_id_idx\` ON \`indicators_breakdown\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`target\` numeric,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`project\` text,
  	\`source_report\` text,
  	\`source_section\` text,
  	\`esf_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators__status_idx\` ON \`indicators\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`name\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_version_breakdown\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_breakdown_order_idx\` ON \`_indicators_v_version_breakdown\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_breakdown_parent_id_idx\` ON \`_indicators_v_version_breakdown\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_value\` numeric,
  	\`version_unit\` text,
  	\`version_target\` numeric,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_project\` text,
  	\`version_source_report\` text,
  	\`version_source_section\` text,
  	\`version_esf_code\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_slug_idx\` ON \`_indicators_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version__status_idx\` ON \`_indicators_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_snapshot_idx\` ON \`_indicators_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_published_locale_idx\` ON \`_indicators_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_latest_idx\` ON \`_indicators_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_locales\` (
  	\`version_name\` text,
  	\`version_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_indicators_v_locales_locale_parent_id_unique\` ON \`_indicators_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_statement_non_accessible_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text,
  	\`reason\` text,
  	\`accessible_alternative\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_statement_non_accessible_content_order_idx\` ON \`pages_statement_non_accessible_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_statement_non_accessible_content_parent_id_idx\` ON \`pages_statement_non_accessible_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_statement_non_accessible_content_locale_idx\` ON \`pages_statement_non_accessible_content\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`statement_compliance_status\` text,
  	\`statement_prepared_on\` text,
  	\`statement_last_reviewed_on\` text,
  	\`statement_assessment_method\` text,
  	\`statement_feedback_channel\` text,
  	\`statement_feedback_response_time_days\` numeric,
  	\`statement_enforcement_url\` text,
  	\`statement_enforcement_email\` text,
  	\`statement_enforcement_phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`statement_service_name\` text,
  	\`statement_feedback_responsible\` text,
  	\`statement_enforcement_authority\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_texts_order_parent\` ON \`pages_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_texts_locale_parent\` ON \`pages_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_statement_non_accessible_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`description\` text,
  	\`reason\` text,
  	\`accessible_alternative\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_statement_non_accessible_content_order_idx\` ON \`_pages_v_version_statement_non_accessible_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_statement_non_accessible_content_parent_id_idx\` ON \`_pages_v_version_statement_non_accessible_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_statement_non_accessible_content_locale_idx\` ON \`_pages_v_version_statement_non_accessible_content\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_statement_compliance_status\` text,
  	\`version_statement_prepared_on\` text,
  	\`version_statement_last_reviewed_on\` text,
  	\`version_statement_assessment_method\` text,
  	\`version_statement_feedback_channel\` text,
  	\`version_statement_feedback_response_time_days\` numeric,
  	\`version_statement_enforcement_url\` text,
  	\`version_statement_enforcement_email\` text,
  	\`version_statement_enforcement_phone\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_statement_service_name\` text,
  	\`version_statement_feedback_responsible\` text,
  	\`version_statement_enforcement_authority\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_texts_order_parent\` ON \`_pages_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_texts_locale_parent\` ON \`_pages_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_goals_order_idx\` ON \`operating_model_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_goals_parent_id_idx\` ON \`operating_model_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_goals_locale_idx\` ON \`operating_model_goals\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_target_groups_primary\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_target_groups_primary_order_idx\` ON \`operating_model_target_groups_primary\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_target_groups_primary_parent_id_idx\` ON \`operating_model_target_groups_primary\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_target_groups_primary_locale_idx\` ON \`operating_model_target_groups_primary\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_target_groups_indirect\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_target_groups_indirect_order_idx\` ON \`operating_model_target_groups_indirect\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_target_groups_indirect_parent_id_idx\` ON \`operating_model_target_groups_indirect\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_target_groups_indirect_locale_idx\` ON \`operating_model_target_groups_indirect\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_benefits_order_idx\` ON \`operating_model_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_benefits_parent_id_idx\` ON \`operating_model_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_benefits_locale_idx\` ON \`operating_model_benefits\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_partners_order_idx\` ON \`operating_model_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_partners_parent_id_idx\` ON \`operating_model_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_funders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`programme\` text,
  	\`project_code\` text,
  	\`granted\` numeric,
  	\`realised\` numeric,
  	\`currency\` text DEFAULT 'EUR',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_funders_order_idx\` ON \`operating_model_funders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_funders_parent_id_idx\` ON \`operating_model_funders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_related_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`code\` text,
  	\`period\` text,
  	\`relation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_related_projects_order_idx\` ON \`operating_model_related_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_related_projects_parent_id_idx\` ON \`operating_model_related_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_references_order_idx\` ON \`operating_model_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_references_parent_id_idx\` ON \`operating_model_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_references_locale_idx\` ON \`operating_model_references\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_sources_order_idx\` ON \`operating_model_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_sources_parent_id_idx\` ON \`operating_model_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`operating_model\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`period_dot_start\` text,
  	\`period_dot_end\` text,
  	\`period_metropolia_start\` text,
  	\`period_metropolia_end\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model__status_idx\` ON \`operating_model\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_locales\` (
  	\`title\` text,
  	\`short_description\` text,
  	\`plain_summary\` text,
  	\`implemented_where\` text,
  	\`region\` text,
  	\`larger_whole\` text,
  	\`developers\` text,
  	\`core_idea\` text,
  	\`operating_environment\` text,
  	\`conditions\` text,
  	\`needs\` text,
  	\`targeted_change\` text,
  	\`measuring_change\` text,
  	\`evaluation\` text,
  	\`rooting\` text,
  	\`resources_and_roles\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`operating_model_locales_locale_parent_id_unique\` ON \`operating_model_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`operating_model_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`components_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`components_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_rels_order_idx\` ON \`operating_model_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_rels_parent_idx\` ON \`operating_model_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_rels_path_idx\` ON \`operating_model_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_rels_components_id_idx\` ON \`operating_model_rels\` (\`components_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_goals_order_idx\` ON \`_operating_model_v_version_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_goals_parent_id_idx\` ON \`_operating_model_v_version_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_goals_locale_idx\` ON \`_operating_model_v_version_goals\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_target_groups_primary\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_target_groups_primary_order_idx\` ON \`_operating_model_v_version_target_groups_primary\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_target_groups_primary_parent_id_idx\` ON \`_operating_model_v_version_target_groups_primary\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_target_groups_primary_locale_idx\` ON \`_operating_model_v_version_target_groups_primary\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_target_groups_indirect\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_target_groups_indirect_order_idx\` ON \`_operating_model_v_version_target_groups_indirect\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_target_groups_indirect_parent_id_idx\` ON \`_operating_model_v_version_target_groups_indirect\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_target_groups_indirect_locale_idx\` ON \`_operating_model_v_version_target_groups_indirect\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_benefits_order_idx\` ON \`_operating_model_v_version_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_benefits_parent_id_idx\` ON \`_operating_model_v_version_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_benefits_locale_idx\` ON \`_operating_model_v_version_benefits\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_partners_order_idx\` ON \`_operating_model_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_partners_parent_id_idx\` ON \`_operating_model_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_funders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`programme\` text,
  	\`project_code\` text,
  	\`granted\` numeric,
  	\`realised\` numeric,
  	\`currency\` text DEFAULT 'EUR',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_funders_order_idx\` ON \`_operating_model_v_version_funders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_funders_parent_id_idx\` ON \`_operating_model_v_version_funders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_related_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`code\` text,
  	\`period\` text,
  	\`relation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_related_projects_order_idx\` ON \`_operating_model_v_version_related_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_related_projects_parent_id_idx\` ON \`_operating_model_v_version_related_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_references_order_idx\` ON \`_operating_model_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_references_parent_id_idx\` ON \`_operating_model_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_references_locale_idx\` ON \`_operating_model_v_version_references\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report\` text,
  	\`section\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_sources_order_idx\` ON \`_operating_model_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_sources_parent_id_idx\` ON \`_operating_model_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_name\` text,
  	\`version_period_dot_start\` text,
  	\`version_period_dot_end\` text,
  	\`version_period_metropolia_start\` text,
  	\`version_period_metropolia_end\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_version__status_idx\` ON \`_operating_model_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_created_at_idx\` ON \`_operating_model_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_updated_at_idx\` ON \`_operating_model_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_snapshot_idx\` ON \`_operating_model_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_published_locale_idx\` ON \`_operating_model_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_latest_idx\` ON \`_operating_model_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_locales\` (
  	\`version_title\` text,
  	\`version_short_description\` text,
  	\`version_plain_summary\` text,
  	\`version_implemented_where\` text,
  	\`version_region\` text,
  	\`version_larger_whole\` text,
  	\`version_developers\` text,
  	\`version_core_idea\` text,
  	\`version_operating_environment\` text,
  	\`version_conditions\` text,
  	\`version_needs\` text,
  	\`version_targeted_change\` text,
  	\`version_measuring_change\` text,
  	\`version_evaluation\` text,
  	\`version_rooting\` text,
  	\`version_resources_and_roles\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_operating_model_v_locales_locale_parent_id_unique\` ON \`_operating_model_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`components_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`components_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_rels_order_idx\` ON \`_operating_model_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_rels_parent_idx\` ON \`_operating_model_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_rels_path_idx\` ON \`_operating_model_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_rels_components_id_idx\` ON \`_operating_model_v_rels\` (\`components_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tools_id\` integer REFERENCES tools(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cheat_sheets_id\` integer REFERENCES cheat_sheets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`badges_id\` integer REFERENCES badges(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`course_packs_id\` integer REFERENCES course_packs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`posts_id\` integer REFERENCES posts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pages_id\` integer REFERENCES pages(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cheat_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_badges_id_idx\` ON \`payload_locked_documents_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_course_packs_id_idx\` ON \`payload_locked_documents_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tools_audience\`;`)
  await db.run(sql`DROP TABLE \`tools\`;`)
  await db.run(sql`DROP TABLE \`tools_locales\`;`)
  await db.run(sql`DROP TABLE \`tools_texts\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_texts\`;`)
  await db.run(sql`DROP TABLE \`cheat_sheets_before\`;`)
  await db.run(sql`DROP TABLE \`cheat_sheets_steps\`;`)
  await db.run(sql`DROP TABLE \`cheat_sheets\`;`)
  await db.run(sql`DROP TABLE \`cheat_sheets_locales\`;`)
  await db.run(sql`DROP TABLE \`cheat_sheets_texts\`;`)
  await db.run(sql`DROP TABLE \`_cheat_sheets_v_version_before\`;`)
  await db.run(sql`DROP TABLE \`_cheat_sheets_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_cheat_sheets_v\`;`)
  await db.run(sql`DROP TABLE \`_cheat_sheets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_cheat_sheets_v_texts\`;`)
  await db.run(sql`DROP TABLE \`badges_evidence\`;`)
  await db.run(sql`DROP TABLE \`badges_digcomp22\`;`)
  await db.run(sql`DROP TABLE \`badges\`;`)
  await db.run(sql`DROP TABLE \`badges_locales\`;`)
  await db.run(sql`DROP TABLE \`badges_texts\`;`)
  await db.run(sql`DROP TABLE \`_badges_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_badges_v_version_digcomp22\`;`)
  await db.run(sql`DROP TABLE \`_badges_v\`;`)
  await db.run(sql`DROP TABLE \`_badges_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_badges_v_texts\`;`)
  await db.run(sql`DROP TABLE \`course_packs_goals\`;`)
  await db.run(sql`DROP TABLE \`course_packs_sessions\`;`)
  await db.run(sql`DROP TABLE \`course_packs_handouts\`;`)
  await db.run(sql`DROP TABLE \`course_packs_sources\`;`)
  await db.run(sql`DROP TABLE \`course_packs\`;`)
  await db.run(sql`DROP TABLE \`course_packs_locales\`;`)
  await db.run(sql`DROP TABLE \`course_packs_rels\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_version_handouts\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_course_packs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`components_rels\`;`)
  await db.run(sql`DROP TABLE \`_components_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_audience\`;`)
  await db.run(sql`DROP TABLE \`events_organisers\`;`)
  await db.run(sql`DROP TABLE \`events_materials\`;`)
  await db.run(sql`DROP TABLE \`events_sources\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_organisers\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`posts_sources\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts_locales\`;`)
  await db.run(sql`DROP TABLE \`posts_texts\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`indicators_breakdown\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_version_breakdown\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_statement_non_accessible_content\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_texts\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_statement_non_accessible_content\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_texts\`;`)
  await db.run(sql`DROP TABLE \`operating_model_goals\`;`)
  await db.run(sql`DROP TABLE \`operating_model_target_groups_primary\`;`)
  await db.run(sql`DROP TABLE \`operating_model_target_groups_indirect\`;`)
  await db.run(sql`DROP TABLE \`operating_model_benefits\`;`)
  await db.run(sql`DROP TABLE \`operating_model_partners\`;`)
  await db.run(sql`DROP TABLE \`operating_model_funders\`;`)
  await db.run(sql`DROP TABLE \`operating_model_related_projects\`;`)
  await db.run(sql`DROP TABLE \`operating_model_references\`;`)
  await db.run(sql`DROP TABLE \`operating_model_sources\`;`)
  await db.run(sql`DROP TABLE \`operating_model\`;`)
  await db.run(sql`DROP TABLE \`operating_model_locales\`;`)
  await db.run(sql`DROP TABLE \`operating_model_rels\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_target_groups_primary\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_target_groups_indirect\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_benefits\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_funders\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_related_projects\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`components_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`components_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "components_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "components_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_components_id_idx\` ON \`payload_locked_documents_rels\` (\`components_id\`);`)
}

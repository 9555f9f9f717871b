import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`components_known_effort\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`components_known_effort_order_idx\` ON \`components_known_effort\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`components_known_effort_parent_id_idx\` ON \`components_known_effort\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`components_known_effort_locale_idx\` ON \`components_known_effort\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_components_v_version_known_effort\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_components_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_components_v_version_known_effort_order_idx\` ON \`_components_v_version_known_effort\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_version_known_effort_parent_id_idx\` ON \`_components_v_version_known_effort\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_version_known_effort_locale_idx\` ON \`_components_v_version_known_effort\` (\`_locale\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`components_known_effort\`;`)
  await db.run(sql`DROP TABLE \`_components_v_version_known_effort\`;`)
}

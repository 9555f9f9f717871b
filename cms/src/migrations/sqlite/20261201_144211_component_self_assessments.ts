import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited by hand from the generated ALTER TABLE ... ADD ... REFERENCES: SQLite cannot add a foreign
// key with ON DELETE cascade to an existing table, and without it a self-assessment that a component
// links could not be deleted. The tables are rebuilt, as Payload's own down migration does, with the
// new column and its cascading key, as a fresh database gets them.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_components_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`course_packs_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	\`tools_id\` integer,
  	\`self_assessments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`components\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`self_assessments_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_components_rels\`("id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id") SELECT "id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id" FROM \`components_rels\`;`)
  await db.run(sql`DROP TABLE \`components_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_components_rels\` RENAME TO \`components_rels\`;`)
  await db.run(sql`CREATE INDEX \`components_rels_order_idx\` ON \`components_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_parent_idx\` ON \`components_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_path_idx\` ON \`components_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_course_packs_id_idx\` ON \`components_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_cheat_sheets_id_idx\` ON \`components_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_badges_id_idx\` ON \`components_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_tools_id_idx\` ON \`components_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_self_assessments_id_idx\` ON \`components_rels\` (\`self_assessments_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__components_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`course_packs_id\` integer,
  	\`cheat_sheets_id\` integer,
  	\`badges_id\` integer,
  	\`tools_id\` integer,
  	\`self_assessments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_components_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`course_packs_id\`) REFERENCES \`course_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cheat_sheets_id\`) REFERENCES \`cheat_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`self_assessments_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__components_v_rels\`("id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id") SELECT "id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id" FROM \`_components_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_components_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__components_v_rels\` RENAME TO \`_components_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_order_idx\` ON \`_components_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_parent_idx\` ON \`_components_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_path_idx\` ON \`_components_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_course_packs_id_idx\` ON \`_components_v_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_cheat_sheets_id_idx\` ON \`_components_v_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_badges_id_idx\` ON \`_components_v_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_tools_id_idx\` ON \`_components_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_self_assessments_id_idx\` ON \`_components_v_rels\` (\`self_assessments_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_components_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_components_rels\`("id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id") SELECT "id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id" FROM \`components_rels\`;`)
  await db.run(sql`DROP TABLE \`components_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_components_rels\` RENAME TO \`components_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`components_rels_order_idx\` ON \`components_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_parent_idx\` ON \`components_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_path_idx\` ON \`components_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_course_packs_id_idx\` ON \`components_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_cheat_sheets_id_idx\` ON \`components_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_badges_id_idx\` ON \`components_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`components_rels_tools_id_idx\` ON \`components_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__components_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__components_v_rels\`("id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id") SELECT "id", "order", "parent_id", "path", "course_packs_id", "cheat_sheets_id", "badges_id", "tools_id" FROM \`_components_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_components_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__components_v_rels\` RENAME TO \`_components_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_order_idx\` ON \`_components_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_parent_idx\` ON \`_components_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_path_idx\` ON \`_components_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_course_packs_id_idx\` ON \`_components_v_rels\` (\`course_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_cheat_sheets_id_idx\` ON \`_components_v_rels\` (\`cheat_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_badges_id_idx\` ON \`_components_v_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`_components_v_rels_tools_id_idx\` ON \`_components_v_rels\` (\`tools_id\`);`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`operating_model_based_on\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`maker\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`operating_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`operating_model_based_on_order_idx\` ON \`operating_model_based_on\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`operating_model_based_on_parent_id_idx\` ON \`operating_model_based_on\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_operating_model_v_version_based_on\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`maker\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_operating_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_based_on_order_idx\` ON \`_operating_model_v_version_based_on\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_operating_model_v_version_based_on_parent_id_idx\` ON \`_operating_model_v_version_based_on\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`value_qualifier\` text DEFAULT 'exact';`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`comparison_kind\` text DEFAULT 'target';`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`esf_programme_period\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_value_qualifier\` text DEFAULT 'exact';`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_comparison_kind\` text DEFAULT 'target';`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_esf_programme_period\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`operating_model_based_on\`;`)
  await db.run(sql`DROP TABLE \`_operating_model_v_version_based_on\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`value_qualifier\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`comparison_kind\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`esf_programme_period\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_value_qualifier\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_comparison_kind\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_esf_programme_period\`;`)
}

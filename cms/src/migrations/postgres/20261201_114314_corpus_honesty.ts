import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_indicators_value_qualifier" AS ENUM('exact', 'about', 'more-than');
  CREATE TYPE "public"."enum_indicators_comparison_kind" AS ENUM('target', 'granted', 'planned');
  CREATE TYPE "public"."enum_indicators_esf_programme_period" AS ENUM('2021-2027');
  CREATE TYPE "public"."enum__indicators_v_version_value_qualifier" AS ENUM('exact', 'about', 'more-than');
  CREATE TYPE "public"."enum__indicators_v_version_comparison_kind" AS ENUM('target', 'granted', 'planned');
  CREATE TYPE "public"."enum__indicators_v_version_esf_programme_period" AS ENUM('2021-2027');
  CREATE TABLE "operating_model_based_on" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"maker" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_based_on" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"maker" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "indicators" ADD COLUMN "value_qualifier" "enum_indicators_value_qualifier" DEFAULT 'exact';
  ALTER TABLE "indicators" ADD COLUMN "comparison_kind" "enum_indicators_comparison_kind" DEFAULT 'target';
  ALTER TABLE "indicators" ADD COLUMN "esf_programme_period" "enum_indicators_esf_programme_period";
  ALTER TABLE "_indicators_v" ADD COLUMN "version_value_qualifier" "enum__indicators_v_version_value_qualifier" DEFAULT 'exact';
  ALTER TABLE "_indicators_v" ADD COLUMN "version_comparison_kind" "enum__indicators_v_version_comparison_kind" DEFAULT 'target';
  ALTER TABLE "_indicators_v" ADD COLUMN "version_esf_programme_period" "enum__indicators_v_version_esf_programme_period";
  ALTER TABLE "operating_model_based_on" ADD CONSTRAINT "operating_model_based_on_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_based_on" ADD CONSTRAINT "_operating_model_v_version_based_on_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "operating_model_based_on_order_idx" ON "operating_model_based_on" USING btree ("_order");
  CREATE INDEX "operating_model_based_on_parent_id_idx" ON "operating_model_based_on" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_based_on_order_idx" ON "_operating_model_v_version_based_on" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_based_on_parent_id_idx" ON "_operating_model_v_version_based_on" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "operating_model_based_on" CASCADE;
  DROP TABLE "_operating_model_v_version_based_on" CASCADE;
  ALTER TABLE "indicators" DROP COLUMN "value_qualifier";
  ALTER TABLE "indicators" DROP COLUMN "comparison_kind";
  ALTER TABLE "indicators" DROP COLUMN "esf_programme_period";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_value_qualifier";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_comparison_kind";
  ALTER TABLE "_indicators_v" DROP COLUMN "version_esf_programme_period";
  DROP TYPE "public"."enum_indicators_value_qualifier";
  DROP TYPE "public"."enum_indicators_comparison_kind";
  DROP TYPE "public"."enum_indicators_esf_programme_period";
  DROP TYPE "public"."enum__indicators_v_version_value_qualifier";
  DROP TYPE "public"."enum__indicators_v_version_comparison_kind";
  DROP TYPE "public"."enum__indicators_v_version_esf_programme_period";`)
}

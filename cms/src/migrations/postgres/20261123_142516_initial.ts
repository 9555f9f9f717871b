import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_users_role" AS ENUM('contributor', 'editor', 'admin');
  CREATE TYPE "public"."enum_tools_audience" AS ENUM('ngo', 'staff', 'customers', 'trainers', 'funders');
  CREATE TYPE "public"."enum_tools_category" AS ENUM('job-search', 'e-services', 'learning', 'safety', 'communication', 'office', 'accessibility');
  CREATE TYPE "public"."enum_tools_cost" AS ENUM('free', 'freemium', 'paid');
  CREATE TYPE "public"."enum_tools_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tools_v_version_audience" AS ENUM('ngo', 'staff', 'customers', 'trainers', 'funders');
  CREATE TYPE "public"."enum__tools_v_version_category" AS ENUM('job-search', 'e-services', 'learning', 'safety', 'communication', 'office', 'accessibility');
  CREATE TYPE "public"."enum__tools_v_version_cost" AS ENUM('free', 'freemium', 'paid');
  CREATE TYPE "public"."enum__tools_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tools_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_cheat_sheets_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum_cheat_sheets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cheat_sheets_v_version_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum__cheat_sheets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cheat_sheets_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_badges_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum_badges_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__badges_v_version_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum__badges_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__badges_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_course_packs_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum_course_packs_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum_course_packs_audience" AS ENUM('customers', 'staff');
  CREATE TYPE "public"."enum_course_packs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__course_packs_v_version_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum__course_packs_v_version_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum__course_packs_v_version_audience" AS ENUM('customers', 'staff');
  CREATE TYPE "public"."enum__course_packs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__course_packs_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_components_audience" AS ENUM('ngo', 'staff', 'customers', 'trainers', 'funders');
  CREATE TYPE "public"."enum_components_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum_components_project" AS ENUM('dot', 'metropolia', 'both');
  CREATE TYPE "public"."enum_components_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_components_diagram_kind" AS ENUM('stages', 'weekly');
  CREATE TYPE "public"."enum__components_v_version_audience" AS ENUM('ngo', 'staff', 'customers', 'trainers', 'funders');
  CREATE TYPE "public"."enum__components_v_version_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum__components_v_version_project" AS ENUM('dot', 'metropolia', 'both');
  CREATE TYPE "public"."enum__components_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__components_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum__components_v_version_diagram_kind" AS ENUM('stages', 'weekly');
  CREATE TYPE "public"."enum_events_audience" AS ENUM('ngo', 'staff', 'customers', 'trainers', 'funders');
  CREATE TYPE "public"."enum_events_materials_type" AS ENUM('slides', 'handout', 'recording', 'link');
  CREATE TYPE "public"."enum_events_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum_events_start_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_end_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum_events_date_precision" AS ENUM('day', 'month', 'season', 'year');
  CREATE TYPE "public"."enum_events_format" AS ENUM('in-person', 'hybrid', 'online');
  CREATE TYPE "public"."enum_events_project" AS ENUM('dot', 'metropolia', 'both');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_audience" AS ENUM('ngo', 'staff', 'customers', 'trainers', 'funders');
  CREATE TYPE "public"."enum__events_v_version_materials_type" AS ENUM('slides', 'handout', 'recording', 'link');
  CREATE TYPE "public"."enum__events_v_version_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum__events_v_version_start_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_end_tz" AS ENUM('Europe/Helsinki');
  CREATE TYPE "public"."enum__events_v_version_date_precision" AS ENUM('day', 'month', 'season', 'year');
  CREATE TYPE "public"."enum__events_v_version_format" AS ENUM('in-person', 'hybrid', 'online');
  CREATE TYPE "public"."enum__events_v_version_project" AS ENUM('dot', 'metropolia', 'both');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_posts_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum_posts_type" AS ENUM('article', 'newsletter');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_version_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum__posts_v_version_type" AS ENUM('article', 'newsletter');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_indicators_unit" AS ENUM('persons', 'count', 'eur', 'score5', 'percent', 'hours', 'computers-per-year');
  CREATE TYPE "public"."enum_indicators_project" AS ENUM('dot', 'metropolia', 'both');
  CREATE TYPE "public"."enum_indicators_source_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum_indicators_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__indicators_v_version_unit" AS ENUM('persons', 'count', 'eur', 'score5', 'percent', 'hours', 'computers-per-year');
  CREATE TYPE "public"."enum__indicators_v_version_project" AS ENUM('dot', 'metropolia', 'both');
  CREATE TYPE "public"."enum__indicators_v_version_source_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum__indicators_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__indicators_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_self_assessments_questions_area" AS ENUM('1', '2', '3', '4', '5');
  CREATE TYPE "public"."enum_self_assessments_levels_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum_self_assessments_level_texts_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum_self_assessments_rules_levels" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum_self_assessments_rules_scope" AS ENUM('1', '2', '3', '4', '5', 'overall');
  CREATE TYPE "public"."enum_self_assessments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__self_assessments_v_version_questions_area" AS ENUM('1', '2', '3', '4', '5');
  CREATE TYPE "public"."enum__self_assessments_v_version_levels_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum__self_assessments_v_version_level_texts_level" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum__self_assessments_v_version_rules_levels" AS ENUM('beginner', 'basic', 'independent', 'advanced');
  CREATE TYPE "public"."enum__self_assessments_v_version_rules_scope" AS ENUM('1', '2', '3', '4', '5', 'overall');
  CREATE TYPE "public"."enum__self_assessments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__self_assessments_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_pages_statement_non_accessible_content_reason" AS ENUM('non-compliance', 'disproportionate-burden', 'outside-scope');
  CREATE TYPE "public"."enum_pages_statement_compliance_status" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_pages_statement_assessment_method" AS ENUM('self-assessment', 'third-party');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_statement_non_accessible_content_reason" AS ENUM('non-compliance', 'disproportionate-burden', 'outside-scope');
  CREATE TYPE "public"."enum__pages_v_version_statement_compliance_status" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum__pages_v_version_statement_assessment_method" AS ENUM('self-assessment', 'third-party');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_operating_model_funders_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum_operating_model_related_projects_relation" AS ENUM('source-project', 'co-implementer', 'continuation', 'experience-used', 'joint-activity', 'peer-exchange', 'pilot-cooperation');
  CREATE TYPE "public"."enum_operating_model_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum_operating_model_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__operating_model_v_version_funders_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum__operating_model_v_version_related_projects_relation" AS ENUM('source-project', 'co-implementer', 'continuation', 'experience-used', 'joint-activity', 'peer-exchange', 'pilot-cooperation');
  CREATE TYPE "public"."enum__operating_model_v_version_sources_report" AS ENUM('dot', 'metropolia');
  CREATE TYPE "public"."enum__operating_model_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__operating_model_v_published_locale" AS ENUM('fi', 'en', 'sv');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tools_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_tools_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"url" varchar,
  	"category" "enum_tools_category",
  	"cost" "enum_tools_cost",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tools_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "tools_locales" (
  	"name" varchar,
  	"description" varchar,
  	"accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tools_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_tools_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__tools_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_tools_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_url" varchar,
  	"version_category" "enum__tools_v_version_category",
  	"version_cost" "enum__tools_v_version_cost",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tools_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__tools_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_tools_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_tools_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "cheat_sheets_before" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "cheat_sheets_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"tip" varchar,
  	"image_id" integer
  );
  
  CREATE TABLE "cheat_sheets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"level" "enum_cheat_sheets_level",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cheat_sheets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cheat_sheets_locales" (
  	"title" varchar,
  	"task" varchar,
  	"safety" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "cheat_sheets_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_cheat_sheets_v_version_before" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cheat_sheets_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"tip" varchar,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cheat_sheets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_level" "enum__cheat_sheets_v_version_level",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cheat_sheets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__cheat_sheets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_cheat_sheets_v_locales" (
  	"version_title" varchar,
  	"version_task" varchar,
  	"version_safety" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_cheat_sheets_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "badges_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "badges_digcomp22" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"area" varchar,
  	"competence" varchar,
  	"esco_uri" varchar
  );
  
  CREATE TABLE "badges" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"level" "enum_badges_level",
  	"order" numeric,
  	"image_id" integer,
  	"issuer_name" varchar,
  	"issuer_url" varchar,
  	"issuer_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_badges_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "badges_locales" (
  	"name" varchar,
  	"description" varchar,
  	"criteria" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "badges_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_badges_v_version_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_badges_v_version_digcomp22" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"area" varchar,
  	"competence" varchar,
  	"esco_uri" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_badges_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_level" "enum__badges_v_version_level",
  	"version_order" numeric,
  	"version_image_id" integer,
  	"version_issuer_name" varchar,
  	"version_issuer_url" varchar,
  	"version_issuer_email" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__badges_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__badges_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_badges_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_criteria" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_badges_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "course_packs_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "course_packs_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"minutes" numeric,
  	"activities" varchar,
  	"materials" varchar
  );
  
  CREATE TABLE "course_packs_handouts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" jsonb
  );
  
  CREATE TABLE "course_packs_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report" "enum_course_packs_sources_report",
  	"section" varchar
  );
  
  CREATE TABLE "course_packs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"level" "enum_course_packs_level",
  	"audience" "enum_course_packs_audience",
  	"duration_minutes" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_course_packs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "course_packs_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "course_packs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer
  );
  
  CREATE TABLE "_course_packs_v_version_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_packs_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"minutes" numeric,
  	"activities" varchar,
  	"materials" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_packs_v_version_handouts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_packs_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"report" "enum__course_packs_v_version_sources_report",
  	"section" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_packs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_level" "enum__course_packs_v_version_level",
  	"version_audience" "enum__course_packs_v_version_audience",
  	"version_duration_minutes" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__course_packs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__course_packs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_course_packs_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_course_packs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer
  );
  
  CREATE TABLE "components_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_components_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "components_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "components_roles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "components_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "components_risks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"risk" varchar,
  	"action" varchar,
  	"outcome" varchar
  );
  
  CREATE TABLE "components_diagram_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "components_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report" "enum_components_sources_report",
  	"section" varchar
  );
  
  CREATE TABLE "components" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric,
  	"project" "enum_components_project",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_components_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "components_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"plain_summary" varchar,
  	"body" jsonb,
  	"resources" varchar,
  	"diagram_kind" "enum_components_diagram_kind",
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "components_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"course_packs_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer,
  	"tools_id" integer
  );
  
  CREATE TABLE "_components_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__components_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_components_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v_version_roles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v_version_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v_version_risks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"risk" varchar,
  	"action" varchar,
  	"outcome" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v_version_diagram_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"report" "enum__components_v_version_sources_report",
  	"section" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric,
  	"version_project" "enum__components_v_version_project",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__components_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__components_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_components_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_plain_summary" varchar,
  	"version_body" jsonb,
  	"version_resources" varchar,
  	"version_diagram_kind" "enum__components_v_version_diagram_kind",
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_components_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"course_packs_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer,
  	"tools_id" integer
  );
  
  CREATE TABLE "events_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_organisers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "events_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_events_materials_type",
  	"title" varchar,
  	"file_id" integer,
  	"url" varchar,
  	"text" jsonb
  );
  
  CREATE TABLE "events_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report" "enum_events_sources_report",
  	"section" varchar
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"start" timestamp(3) with time zone,
  	"start_tz" "enum_events_start_tz" DEFAULT 'Europe/Helsinki',
  	"end" timestamp(3) with time zone,
  	"end_tz" "enum_events_end_tz" DEFAULT 'Europe/Helsinki',
  	"date_precision" "enum_events_date_precision" DEFAULT 'day',
  	"format" "enum_events_format",
  	"project" "enum_events_project",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"date_text" varchar,
  	"location" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_organisers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum__events_v_version_materials_type",
  	"title" varchar,
  	"file_id" integer,
  	"url" varchar,
  	"text" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"report" "enum__events_v_version_sources_report",
  	"section" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_start" timestamp(3) with time zone,
  	"version_start_tz" "enum__events_v_version_start_tz" DEFAULT 'Europe/Helsinki',
  	"version_end" timestamp(3) with time zone,
  	"version_end_tz" "enum__events_v_version_end_tz" DEFAULT 'Europe/Helsinki',
  	"version_date_precision" "enum__events_v_version_date_precision" DEFAULT 'day',
  	"version_format" "enum__events_v_version_format",
  	"version_project" "enum__events_v_version_project",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_date_text" varchar,
  	"version_location" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "posts_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report" "enum_posts_sources_report",
  	"section" varchar
  );
  
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"type" "enum_posts_type" DEFAULT 'article',
  	"date" timestamp(3) with time zone,
  	"author" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_posts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "posts_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "posts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_posts_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"report" "enum__posts_v_version_sources_report",
  	"section" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_type" "enum__posts_v_version_type" DEFAULT 'article',
  	"version_date" timestamp(3) with time zone,
  	"version_author" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__posts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_posts_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_posts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "indicators_breakdown" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" numeric
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"value" numeric,
  	"unit" "enum_indicators_unit",
  	"target" numeric,
  	"period_start" varchar,
  	"period_end" varchar,
  	"project" "enum_indicators_project",
  	"source_report" "enum_indicators_source_report",
  	"source_section" varchar,
  	"esf_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_indicators_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "indicators_locales" (
  	"name" varchar,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_indicators_v_version_breakdown" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_indicators_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_value" numeric,
  	"version_unit" "enum__indicators_v_version_unit",
  	"version_target" numeric,
  	"version_period_start" varchar,
  	"version_period_end" varchar,
  	"version_project" "enum__indicators_v_version_project",
  	"version_source_report" "enum__indicators_v_version_source_report",
  	"version_source_section" varchar,
  	"version_esf_code" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__indicators_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__indicators_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_indicators_v_locales" (
  	"version_name" varchar,
  	"version_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "self_assessments_scale" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "self_assessments_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"area" "enum_self_assessments_questions_area",
  	"text" varchar,
  	"example" varchar
  );
  
  CREATE TABLE "self_assessments_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_self_assessments_levels_level",
  	"minimum" numeric
  );
  
  CREATE TABLE "self_assessments_level_texts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_self_assessments_level_texts_level",
  	"text" varchar
  );
  
  CREATE TABLE "self_assessments_rules_levels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_self_assessments_rules_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "self_assessments_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"scope" "enum_self_assessments_rules_scope"
  );
  
  CREATE TABLE "self_assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_self_assessments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "self_assessments_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"privacy" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "self_assessments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"course_packs_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer
  );
  
  CREATE TABLE "_self_assessments_v_version_scale" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_self_assessments_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"area" "enum__self_assessments_v_version_questions_area",
  	"text" varchar,
  	"example" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_self_assessments_v_version_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__self_assessments_v_version_levels_level",
  	"minimum" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_self_assessments_v_version_level_texts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__self_assessments_v_version_level_texts_level",
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_self_assessments_v_version_rules_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__self_assessments_v_version_rules_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_self_assessments_v_version_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" "enum__self_assessments_v_version_rules_scope",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_self_assessments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__self_assessments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__self_assessments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_self_assessments_v_locales" (
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_privacy" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_self_assessments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"course_packs_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer
  );
  
  CREATE TABLE "pages_statement_non_accessible_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"reason" "enum_pages_statement_non_accessible_content_reason",
  	"accessible_alternative" varchar
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"statement_compliance_status" "enum_pages_statement_compliance_status",
  	"statement_prepared_on" timestamp(3) with time zone,
  	"statement_last_reviewed_on" timestamp(3) with time zone,
  	"statement_assessment_method" "enum_pages_statement_assessment_method",
  	"statement_feedback_channel" varchar,
  	"statement_feedback_response_time_days" numeric,
  	"statement_enforcement_url" varchar,
  	"statement_enforcement_email" varchar,
  	"statement_enforcement_phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"statement_service_name" varchar,
  	"statement_feedback_responsible" varchar,
  	"statement_enforcement_authority" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_pages_v_version_statement_non_accessible_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"reason" "enum__pages_v_version_statement_non_accessible_content_reason",
  	"accessible_alternative" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_statement_compliance_status" "enum__pages_v_version_statement_compliance_status",
  	"version_statement_prepared_on" timestamp(3) with time zone,
  	"version_statement_last_reviewed_on" timestamp(3) with time zone,
  	"version_statement_assessment_method" "enum__pages_v_version_statement_assessment_method",
  	"version_statement_feedback_channel" varchar,
  	"version_statement_feedback_response_time_days" numeric,
  	"version_statement_enforcement_url" varchar,
  	"version_statement_enforcement_email" varchar,
  	"version_statement_enforcement_phone" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_statement_service_name" varchar,
  	"version_statement_feedback_responsible" varchar,
  	"version_statement_enforcement_authority" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"tools_id" integer,
  	"cheat_sheets_id" integer,
  	"badges_id" integer,
  	"course_packs_id" integer,
  	"components_id" integer,
  	"events_id" integer,
  	"posts_id" integer,
  	"indicators_id" integer,
  	"self_assessments_id" integer,
  	"pages_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "operating_model_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "operating_model_target_groups_primary" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "operating_model_target_groups_indirect" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "operating_model_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "operating_model_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "operating_model_funders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"programme" varchar,
  	"project_code" varchar,
  	"granted" numeric,
  	"realised" numeric,
  	"currency" "enum_operating_model_funders_currency" DEFAULT 'EUR'
  );
  
  CREATE TABLE "operating_model_related_projects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"code" varchar,
  	"period" varchar,
  	"relation" "enum_operating_model_related_projects_relation"
  );
  
  CREATE TABLE "operating_model_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "operating_model_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"report" "enum_operating_model_sources_report",
  	"section" varchar
  );
  
  CREATE TABLE "operating_model" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"period_dot_start" varchar,
  	"period_dot_end" varchar,
  	"period_metropolia_start" varchar,
  	"period_metropolia_end" varchar,
  	"_status" "enum_operating_model_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "operating_model_locales" (
  	"title" varchar,
  	"short_description" varchar,
  	"plain_summary" varchar,
  	"implemented_where" varchar,
  	"region" varchar,
  	"larger_whole" varchar,
  	"developers" varchar,
  	"core_idea" varchar,
  	"operating_environment" varchar,
  	"conditions" varchar,
  	"needs" varchar,
  	"targeted_change" varchar,
  	"measuring_change" varchar,
  	"evaluation" varchar,
  	"rooting" varchar,
  	"resources_and_roles" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "operating_model_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"components_id" integer
  );
  
  CREATE TABLE "_operating_model_v_version_goals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_target_groups_primary" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_target_groups_indirect" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_funders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"programme" varchar,
  	"project_code" varchar,
  	"granted" numeric,
  	"realised" numeric,
  	"currency" "enum__operating_model_v_version_funders_currency" DEFAULT 'EUR',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_related_projects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"code" varchar,
  	"period" varchar,
  	"relation" "enum__operating_model_v_version_related_projects_relation",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"report" "enum__operating_model_v_version_sources_report",
  	"section" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_operating_model_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_name" varchar,
  	"version_period_dot_start" varchar,
  	"version_period_dot_end" varchar,
  	"version_period_metropolia_start" varchar,
  	"version_period_metropolia_end" varchar,
  	"version__status" "enum__operating_model_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__operating_model_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_operating_model_v_locales" (
  	"version_title" varchar,
  	"version_short_description" varchar,
  	"version_plain_summary" varchar,
  	"version_implemented_where" varchar,
  	"version_region" varchar,
  	"version_larger_whole" varchar,
  	"version_developers" varchar,
  	"version_core_idea" varchar,
  	"version_operating_environment" varchar,
  	"version_conditions" varchar,
  	"version_needs" varchar,
  	"version_targeted_change" varchar,
  	"version_measuring_change" varchar,
  	"version_evaluation" varchar,
  	"version_rooting" varchar,
  	"version_resources_and_roles" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_operating_model_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"components_id" integer
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_audience" ADD CONSTRAINT "tools_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_locales" ADD CONSTRAINT "tools_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_texts" ADD CONSTRAINT "tools_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_audience" ADD CONSTRAINT "_tools_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v" ADD CONSTRAINT "_tools_v_parent_id_tools_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v_locales" ADD CONSTRAINT "_tools_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_texts" ADD CONSTRAINT "_tools_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cheat_sheets_before" ADD CONSTRAINT "cheat_sheets_before_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cheat_sheets_steps" ADD CONSTRAINT "cheat_sheets_steps_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cheat_sheets_steps" ADD CONSTRAINT "cheat_sheets_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cheat_sheets_locales" ADD CONSTRAINT "cheat_sheets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cheat_sheets_texts" ADD CONSTRAINT "cheat_sheets_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v_version_before" ADD CONSTRAINT "_cheat_sheets_v_version_before_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cheat_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v_version_steps" ADD CONSTRAINT "_cheat_sheets_v_version_steps_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v_version_steps" ADD CONSTRAINT "_cheat_sheets_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cheat_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v" ADD CONSTRAINT "_cheat_sheets_v_parent_id_cheat_sheets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v_locales" ADD CONSTRAINT "_cheat_sheets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cheat_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cheat_sheets_v_texts" ADD CONSTRAINT "_cheat_sheets_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cheat_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "badges_evidence" ADD CONSTRAINT "badges_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "badges_digcomp22" ADD CONSTRAINT "badges_digcomp22_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "badges" ADD CONSTRAINT "badges_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "badges_locales" ADD CONSTRAINT "badges_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "badges_texts" ADD CONSTRAINT "badges_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_badges_v_version_evidence" ADD CONSTRAINT "_badges_v_version_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_badges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_badges_v_version_digcomp22" ADD CONSTRAINT "_badges_v_version_digcomp22_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_badges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_badges_v" ADD CONSTRAINT "_badges_v_parent_id_badges_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."badges"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_badges_v" ADD CONSTRAINT "_badges_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_badges_v_locales" ADD CONSTRAINT "_badges_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_badges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_badges_v_texts" ADD CONSTRAINT "_badges_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_badges_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_goals" ADD CONSTRAINT "course_packs_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_sessions" ADD CONSTRAINT "course_packs_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_handouts" ADD CONSTRAINT "course_packs_handouts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_sources" ADD CONSTRAINT "course_packs_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_locales" ADD CONSTRAINT "course_packs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_rels" ADD CONSTRAINT "course_packs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_rels" ADD CONSTRAINT "course_packs_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_rels" ADD CONSTRAINT "course_packs_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_packs_rels" ADD CONSTRAINT "course_packs_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_version_goals" ADD CONSTRAINT "_course_packs_v_version_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_version_sessions" ADD CONSTRAINT "_course_packs_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_version_handouts" ADD CONSTRAINT "_course_packs_v_version_handouts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_version_sources" ADD CONSTRAINT "_course_packs_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v" ADD CONSTRAINT "_course_packs_v_parent_id_course_packs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."course_packs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_course_packs_v_locales" ADD CONSTRAINT "_course_packs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_rels" ADD CONSTRAINT "_course_packs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_course_packs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_rels" ADD CONSTRAINT "_course_packs_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_rels" ADD CONSTRAINT "_course_packs_v_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_packs_v_rels" ADD CONSTRAINT "_course_packs_v_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_audience" ADD CONSTRAINT "components_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_steps" ADD CONSTRAINT "components_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_roles" ADD CONSTRAINT "components_roles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_lessons" ADD CONSTRAINT "components_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_risks" ADD CONSTRAINT "components_risks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_diagram_items" ADD CONSTRAINT "components_diagram_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_sources" ADD CONSTRAINT "components_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_locales" ADD CONSTRAINT "components_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_course_packs_fk" FOREIGN KEY ("course_packs_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_audience" ADD CONSTRAINT "_components_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_steps" ADD CONSTRAINT "_components_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_roles" ADD CONSTRAINT "_components_v_version_roles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_lessons" ADD CONSTRAINT "_components_v_version_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_risks" ADD CONSTRAINT "_components_v_version_risks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_diagram_items" ADD CONSTRAINT "_components_v_version_diagram_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_sources" ADD CONSTRAINT "_components_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v" ADD CONSTRAINT "_components_v_parent_id_components_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."components"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_components_v_locales" ADD CONSTRAINT "_components_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_course_packs_fk" FOREIGN KEY ("course_packs_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_audience" ADD CONSTRAINT "events_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_organisers" ADD CONSTRAINT "events_organisers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_materials" ADD CONSTRAINT "events_materials_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_materials" ADD CONSTRAINT "events_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_sources" ADD CONSTRAINT "events_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_audience" ADD CONSTRAINT "_events_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_organisers" ADD CONSTRAINT "_events_v_version_organisers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_materials" ADD CONSTRAINT "_events_v_version_materials_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_materials" ADD CONSTRAINT "_events_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_sources" ADD CONSTRAINT "_events_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_sources" ADD CONSTRAINT "posts_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_texts" ADD CONSTRAINT "posts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_sources" ADD CONSTRAINT "_posts_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_texts" ADD CONSTRAINT "_posts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_breakdown" ADD CONSTRAINT "indicators_breakdown_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_locales" ADD CONSTRAINT "indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicators_v_version_breakdown" ADD CONSTRAINT "_indicators_v_version_breakdown_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_indicators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicators_v" ADD CONSTRAINT "_indicators_v_parent_id_indicators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_indicators_v_locales" ADD CONSTRAINT "_indicators_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_indicators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_scale" ADD CONSTRAINT "self_assessments_scale_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_questions" ADD CONSTRAINT "self_assessments_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_levels" ADD CONSTRAINT "self_assessments_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_level_texts" ADD CONSTRAINT "self_assessments_level_texts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_rules_levels" ADD CONSTRAINT "self_assessments_rules_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."self_assessments_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_rules" ADD CONSTRAINT "self_assessments_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_locales" ADD CONSTRAINT "self_assessments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_rels" ADD CONSTRAINT "self_assessments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_rels" ADD CONSTRAINT "self_assessments_rels_course_packs_fk" FOREIGN KEY ("course_packs_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_rels" ADD CONSTRAINT "self_assessments_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments_rels" ADD CONSTRAINT "self_assessments_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_scale" ADD CONSTRAINT "_self_assessments_v_version_scale_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_questions" ADD CONSTRAINT "_self_assessments_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_levels" ADD CONSTRAINT "_self_assessments_v_version_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_level_texts" ADD CONSTRAINT "_self_assessments_v_version_level_texts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_rules_levels" ADD CONSTRAINT "_self_assessments_v_version_rules_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_self_assessments_v_version_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_version_rules" ADD CONSTRAINT "_self_assessments_v_version_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v" ADD CONSTRAINT "_self_assessments_v_parent_id_self_assessments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_locales" ADD CONSTRAINT "_self_assessments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_rels" ADD CONSTRAINT "_self_assessments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_self_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_rels" ADD CONSTRAINT "_self_assessments_v_rels_course_packs_fk" FOREIGN KEY ("course_packs_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_rels" ADD CONSTRAINT "_self_assessments_v_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_self_assessments_v_rels" ADD CONSTRAINT "_self_assessments_v_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_statement_non_accessible_content" ADD CONSTRAINT "pages_statement_non_accessible_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_texts" ADD CONSTRAINT "pages_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_statement_non_accessible_content" ADD CONSTRAINT "_pages_v_version_statement_non_accessible_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_texts" ADD CONSTRAINT "_pages_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cheat_sheets_fk" FOREIGN KEY ("cheat_sheets_id") REFERENCES "public"."cheat_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_badges_fk" FOREIGN KEY ("badges_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_course_packs_fk" FOREIGN KEY ("course_packs_id") REFERENCES "public"."course_packs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_self_assessments_fk" FOREIGN KEY ("self_assessments_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_goals" ADD CONSTRAINT "operating_model_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_target_groups_primary" ADD CONSTRAINT "operating_model_target_groups_primary_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_target_groups_indirect" ADD CONSTRAINT "operating_model_target_groups_indirect_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_benefits" ADD CONSTRAINT "operating_model_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_partners" ADD CONSTRAINT "operating_model_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_funders" ADD CONSTRAINT "operating_model_funders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_related_projects" ADD CONSTRAINT "operating_model_related_projects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_references" ADD CONSTRAINT "operating_model_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_sources" ADD CONSTRAINT "operating_model_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_locales" ADD CONSTRAINT "operating_model_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_rels" ADD CONSTRAINT "operating_model_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."operating_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operating_model_rels" ADD CONSTRAINT "operating_model_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_goals" ADD CONSTRAINT "_operating_model_v_version_goals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_target_groups_primary" ADD CONSTRAINT "_operating_model_v_version_target_groups_primary_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_target_groups_indirect" ADD CONSTRAINT "_operating_model_v_version_target_groups_indirect_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_benefits" ADD CONSTRAINT "_operating_model_v_version_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_partners" ADD CONSTRAINT "_operating_model_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_funders" ADD CONSTRAINT "_operating_model_v_version_funders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_related_projects" ADD CONSTRAINT "_operating_model_v_version_related_projects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_references" ADD CONSTRAINT "_operating_model_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_version_sources" ADD CONSTRAINT "_operating_model_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_locales" ADD CONSTRAINT "_operating_model_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_rels" ADD CONSTRAINT "_operating_model_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_operating_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_operating_model_v_rels" ADD CONSTRAINT "_operating_model_v_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tools_audience_order_idx" ON "tools_audience" USING btree ("order");
  CREATE INDEX "tools_audience_parent_idx" ON "tools_audience" USING btree ("parent_id");
  CREATE UNIQUE INDEX "tools_slug_idx" ON "tools" USING btree ("slug");
  CREATE INDEX "tools_updated_at_idx" ON "tools" USING btree ("updated_at");
  CREATE INDEX "tools_created_at_idx" ON "tools" USING btree ("created_at");
  CREATE INDEX "tools__status_idx" ON "tools" USING btree ("_status");
  CREATE UNIQUE INDEX "tools_locales_locale_parent_id_unique" ON "tools_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "tools_texts_order_parent" ON "tools_texts" USING btree ("order","parent_id");
  CREATE INDEX "_tools_v_version_audience_order_idx" ON "_tools_v_version_audience" USING btree ("order");
  CREATE INDEX "_tools_v_version_audience_parent_idx" ON "_tools_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_tools_v_parent_idx" ON "_tools_v" USING btree ("parent_id");
  CREATE INDEX "_tools_v_version_version_slug_idx" ON "_tools_v" USING btree ("version_slug");
  CREATE INDEX "_tools_v_version_version_updated_at_idx" ON "_tools_v" USING btree ("version_updated_at");
  CREATE INDEX "_tools_v_version_version_created_at_idx" ON "_tools_v" USING btree ("version_created_at");
  CREATE INDEX "_tools_v_version_version__status_idx" ON "_tools_v" USING btree ("version__status");
  CREATE INDEX "_tools_v_created_at_idx" ON "_tools_v" USING btree ("created_at");
  CREATE INDEX "_tools_v_updated_at_idx" ON "_tools_v" USING btree ("updated_at");
  CREATE INDEX "_tools_v_snapshot_idx" ON "_tools_v" USING btree ("snapshot");
  CREATE INDEX "_tools_v_published_locale_idx" ON "_tools_v" USING btree ("published_locale");
  CREATE INDEX "_tools_v_latest_idx" ON "_tools_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_tools_v_locales_locale_parent_id_unique" ON "_tools_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_tools_v_texts_order_parent" ON "_tools_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "cheat_sheets_before_order_idx" ON "cheat_sheets_before" USING btree ("_order");
  CREATE INDEX "cheat_sheets_before_parent_id_idx" ON "cheat_sheets_before" USING btree ("_parent_id");
  CREATE INDEX "cheat_sheets_before_locale_idx" ON "cheat_sheets_before" USING btree ("_locale");
  CREATE INDEX "cheat_sheets_steps_order_idx" ON "cheat_sheets_steps" USING btree ("_order");
  CREATE INDEX "cheat_sheets_steps_parent_id_idx" ON "cheat_sheets_steps" USING btree ("_parent_id");
  CREATE INDEX "cheat_sheets_steps_locale_idx" ON "cheat_sheets_steps" USING btree ("_locale");
  CREATE INDEX "cheat_sheets_steps_image_idx" ON "cheat_sheets_steps" USING btree ("image_id");
  CREATE UNIQUE INDEX "cheat_sheets_slug_idx" ON "cheat_sheets" USING btree ("slug");
  CREATE INDEX "cheat_sheets_updated_at_idx" ON "cheat_sheets" USING btree ("updated_at");
  CREATE INDEX "cheat_sheets_created_at_idx" ON "cheat_sheets" USING btree ("created_at");
  CREATE INDEX "cheat_sheets__status_idx" ON "cheat_sheets" USING btree ("_status");
  CREATE UNIQUE INDEX "cheat_sheets_locales_locale_parent_id_unique" ON "cheat_sheets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cheat_sheets_texts_order_parent" ON "cheat_sheets_texts" USING btree ("order","parent_id");
  CREATE INDEX "_cheat_sheets_v_version_before_order_idx" ON "_cheat_sheets_v_version_before" USING btree ("_order");
  CREATE INDEX "_cheat_sheets_v_version_before_parent_id_idx" ON "_cheat_sheets_v_version_before" USING btree ("_parent_id");
  CREATE INDEX "_cheat_sheets_v_version_before_locale_idx" ON "_cheat_sheets_v_version_before" USING btree ("_locale");
  CREATE INDEX "_cheat_sheets_v_version_steps_order_idx" ON "_cheat_sheets_v_version_steps" USING btree ("_order");
  CREATE INDEX "_cheat_sheets_v_version_steps_parent_id_idx" ON "_cheat_sheets_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_cheat_sheets_v_version_steps_locale_idx" ON "_cheat_sheets_v_version_steps" USING btree ("_locale");
  CREATE INDEX "_cheat_sheets_v_version_steps_image_idx" ON "_cheat_sheets_v_version_steps" USING btree ("image_id");
  CREATE INDEX "_cheat_sheets_v_parent_idx" ON "_cheat_sheets_v" USING btree ("parent_id");
  CREATE INDEX "_cheat_sheets_v_version_version_slug_idx" ON "_cheat_sheets_v" USING btree ("version_slug");
  CREATE INDEX "_cheat_sheets_v_version_version_updated_at_idx" ON "_cheat_sheets_v" USING btree ("version_updated_at");
  CREATE INDEX "_cheat_sheets_v_version_version_created_at_idx" ON "_cheat_sheets_v" USING btree ("version_created_at");
  CREATE INDEX "_cheat_sheets_v_version_version__status_idx" ON "_cheat_sheets_v" USING btree ("version__status");
  CREATE INDEX "_cheat_sheets_v_created_at_idx" ON "_cheat_sheets_v" USING btree ("created_at");
  CREATE INDEX "_cheat_sheets_v_updated_at_idx" ON "_cheat_sheets_v" USING btree ("updated_at");
  CREATE INDEX "_cheat_sheets_v_snapshot_idx" ON "_cheat_sheets_v" USING btree ("snapshot");
  CREATE INDEX "_cheat_sheets_v_published_locale_idx" ON "_cheat_sheets_v" USING btree ("published_locale");
  CREATE INDEX "_cheat_sheets_v_latest_idx" ON "_cheat_sheets_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_cheat_sheets_v_locales_locale_parent_id_unique" ON "_cheat_sheets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_cheat_sheets_v_texts_order_parent" ON "_cheat_sheets_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "badges_evidence_order_idx" ON "badges_evidence" USING btree ("_order");
  CREATE INDEX "badges_evidence_parent_id_idx" ON "badges_evidence" USING btree ("_parent_id");
  CREATE INDEX "badges_evidence_locale_idx" ON "badges_evidence" USING btree ("_locale");
  CREATE INDEX "badges_digcomp22_order_idx" ON "badges_digcomp22" USING btree ("_order");
  CREATE INDEX "badges_digcomp22_parent_id_idx" ON "badges_digcomp22" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "badges_slug_idx" ON "badges" USING btree ("slug");
  CREATE INDEX "badges_image_idx" ON "badges" USING btree ("image_id");
  CREATE INDEX "badges_updated_at_idx" ON "badges" USING btree ("updated_at");
  CREATE INDEX "badges_created_at_idx" ON "badges" USING btree ("created_at");
  CREATE INDEX "badges__status_idx" ON "badges" USING btree ("_status");
  CREATE UNIQUE INDEX "badges_locales_locale_parent_id_unique" ON "badges_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "badges_texts_order_parent" ON "badges_texts" USING btree ("order","parent_id");
  CREATE INDEX "_badges_v_version_evidence_order_idx" ON "_badges_v_version_evidence" USING btree ("_order");
  CREATE INDEX "_badges_v_version_evidence_parent_id_idx" ON "_badges_v_version_evidence" USING btree ("_parent_id");
  CREATE INDEX "_badges_v_version_evidence_locale_idx" ON "_badges_v_version_evidence" USING btree ("_locale");
  CREATE INDEX "_badges_v_version_digcomp22_order_idx" ON "_badges_v_version_digcomp22" USING btree ("_order");
  CREATE INDEX "_badges_v_version_digcomp22_parent_id_idx" ON "_badges_v_version_digcomp22" USING btree ("_parent_id");
  CREATE INDEX "_badges_v_parent_idx" ON "_badges_v" USING btree ("parent_id");
  CREATE INDEX "_badges_v_version_version_slug_idx" ON "_badges_v" USING btree ("version_slug");
  CREATE INDEX "_badges_v_version_version_image_idx" ON "_badges_v" USING btree ("version_image_id");
  CREATE INDEX "_badges_v_version_version_updated_at_idx" ON "_badges_v" USING btree ("version_updated_at");
  CREATE INDEX "_badges_v_version_version_created_at_idx" ON "_badges_v" USING btree ("version_created_at");
  CREATE INDEX "_badges_v_version_version__status_idx" ON "_badges_v" USING btree ("version__status");
  CREATE INDEX "_badges_v_created_at_idx" ON "_badges_v" USING btree ("created_at");
  CREATE INDEX "_badges_v_updated_at_idx" ON "_badges_v" USING btree ("updated_at");
  CREATE INDEX "_badges_v_snapshot_idx" ON "_badges_v" USING btree ("snapshot");
  CREATE INDEX "_badges_v_published_locale_idx" ON "_badges_v" USING btree ("published_locale");
  CREATE INDEX "_badges_v_latest_idx" ON "_badges_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_badges_v_locales_locale_parent_id_unique" ON "_badges_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_badges_v_texts_order_parent" ON "_badges_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "course_packs_goals_order_idx" ON "course_packs_goals" USING btree ("_order");
  CREATE INDEX "course_packs_goals_parent_id_idx" ON "course_packs_goals" USING btree ("_parent_id");
  CREATE INDEX "course_packs_goals_locale_idx" ON "course_packs_goals" USING btree ("_locale");
  CREATE INDEX "course_packs_sessions_order_idx" ON "course_packs_sessions" USING btree ("_order");
  CREATE INDEX "course_packs_sessions_parent_id_idx" ON "course_packs_sessions" USING btree ("_parent_id");
  CREATE INDEX "course_packs_sessions_locale_idx" ON "course_packs_sessions" USING btree ("_locale");
  CREATE INDEX "course_packs_handouts_order_idx" ON "course_packs_handouts" USING btree ("_order");
  CREATE INDEX "course_packs_handouts_parent_id_idx" ON "course_packs_handouts" USING btree ("_parent_id");
  CREATE INDEX "course_packs_handouts_locale_idx" ON "course_packs_handouts" USING btree ("_locale");
  CREATE INDEX "course_packs_sources_order_idx" ON "course_packs_sources" USING btree ("_order");
  CREATE INDEX "course_packs_sources_parent_id_idx" ON "course_packs_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "course_packs_slug_idx" ON "course_packs" USING btree ("slug");
  CREATE INDEX "course_packs_updated_at_idx" ON "course_packs" USING btree ("updated_at");
  CREATE INDEX "course_packs_created_at_idx" ON "course_packs" USING btree ("created_at");
  CREATE INDEX "course_packs__status_idx" ON "course_packs" USING btree ("_status");
  CREATE UNIQUE INDEX "course_packs_locales_locale_parent_id_unique" ON "course_packs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "course_packs_rels_order_idx" ON "course_packs_rels" USING btree ("order");
  CREATE INDEX "course_packs_rels_parent_idx" ON "course_packs_rels" USING btree ("parent_id");
  CREATE INDEX "course_packs_rels_path_idx" ON "course_packs_rels" USING btree ("path");
  CREATE INDEX "course_packs_rels_media_id_idx" ON "course_packs_rels" USING btree ("media_id");
  CREATE INDEX "course_packs_rels_cheat_sheets_id_idx" ON "course_packs_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "course_packs_rels_badges_id_idx" ON "course_packs_rels" USING btree ("badges_id");
  CREATE INDEX "_course_packs_v_version_goals_order_idx" ON "_course_packs_v_version_goals" USING btree ("_order");
  CREATE INDEX "_course_packs_v_version_goals_parent_id_idx" ON "_course_packs_v_version_goals" USING btree ("_parent_id");
  CREATE INDEX "_course_packs_v_version_goals_locale_idx" ON "_course_packs_v_version_goals" USING btree ("_locale");
  CREATE INDEX "_course_packs_v_version_sessions_order_idx" ON "_course_packs_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_course_packs_v_version_sessions_parent_id_idx" ON "_course_packs_v_version_sessions" USING btree ("_parent_id");
  CREATE INDEX "_course_packs_v_version_sessions_locale_idx" ON "_course_packs_v_version_sessions" USING btree ("_locale");
  CREATE INDEX "_course_packs_v_version_handouts_order_idx" ON "_course_packs_v_version_handouts" USING btree ("_order");
  CREATE INDEX "_course_packs_v_version_handouts_parent_id_idx" ON "_course_packs_v_version_handouts" USING btree ("_parent_id");
  CREATE INDEX "_course_packs_v_version_handouts_locale_idx" ON "_course_packs_v_version_handouts" USING btree ("_locale");
  CREATE INDEX "_course_packs_v_version_sources_order_idx" ON "_course_packs_v_version_sources" USING btree ("_order");
  CREATE INDEX "_course_packs_v_version_sources_parent_id_idx" ON "_course_packs_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_course_packs_v_parent_idx" ON "_course_packs_v" USING btree ("parent_id");
  CREATE INDEX "_course_packs_v_version_version_slug_idx" ON "_course_packs_v" USING btree ("version_slug");
  CREATE INDEX "_course_packs_v_version_version_updated_at_idx" ON "_course_packs_v" USING btree ("version_updated_at");
  CREATE INDEX "_course_packs_v_version_version_created_at_idx" ON "_course_packs_v" USING btree ("version_created_at");
  CREATE INDEX "_course_packs_v_version_version__status_idx" ON "_course_packs_v" USING btree ("version__status");
  CREATE INDEX "_course_packs_v_created_at_idx" ON "_course_packs_v" USING btree ("created_at");
  CREATE INDEX "_course_packs_v_updated_at_idx" ON "_course_packs_v" USING btree ("updated_at");
  CREATE INDEX "_course_packs_v_snapshot_idx" ON "_course_packs_v" USING btree ("snapshot");
  CREATE INDEX "_course_packs_v_published_locale_idx" ON "_course_packs_v" USING btree ("published_locale");
  CREATE INDEX "_course_packs_v_latest_idx" ON "_course_packs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_course_packs_v_locales_locale_parent_id_unique" ON "_course_packs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_course_packs_v_rels_order_idx" ON "_course_packs_v_rels" USING btree ("order");
  CREATE INDEX "_course_packs_v_rels_parent_idx" ON "_course_packs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_course_packs_v_rels_path_idx" ON "_course_packs_v_rels" USING btree ("path");
  CREATE INDEX "_course_packs_v_rels_media_id_idx" ON "_course_packs_v_rels" USING btree ("media_id");
  CREATE INDEX "_course_packs_v_rels_cheat_sheets_id_idx" ON "_course_packs_v_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "_course_packs_v_rels_badges_id_idx" ON "_course_packs_v_rels" USING btree ("badges_id");
  CREATE INDEX "components_audience_order_idx" ON "components_audience" USING btree ("order");
  CREATE INDEX "components_audience_parent_idx" ON "components_audience" USING btree ("parent_id");
  CREATE INDEX "components_steps_order_idx" ON "components_steps" USING btree ("_order");
  CREATE INDEX "components_steps_parent_id_idx" ON "components_steps" USING btree ("_parent_id");
  CREATE INDEX "components_steps_locale_idx" ON "components_steps" USING btree ("_locale");
  CREATE INDEX "components_roles_order_idx" ON "components_roles" USING btree ("_order");
  CREATE INDEX "components_roles_parent_id_idx" ON "components_roles" USING btree ("_parent_id");
  CREATE INDEX "components_roles_locale_idx" ON "components_roles" USING btree ("_locale");
  CREATE INDEX "components_lessons_order_idx" ON "components_lessons" USING btree ("_order");
  CREATE INDEX "components_lessons_parent_id_idx" ON "components_lessons" USING btree ("_parent_id");
  CREATE INDEX "components_lessons_locale_idx" ON "components_lessons" USING btree ("_locale");
  CREATE INDEX "components_risks_order_idx" ON "components_risks" USING btree ("_order");
  CREATE INDEX "components_risks_parent_id_idx" ON "components_risks" USING btree ("_parent_id");
  CREATE INDEX "components_risks_locale_idx" ON "components_risks" USING btree ("_locale");
  CREATE INDEX "components_diagram_items_order_idx" ON "components_diagram_items" USING btree ("_order");
  CREATE INDEX "components_diagram_items_parent_id_idx" ON "components_diagram_items" USING btree ("_parent_id");
  CREATE INDEX "components_diagram_items_locale_idx" ON "components_diagram_items" USING btree ("_locale");
  CREATE INDEX "components_sources_order_idx" ON "components_sources" USING btree ("_order");
  CREATE INDEX "components_sources_parent_id_idx" ON "components_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "components_slug_idx" ON "components" USING btree ("slug");
  CREATE INDEX "components_updated_at_idx" ON "components" USING btree ("updated_at");
  CREATE INDEX "components_created_at_idx" ON "components" USING btree ("created_at");
  CREATE INDEX "components__status_idx" ON "components" USING btree ("_status");
  CREATE UNIQUE INDEX "components_locales_locale_parent_id_unique" ON "components_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "components_rels_order_idx" ON "components_rels" USING btree ("order");
  CREATE INDEX "components_rels_parent_idx" ON "components_rels" USING btree ("parent_id");
  CREATE INDEX "components_rels_path_idx" ON "components_rels" USING btree ("path");
  CREATE INDEX "components_rels_course_packs_id_idx" ON "components_rels" USING btree ("course_packs_id");
  CREATE INDEX "components_rels_cheat_sheets_id_idx" ON "components_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "components_rels_badges_id_idx" ON "components_rels" USING btree ("badges_id");
  CREATE INDEX "components_rels_tools_id_idx" ON "components_rels" USING btree ("tools_id");
  CREATE INDEX "_components_v_version_audience_order_idx" ON "_components_v_version_audience" USING btree ("order");
  CREATE INDEX "_components_v_version_audience_parent_idx" ON "_components_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_components_v_version_steps_order_idx" ON "_components_v_version_steps" USING btree ("_order");
  CREATE INDEX "_components_v_version_steps_parent_id_idx" ON "_components_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_components_v_version_steps_locale_idx" ON "_components_v_version_steps" USING btree ("_locale");
  CREATE INDEX "_components_v_version_roles_order_idx" ON "_components_v_version_roles" USING btree ("_order");
  CREATE INDEX "_components_v_version_roles_parent_id_idx" ON "_components_v_version_roles" USING btree ("_parent_id");
  CREATE INDEX "_components_v_version_roles_locale_idx" ON "_components_v_version_roles" USING btree ("_locale");
  CREATE INDEX "_components_v_version_lessons_order_idx" ON "_components_v_version_lessons" USING btree ("_order");
  CREATE INDEX "_components_v_version_lessons_parent_id_idx" ON "_components_v_version_lessons" USING btree ("_parent_id");
  CREATE INDEX "_components_v_version_lessons_locale_idx" ON "_components_v_version_lessons" USING btree ("_locale");
  CREATE INDEX "_components_v_version_risks_order_idx" ON "_components_v_version_risks" USING btree ("_order");
  CREATE INDEX "_components_v_version_risks_parent_id_idx" ON "_components_v_version_risks" USING btree ("_parent_id");
  CREATE INDEX "_components_v_version_risks_locale_idx" ON "_components_v_version_risks" USING btree ("_locale");
  CREATE INDEX "_components_v_version_diagram_items_order_idx" ON "_components_v_version_diagram_items" USING btree ("_order");
  CREATE INDEX "_components_v_version_diagram_items_parent_id_idx" ON "_components_v_version_diagram_items" USING btree ("_parent_id");
  CREATE INDEX "_components_v_version_diagram_items_locale_idx" ON "_components_v_version_diagram_items" USING btree ("_locale");
  CREATE INDEX "_components_v_version_sources_order_idx" ON "_components_v_version_sources" USING btree ("_order");
  CREATE INDEX "_components_v_version_sources_parent_id_idx" ON "_components_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_components_v_parent_idx" ON "_components_v" USING btree ("parent_id");
  CREATE INDEX "_components_v_version_version_slug_idx" ON "_components_v" USING btree ("version_slug");
  CREATE INDEX "_components_v_version_version_updated_at_idx" ON "_components_v" USING btree ("version_updated_at");
  CREATE INDEX "_components_v_version_version_created_at_idx" ON "_components_v" USING btree ("version_created_at");
  CREATE INDEX "_components_v_version_version__status_idx" ON "_components_v" USING btree ("version__status");
  CREATE INDEX "_components_v_created_at_idx" ON "_components_v" USING btree ("created_at");
  CREATE INDEX "_components_v_updated_at_idx" ON "_components_v" USING btree ("updated_at");
  CREATE INDEX "_components_v_snapshot_idx" ON "_components_v" USING btree ("snapshot");
  CREATE INDEX "_components_v_published_locale_idx" ON "_components_v" USING btree ("published_locale");
  CREATE INDEX "_components_v_latest_idx" ON "_components_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_components_v_locales_locale_parent_id_unique" ON "_components_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_components_v_rels_order_idx" ON "_components_v_rels" USING btree ("order");
  CREATE INDEX "_components_v_rels_parent_idx" ON "_components_v_rels" USING btree ("parent_id");
  CREATE INDEX "_components_v_rels_path_idx" ON "_components_v_rels" USING btree ("path");
  CREATE INDEX "_components_v_rels_course_packs_id_idx" ON "_components_v_rels" USING btree ("course_packs_id");
  CREATE INDEX "_components_v_rels_cheat_sheets_id_idx" ON "_components_v_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "_components_v_rels_badges_id_idx" ON "_components_v_rels" USING btree ("badges_id");
  CREATE INDEX "_components_v_rels_tools_id_idx" ON "_components_v_rels" USING btree ("tools_id");
  CREATE INDEX "events_audience_order_idx" ON "events_audience" USING btree ("order");
  CREATE INDEX "events_audience_parent_idx" ON "events_audience" USING btree ("parent_id");
  CREATE INDEX "events_organisers_order_idx" ON "events_organisers" USING btree ("_order");
  CREATE INDEX "events_organisers_parent_id_idx" ON "events_organisers" USING btree ("_parent_id");
  CREATE INDEX "events_materials_order_idx" ON "events_materials" USING btree ("_order");
  CREATE INDEX "events_materials_parent_id_idx" ON "events_materials" USING btree ("_parent_id");
  CREATE INDEX "events_materials_locale_idx" ON "events_materials" USING btree ("_locale");
  CREATE INDEX "events_materials_file_idx" ON "events_materials" USING btree ("file_id");
  CREATE INDEX "events_sources_order_idx" ON "events_sources" USING btree ("_order");
  CREATE INDEX "events_sources_parent_id_idx" ON "events_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_audience_order_idx" ON "_events_v_version_audience" USING btree ("order");
  CREATE INDEX "_events_v_version_audience_parent_idx" ON "_events_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_organisers_order_idx" ON "_events_v_version_organisers" USING btree ("_order");
  CREATE INDEX "_events_v_version_organisers_parent_id_idx" ON "_events_v_version_organisers" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_materials_order_idx" ON "_events_v_version_materials" USING btree ("_order");
  CREATE INDEX "_events_v_version_materials_parent_id_idx" ON "_events_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_materials_locale_idx" ON "_events_v_version_materials" USING btree ("_locale");
  CREATE INDEX "_events_v_version_materials_file_idx" ON "_events_v_version_materials" USING btree ("file_id");
  CREATE INDEX "_events_v_version_sources_order_idx" ON "_events_v_version_sources" USING btree ("_order");
  CREATE INDEX "_events_v_version_sources_parent_id_idx" ON "_events_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "posts_sources_order_idx" ON "posts_sources" USING btree ("_order");
  CREATE INDEX "posts_sources_parent_id_idx" ON "posts_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts__status_idx" ON "posts" USING btree ("_status");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "posts_texts_order_parent" ON "posts_texts" USING btree ("order","parent_id");
  CREATE INDEX "_posts_v_version_sources_order_idx" ON "_posts_v_version_sources" USING btree ("_order");
  CREATE INDEX "_posts_v_version_sources_parent_id_idx" ON "_posts_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v" USING btree ("version__status");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_snapshot_idx" ON "_posts_v" USING btree ("snapshot");
  CREATE INDEX "_posts_v_published_locale_idx" ON "_posts_v" USING btree ("published_locale");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_posts_v_locales_locale_parent_id_unique" ON "_posts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_posts_v_texts_order_parent" ON "_posts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "indicators_breakdown_order_idx" ON "indicators_breakdown" USING btree ("_order");
  CREATE INDEX "indicators_breakdown_parent_id_idx" ON "indicators_breakdown" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "indicators__status_idx" ON "indicators" USING btree ("_status");
  CREATE UNIQUE INDEX "indicators_locales_locale_parent_id_unique" ON "indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_indicators_v_version_breakdown_order_idx" ON "_indicators_v_version_breakdown" USING btree ("_order");
  CREATE INDEX "_indicators_v_version_breakdown_parent_id_idx" ON "_indicators_v_version_breakdown" USING btree ("_parent_id");
  CREATE INDEX "_indicators_v_parent_idx" ON "_indicators_v" USING btree ("parent_id");
  CREATE INDEX "_indicators_v_version_version_slug_idx" ON "_indicators_v" USING btree ("version_slug");
  CREATE INDEX "_indicators_v_version_version_updated_at_idx" ON "_indicators_v" USING btree ("version_updated_at");
  CREATE INDEX "_indicators_v_version_version_created_at_idx" ON "_indicators_v" USING btree ("version_created_at");
  CREATE INDEX "_indicators_v_version_version__status_idx" ON "_indicators_v" USING btree ("version__status");
  CREATE INDEX "_indicators_v_created_at_idx" ON "_indicators_v" USING btree ("created_at");
  CREATE INDEX "_indicators_v_updated_at_idx" ON "_indicators_v" USING btree ("updated_at");
  CREATE INDEX "_indicators_v_snapshot_idx" ON "_indicators_v" USING btree ("snapshot");
  CREATE INDEX "_indicators_v_published_locale_idx" ON "_indicators_v" USING btree ("published_locale");
  CREATE INDEX "_indicators_v_latest_idx" ON "_indicators_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_indicators_v_locales_locale_parent_id_unique" ON "_indicators_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "self_assessments_scale_order_idx" ON "self_assessments_scale" USING btree ("_order");
  CREATE INDEX "self_assessments_scale_parent_id_idx" ON "self_assessments_scale" USING btree ("_parent_id");
  CREATE INDEX "self_assessments_scale_locale_idx" ON "self_assessments_scale" USING btree ("_locale");
  CREATE INDEX "self_assessments_questions_order_idx" ON "self_assessments_questions" USING btree ("_order");
  CREATE INDEX "self_assessments_questions_parent_id_idx" ON "self_assessments_questions" USING btree ("_parent_id");
  CREATE INDEX "self_assessments_questions_locale_idx" ON "self_assessments_questions" USING btree ("_locale");
  CREATE INDEX "self_assessments_levels_order_idx" ON "self_assessments_levels" USING btree ("_order");
  CREATE INDEX "self_assessments_levels_parent_id_idx" ON "self_assessments_levels" USING btree ("_parent_id");
  CREATE INDEX "self_assessments_level_texts_order_idx" ON "self_assessments_level_texts" USING btree ("_order");
  CREATE INDEX "self_assessments_level_texts_parent_id_idx" ON "self_assessments_level_texts" USING btree ("_parent_id");
  CREATE INDEX "self_assessments_level_texts_locale_idx" ON "self_assessments_level_texts" USING btree ("_locale");
  CREATE INDEX "self_assessments_rules_levels_order_idx" ON "self_assessments_rules_levels" USING btree ("order");
  CREATE INDEX "self_assessments_rules_levels_parent_idx" ON "self_assessments_rules_levels" USING btree ("parent_id");
  CREATE INDEX "self_assessments_rules_order_idx" ON "self_assessments_rules" USING btree ("_order");
  CREATE INDEX "self_assessments_rules_parent_id_idx" ON "self_assessments_rules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "self_assessments_slug_idx" ON "self_assessments" USING btree ("slug");
  CREATE INDEX "self_assessments_updated_at_idx" ON "self_assessments" USING btree ("updated_at");
  CREATE INDEX "self_assessments_created_at_idx" ON "self_assessments" USING btree ("created_at");
  CREATE INDEX "self_assessments__status_idx" ON "self_assessments" USING btree ("_status");
  CREATE UNIQUE INDEX "self_assessments_locales_locale_parent_id_unique" ON "self_assessments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "self_assessments_rels_order_idx" ON "self_assessments_rels" USING btree ("order");
  CREATE INDEX "self_assessments_rels_parent_idx" ON "self_assessments_rels" USING btree ("parent_id");
  CREATE INDEX "self_assessments_rels_path_idx" ON "self_assessments_rels" USING btree ("path");
  CREATE INDEX "self_assessments_rels_course_packs_id_idx" ON "self_assessments_rels" USING btree ("course_packs_id");
  CREATE INDEX "self_assessments_rels_cheat_sheets_id_idx" ON "self_assessments_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "self_assessments_rels_badges_id_idx" ON "self_assessments_rels" USING btree ("badges_id");
  CREATE INDEX "_self_assessments_v_version_scale_order_idx" ON "_self_assessments_v_version_scale" USING btree ("_order");
  CREATE INDEX "_self_assessments_v_version_scale_parent_id_idx" ON "_self_assessments_v_version_scale" USING btree ("_parent_id");
  CREATE INDEX "_self_assessments_v_version_scale_locale_idx" ON "_self_assessments_v_version_scale" USING btree ("_locale");
  CREATE INDEX "_self_assessments_v_version_questions_order_idx" ON "_self_assessments_v_version_questions" USING btree ("_order");
  CREATE INDEX "_self_assessments_v_version_questions_parent_id_idx" ON "_self_assessments_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_self_assessments_v_version_questions_locale_idx" ON "_self_assessments_v_version_questions" USING btree ("_locale");
  CREATE INDEX "_self_assessments_v_version_levels_order_idx" ON "_self_assessments_v_version_levels" USING btree ("_order");
  CREATE INDEX "_self_assessments_v_version_levels_parent_id_idx" ON "_self_assessments_v_version_levels" USING btree ("_parent_id");
  CREATE INDEX "_self_assessments_v_version_level_texts_order_idx" ON "_self_assessments_v_version_level_texts" USING btree ("_order");
  CREATE INDEX "_self_assessments_v_version_level_texts_parent_id_idx" ON "_self_assessments_v_version_level_texts" USING btree ("_parent_id");
  CREATE INDEX "_self_assessments_v_version_level_texts_locale_idx" ON "_self_assessments_v_version_level_texts" USING btree ("_locale");
  CREATE INDEX "_self_assessments_v_version_rules_levels_order_idx" ON "_self_assessments_v_version_rules_levels" USING btree ("order");
  CREATE INDEX "_self_assessments_v_version_rules_levels_parent_idx" ON "_self_assessments_v_version_rules_levels" USING btree ("parent_id");
  CREATE INDEX "_self_assessments_v_version_rules_order_idx" ON "_self_assessments_v_version_rules" USING btree ("_order");
  CREATE INDEX "_self_assessments_v_version_rules_parent_id_idx" ON "_self_assessments_v_version_rules" USING btree ("_parent_id");
  CREATE INDEX "_self_assessments_v_parent_idx" ON "_self_assessments_v" USING btree ("parent_id");
  CREATE INDEX "_self_assessments_v_version_version_slug_idx" ON "_self_assessments_v" USING btree ("version_slug");
  CREATE INDEX "_self_assessments_v_version_version_updated_at_idx" ON "_self_assessments_v" USING btree ("version_updated_at");
  CREATE INDEX "_self_assessments_v_version_version_created_at_idx" ON "_self_assessments_v" USING btree ("version_created_at");
  CREATE INDEX "_self_assessments_v_version_version__status_idx" ON "_self_assessments_v" USING btree ("version__status");
  CREATE INDEX "_self_assessments_v_created_at_idx" ON "_self_assessments_v" USING btree ("created_at");
  CREATE INDEX "_self_assessments_v_updated_at_idx" ON "_self_assessments_v" USING btree ("updated_at");
  CREATE INDEX "_self_assessments_v_snapshot_idx" ON "_self_assessments_v" USING btree ("snapshot");
  CREATE INDEX "_self_assessments_v_published_locale_idx" ON "_self_assessments_v" USING btree ("published_locale");
  CREATE INDEX "_self_assessments_v_latest_idx" ON "_self_assessments_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_self_assessments_v_locales_locale_parent_id_unique" ON "_self_assessments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_self_assessments_v_rels_order_idx" ON "_self_assessments_v_rels" USING btree ("order");
  CREATE INDEX "_self_assessments_v_rels_parent_idx" ON "_self_assessments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_self_assessments_v_rels_path_idx" ON "_self_assessments_v_rels" USING btree ("path");
  CREATE INDEX "_self_assessments_v_rels_course_packs_id_idx" ON "_self_assessments_v_rels" USING btree ("course_packs_id");
  CREATE INDEX "_self_assessments_v_rels_cheat_sheets_id_idx" ON "_self_assessments_v_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "_self_assessments_v_rels_badges_id_idx" ON "_self_assessments_v_rels" USING btree ("badges_id");
  CREATE INDEX "pages_statement_non_accessible_content_order_idx" ON "pages_statement_non_accessible_content" USING btree ("_order");
  CREATE INDEX "pages_statement_non_accessible_content_parent_id_idx" ON "pages_statement_non_accessible_content" USING btree ("_parent_id");
  CREATE INDEX "pages_statement_non_accessible_content_locale_idx" ON "pages_statement_non_accessible_content" USING btree ("_locale");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_texts_order_parent" ON "pages_texts" USING btree ("order","parent_id");
  CREATE INDEX "pages_texts_locale_parent" ON "pages_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_pages_v_version_statement_non_accessible_content_order_idx" ON "_pages_v_version_statement_non_accessible_content" USING btree ("_order");
  CREATE INDEX "_pages_v_version_statement_non_accessible_content_parent_id_idx" ON "_pages_v_version_statement_non_accessible_content" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_statement_non_accessible_content_locale_idx" ON "_pages_v_version_statement_non_accessible_content" USING btree ("_locale");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_texts_order_parent" ON "_pages_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_pages_v_texts_locale_parent" ON "_pages_v_texts" USING btree ("locale","parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("tools_id");
  CREATE INDEX "payload_locked_documents_rels_cheat_sheets_id_idx" ON "payload_locked_documents_rels" USING btree ("cheat_sheets_id");
  CREATE INDEX "payload_locked_documents_rels_badges_id_idx" ON "payload_locked_documents_rels" USING btree ("badges_id");
  CREATE INDEX "payload_locked_documents_rels_course_packs_id_idx" ON "payload_locked_documents_rels" USING btree ("course_packs_id");
  CREATE INDEX "payload_locked_documents_rels_components_id_idx" ON "payload_locked_documents_rels" USING btree ("components_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_self_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("self_assessments_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "operating_model_goals_order_idx" ON "operating_model_goals" USING btree ("_order");
  CREATE INDEX "operating_model_goals_parent_id_idx" ON "operating_model_goals" USING btree ("_parent_id");
  CREATE INDEX "operating_model_goals_locale_idx" ON "operating_model_goals" USING btree ("_locale");
  CREATE INDEX "operating_model_target_groups_primary_order_idx" ON "operating_model_target_groups_primary" USING btree ("_order");
  CREATE INDEX "operating_model_target_groups_primary_parent_id_idx" ON "operating_model_target_groups_primary" USING btree ("_parent_id");
  CREATE INDEX "operating_model_target_groups_primary_locale_idx" ON "operating_model_target_groups_primary" USING btree ("_locale");
  CREATE INDEX "operating_model_target_groups_indirect_order_idx" ON "operating_model_target_groups_indirect" USING btree ("_order");
  CREATE INDEX "operating_model_target_groups_indirect_parent_id_idx" ON "operating_model_target_groups_indirect" USING btree ("_parent_id");
  CREATE INDEX "operating_model_target_groups_indirect_locale_idx" ON "operating_model_target_groups_indirect" USING btree ("_locale");
  CREATE INDEX "operating_model_benefits_order_idx" ON "operating_model_benefits" USING btree ("_order");
  CREATE INDEX "operating_model_benefits_parent_id_idx" ON "operating_model_benefits" USING btree ("_parent_id");
  CREATE INDEX "operating_model_benefits_locale_idx" ON "operating_model_benefits" USING btree ("_locale");
  CREATE INDEX "operating_model_partners_order_idx" ON "operating_model_partners" USING btree ("_order");
  CREATE INDEX "operating_model_partners_parent_id_idx" ON "operating_model_partners" USING btree ("_parent_id");
  CREATE INDEX "operating_model_funders_order_idx" ON "operating_model_funders" USING btree ("_order");
  CREATE INDEX "operating_model_funders_parent_id_idx" ON "operating_model_funders" USING btree ("_parent_id");
  CREATE INDEX "operating_model_related_projects_order_idx" ON "operating_model_related_projects" USING btree ("_order");
  CREATE INDEX "operating_model_related_projects_parent_id_idx" ON "operating_model_related_projects" USING btree ("_parent_id");
  CREATE INDEX "operating_model_references_order_idx" ON "operating_model_references" USING btree ("_order");
  CREATE INDEX "operating_model_references_parent_id_idx" ON "operating_model_references" USING btree ("_parent_id");
  CREATE INDEX "operating_model_references_locale_idx" ON "operating_model_references" USING btree ("_locale");
  CREATE INDEX "operating_model_sources_order_idx" ON "operating_model_sources" USING btree ("_order");
  CREATE INDEX "operating_model_sources_parent_id_idx" ON "operating_model_sources" USING btree ("_parent_id");
  CREATE INDEX "operating_model__status_idx" ON "operating_model" USING btree ("_status");
  CREATE UNIQUE INDEX "operating_model_locales_locale_parent_id_unique" ON "operating_model_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "operating_model_rels_order_idx" ON "operating_model_rels" USING btree ("order");
  CREATE INDEX "operating_model_rels_parent_idx" ON "operating_model_rels" USING btree ("parent_id");
  CREATE INDEX "operating_model_rels_path_idx" ON "operating_model_rels" USING btree ("path");
  CREATE INDEX "operating_model_rels_components_id_idx" ON "operating_model_rels" USING btree ("components_id");
  CREATE INDEX "_operating_model_v_version_goals_order_idx" ON "_operating_model_v_version_goals" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_goals_parent_id_idx" ON "_operating_model_v_version_goals" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_goals_locale_idx" ON "_operating_model_v_version_goals" USING btree ("_locale");
  CREATE INDEX "_operating_model_v_version_target_groups_primary_order_idx" ON "_operating_model_v_version_target_groups_primary" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_target_groups_primary_parent_id_idx" ON "_operating_model_v_version_target_groups_primary" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_target_groups_primary_locale_idx" ON "_operating_model_v_version_target_groups_primary" USING btree ("_locale");
  CREATE INDEX "_operating_model_v_version_target_groups_indirect_order_idx" ON "_operating_model_v_version_target_groups_indirect" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_target_groups_indirect_parent_id_idx" ON "_operating_model_v_version_target_groups_indirect" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_target_groups_indirect_locale_idx" ON "_operating_model_v_version_target_groups_indirect" USING btree ("_locale");
  CREATE INDEX "_operating_model_v_version_benefits_order_idx" ON "_operating_model_v_version_benefits" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_benefits_parent_id_idx" ON "_operating_model_v_version_benefits" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_benefits_locale_idx" ON "_operating_model_v_version_benefits" USING btree ("_locale");
  CREATE INDEX "_operating_model_v_version_partners_order_idx" ON "_operating_model_v_version_partners" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_partners_parent_id_idx" ON "_operating_model_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_funders_order_idx" ON "_operating_model_v_version_funders" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_funders_parent_id_idx" ON "_operating_model_v_version_funders" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_related_projects_order_idx" ON "_operating_model_v_version_related_projects" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_related_projects_parent_id_idx" ON "_operating_model_v_version_related_projects" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_references_order_idx" ON "_operating_model_v_version_references" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_references_parent_id_idx" ON "_operating_model_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_references_locale_idx" ON "_operating_model_v_version_references" USING btree ("_locale");
  CREATE INDEX "_operating_model_v_version_sources_order_idx" ON "_operating_model_v_version_sources" USING btree ("_order");
  CREATE INDEX "_operating_model_v_version_sources_parent_id_idx" ON "_operating_model_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_operating_model_v_version_version__status_idx" ON "_operating_model_v" USING btree ("version__status");
  CREATE INDEX "_operating_model_v_created_at_idx" ON "_operating_model_v" USING btree ("created_at");
  CREATE INDEX "_operating_model_v_updated_at_idx" ON "_operating_model_v" USING btree ("updated_at");
  CREATE INDEX "_operating_model_v_snapshot_idx" ON "_operating_model_v" USING btree ("snapshot");
  CREATE INDEX "_operating_model_v_published_locale_idx" ON "_operating_model_v" USING btree ("published_locale");
  CREATE INDEX "_operating_model_v_latest_idx" ON "_operating_model_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_operating_model_v_locales_locale_parent_id_unique" ON "_operating_model_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_operating_model_v_rels_order_idx" ON "_operating_model_v_rels" USING btree ("order");
  CREATE INDEX "_operating_model_v_rels_parent_idx" ON "_operating_model_v_rels" USING btree ("parent_id");
  CREATE INDEX "_operating_model_v_rels_path_idx" ON "_operating_model_v_rels" USING btree ("path");
  CREATE INDEX "_operating_model_v_rels_components_id_idx" ON "_operating_model_v_rels" USING btree ("components_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "tools_audience" CASCADE;
  DROP TABLE "tools" CASCADE;
  DROP TABLE "tools_locales" CASCADE;
  DROP TABLE "tools_texts" CASCADE;
  DROP TABLE "_tools_v_version_audience" CASCADE;
  DROP TABLE "_tools_v" CASCADE;
  DROP TABLE "_tools_v_locales" CASCADE;
  DROP TABLE "_tools_v_texts" CASCADE;
  DROP TABLE "cheat_sheets_before" CASCADE;
  DROP TABLE "cheat_sheets_steps" CASCADE;
  DROP TABLE "cheat_sheets" CASCADE;
  DROP TABLE "cheat_sheets_locales" CASCADE;
  DROP TABLE "cheat_sheets_texts" CASCADE;
  DROP TABLE "_cheat_sheets_v_version_before" CASCADE;
  DROP TABLE "_cheat_sheets_v_version_steps" CASCADE;
  DROP TABLE "_cheat_sheets_v" CASCADE;
  DROP TABLE "_cheat_sheets_v_locales" CASCADE;
  DROP TABLE "_cheat_sheets_v_texts" CASCADE;
  DROP TABLE "badges_evidence" CASCADE;
  DROP TABLE "badges_digcomp22" CASCADE;
  DROP TABLE "badges" CASCADE;
  DROP TABLE "badges_locales" CASCADE;
  DROP TABLE "badges_texts" CASCADE;
  DROP TABLE "_badges_v_version_evidence" CASCADE;
  DROP TABLE "_badges_v_version_digcomp22" CASCADE;
  DROP TABLE "_badges_v" CASCADE;
  DROP TABLE "_badges_v_locales" CASCADE;
  DROP TABLE "_badges_v_texts" CASCADE;
  DROP TABLE "course_packs_goals" CASCADE;
  DROP TABLE "course_packs_sessions" CASCADE;
  DROP TABLE "course_packs_handouts" CASCADE;
  DROP TABLE "course_packs_sources" CASCADE;
  DROP TABLE "course_packs" CASCADE;
  DROP TABLE "course_packs_locales" CASCADE;
  DROP TABLE "course_packs_rels" CASCADE;
  DROP TABLE "_course_packs_v_version_goals" CASCADE;
  DROP TABLE "_course_packs_v_version_sessions" CASCADE;
  DROP TABLE "_course_packs_v_version_handouts" CASCADE;
  DROP TABLE "_course_packs_v_version_sources" CASCADE;
  DROP TABLE "_course_packs_v" CASCADE;
  DROP TABLE "_course_packs_v_locales" CASCADE;
  DROP TABLE "_course_packs_v_rels" CASCADE;
  DROP TABLE "components_audience" CASCADE;
  DROP TABLE "components_steps" CASCADE;
  DROP TABLE "components_roles" CASCADE;
  DROP TABLE "components_lessons" CASCADE;
  DROP TABLE "components_risks" CASCADE;
  DROP TABLE "components_diagram_items" CASCADE;
  DROP TABLE "components_sources" CASCADE;
  DROP TABLE "components" CASCADE;
  DROP TABLE "components_locales" CASCADE;
  DROP TABLE "components_rels" CASCADE;
  DROP TABLE "_components_v_version_audience" CASCADE;
  DROP TABLE "_components_v_version_steps" CASCADE;
  DROP TABLE "_components_v_version_roles" CASCADE;
  DROP TABLE "_components_v_version_lessons" CASCADE;
  DROP TABLE "_components_v_version_risks" CASCADE;
  DROP TABLE "_components_v_version_diagram_items" CASCADE;
  DROP TABLE "_components_v_version_sources" CASCADE;
  DROP TABLE "_components_v" CASCADE;
  DROP TABLE "_components_v_locales" CASCADE;
  DROP TABLE "_components_v_rels" CASCADE;
  DROP TABLE "events_audience" CASCADE;
  DROP TABLE "events_organisers" CASCADE;
  DROP TABLE "events_materials" CASCADE;
  DROP TABLE "events_sources" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v_version_audience" CASCADE;
  DROP TABLE "_events_v_version_organisers" CASCADE;
  DROP TABLE "_events_v_version_materials" CASCADE;
  DROP TABLE "_events_v_version_sources" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "posts_sources" CASCADE;
  DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "posts_texts" CASCADE;
  DROP TABLE "_posts_v_version_sources" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_locales" CASCADE;
  DROP TABLE "_posts_v_texts" CASCADE;
  DROP TABLE "indicators_breakdown" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "indicators_locales" CASCADE;
  DROP TABLE "_indicators_v_version_breakdown" CASCADE;
  DROP TABLE "_indicators_v" CASCADE;
  DROP TABLE "_indicators_v_locales" CASCADE;
  DROP TABLE "self_assessments_scale" CASCADE;
  DROP TABLE "self_assessments_questions" CASCADE;
  DROP TABLE "self_assessments_levels" CASCADE;
  DROP TABLE "self_assessments_level_texts" CASCADE;
  DROP TABLE "self_assessments_rules_levels" CASCADE;
  DROP TABLE "self_assessments_rules" CASCADE;
  DROP TABLE "self_assessments" CASCADE;
  DROP TABLE "self_assessments_locales" CASCADE;
  DROP TABLE "self_assessments_rels" CASCADE;
  DROP TABLE "_self_assessments_v_version_scale" CASCADE;
  DROP TABLE "_self_assessments_v_version_questions" CASCADE;
  DROP TABLE "_self_assessments_v_version_levels" CASCADE;
  DROP TABLE "_self_assessments_v_version_level_texts" CASCADE;
  DROP TABLE "_self_assessments_v_version_rules_levels" CASCADE;
  DROP TABLE "_self_assessments_v_version_rules" CASCADE;
  DROP TABLE "_self_assessments_v" CASCADE;
  DROP TABLE "_self_assessments_v_locales" CASCADE;
  DROP TABLE "_self_assessments_v_rels" CASCADE;
  DROP TABLE "pages_statement_non_accessible_content" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_texts" CASCADE;
  DROP TABLE "_pages_v_version_statement_non_accessible_content" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_texts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "operating_model_goals" CASCADE;
  DROP TABLE "operating_model_target_groups_primary" CASCADE;
  DROP TABLE "operating_model_target_groups_indirect" CASCADE;
  DROP TABLE "operating_model_benefits" CASCADE;
  DROP TABLE "operating_model_partners" CASCADE;
  DROP TABLE "operating_model_funders" CASCADE;
  DROP TABLE "operating_model_related_projects" CASCADE;
  DROP TABLE "operating_model_references" CASCADE;
  DROP TABLE "operating_model_sources" CASCADE;
  DROP TABLE "operating_model" CASCADE;
  DROP TABLE "operating_model_locales" CASCADE;
  DROP TABLE "operating_model_rels" CASCADE;
  DROP TABLE "_operating_model_v_version_goals" CASCADE;
  DROP TABLE "_operating_model_v_version_target_groups_primary" CASCADE;
  DROP TABLE "_operating_model_v_version_target_groups_indirect" CASCADE;
  DROP TABLE "_operating_model_v_version_benefits" CASCADE;
  DROP TABLE "_operating_model_v_version_partners" CASCADE;
  DROP TABLE "_operating_model_v_version_funders" CASCADE;
  DROP TABLE "_operating_model_v_version_related_projects" CASCADE;
  DROP TABLE "_operating_model_v_version_references" CASCADE;
  DROP TABLE "_operating_model_v_version_sources" CASCADE;
  DROP TABLE "_operating_model_v" CASCADE;
  DROP TABLE "_operating_model_v_locales" CASCADE;
  DROP TABLE "_operating_model_v_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_tools_audience";
  DROP TYPE "public"."enum_tools_category";
  DROP TYPE "public"."enum_tools_cost";
  DROP TYPE "public"."enum_tools_status";
  DROP TYPE "public"."enum__tools_v_version_audience";
  DROP TYPE "public"."enum__tools_v_version_category";
  DROP TYPE "public"."enum__tools_v_version_cost";
  DROP TYPE "public"."enum__tools_v_version_status";
  DROP TYPE "public"."enum__tools_v_published_locale";
  DROP TYPE "public"."enum_cheat_sheets_level";
  DROP TYPE "public"."enum_cheat_sheets_status";
  DROP TYPE "public"."enum__cheat_sheets_v_version_level";
  DROP TYPE "public"."enum__cheat_sheets_v_version_status";
  DROP TYPE "public"."enum__cheat_sheets_v_published_locale";
  DROP TYPE "public"."enum_badges_level";
  DROP TYPE "public"."enum_badges_status";
  DROP TYPE "public"."enum__badges_v_version_level";
  DROP TYPE "public"."enum__badges_v_version_status";
  DROP TYPE "public"."enum__badges_v_published_locale";
  DROP TYPE "public"."enum_course_packs_sources_report";
  DROP TYPE "public"."enum_course_packs_level";
  DROP TYPE "public"."enum_course_packs_audience";
  DROP TYPE "public"."enum_course_packs_status";
  DROP TYPE "public"."enum__course_packs_v_version_sources_report";
  DROP TYPE "public"."enum__course_packs_v_version_level";
  DROP TYPE "public"."enum__course_packs_v_version_audience";
  DROP TYPE "public"."enum__course_packs_v_version_status";
  DROP TYPE "public"."enum__course_packs_v_published_locale";
  DROP TYPE "public"."enum_components_audience";
  DROP TYPE "public"."enum_components_sources_report";
  DROP TYPE "public"."enum_components_project";
  DROP TYPE "public"."enum_components_status";
  DROP TYPE "public"."enum_components_diagram_kind";
  DROP TYPE "public"."enum__components_v_version_audience";
  DROP TYPE "public"."enum__components_v_version_sources_report";
  DROP TYPE "public"."enum__components_v_version_project";
  DROP TYPE "public"."enum__components_v_version_status";
  DROP TYPE "public"."enum__components_v_published_locale";
  DROP TYPE "public"."enum__components_v_version_diagram_kind";
  DROP TYPE "public"."enum_events_audience";
  DROP TYPE "public"."enum_events_materials_type";
  DROP TYPE "public"."enum_events_sources_report";
  DROP TYPE "public"."enum_events_start_tz";
  DROP TYPE "public"."enum_events_end_tz";
  DROP TYPE "public"."enum_events_date_precision";
  DROP TYPE "public"."enum_events_format";
  DROP TYPE "public"."enum_events_project";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_audience";
  DROP TYPE "public"."enum__events_v_version_materials_type";
  DROP TYPE "public"."enum__events_v_version_sources_report";
  DROP TYPE "public"."enum__events_v_version_start_tz";
  DROP TYPE "public"."enum__events_v_version_end_tz";
  DROP TYPE "public"."enum__events_v_version_date_precision";
  DROP TYPE "public"."enum__events_v_version_format";
  DROP TYPE "public"."enum__events_v_version_project";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_posts_sources_report";
  DROP TYPE "public"."enum_posts_type";
  DROP TYPE "public"."enum_posts_status";
  DROP TYPE "public"."enum__posts_v_version_sources_report";
  DROP TYPE "public"."enum__posts_v_version_type";
  DROP TYPE "public"."enum__posts_v_version_status";
  DROP TYPE "public"."enum__posts_v_published_locale";
  DROP TYPE "public"."enum_indicators_unit";
  DROP TYPE "public"."enum_indicators_project";
  DROP TYPE "public"."enum_indicators_source_report";
  DROP TYPE "public"."enum_indicators_status";
  DROP TYPE "public"."enum__indicators_v_version_unit";
  DROP TYPE "public"."enum__indicators_v_version_project";
  DROP TYPE "public"."enum__indicators_v_version_source_report";
  DROP TYPE "public"."enum__indicators_v_version_status";
  DROP TYPE "public"."enum__indicators_v_published_locale";
  DROP TYPE "public"."enum_self_assessments_questions_area";
  DROP TYPE "public"."enum_self_assessments_levels_level";
  DROP TYPE "public"."enum_self_assessments_level_texts_level";
  DROP TYPE "public"."enum_self_assessments_rules_levels";
  DROP TYPE "public"."enum_self_assessments_rules_scope";
  DROP TYPE "public"."enum_self_assessments_status";
  DROP TYPE "public"."enum__self_assessments_v_version_questions_area";
  DROP TYPE "public"."enum__self_assessments_v_version_levels_level";
  DROP TYPE "public"."enum__self_assessments_v_version_level_texts_level";
  DROP TYPE "public"."enum__self_assessments_v_version_rules_levels";
  DROP TYPE "public"."enum__self_assessments_v_version_rules_scope";
  DROP TYPE "public"."enum__self_assessments_v_version_status";
  DROP TYPE "public"."enum__self_assessments_v_published_locale";
  DROP TYPE "public"."enum_pages_statement_non_accessible_content_reason";
  DROP TYPE "public"."enum_pages_statement_compliance_status";
  DROP TYPE "public"."enum_pages_statement_assessment_method";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_statement_non_accessible_content_reason";
  DROP TYPE "public"."enum__pages_v_version_statement_compliance_status";
  DROP TYPE "public"."enum__pages_v_version_statement_assessment_method";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_operating_model_funders_currency";
  DROP TYPE "public"."enum_operating_model_related_projects_relation";
  DROP TYPE "public"."enum_operating_model_sources_report";
  DROP TYPE "public"."enum_operating_model_status";
  DROP TYPE "public"."enum__operating_model_v_version_funders_currency";
  DROP TYPE "public"."enum__operating_model_v_version_related_projects_relation";
  DROP TYPE "public"."enum__operating_model_v_version_sources_report";
  DROP TYPE "public"."enum__operating_model_v_version_status";
  DROP TYPE "public"."enum__operating_model_v_published_locale";`)
}

import * as migration_20261123_083832_initial from './20261123_083832_initial';
import * as migration_20261123_110118_content_model from './20261123_110118_content_model';
import * as migration_20261123_120610_badge_issuer_email from './20261123_120610_badge_issuer_email';
import * as migration_20261123_134921_self_assessments from './20261123_134921_self_assessments';
import * as migration_20261130_120329_api_keys from './20261130_120329_api_keys';
import * as migration_20261130_182918_editorial_workflow from './20261130_182918_editorial_workflow';
import * as migration_20261130_222834_site_settings from './20261130_222834_site_settings';
import * as migration_20261201_032639_mail_language from './20261201_032639_mail_language';
import * as migration_20261201_114250_corpus_honesty from './20261201_114250_corpus_honesty';
import * as migration_20261201_115230_plain_summaries from './20261201_115230_plain_summaries';
import * as migration_20261201_144211_component_self_assessments from './20261201_144211_component_self_assessments';
import * as migration_20261201_144257_search_keywords_answer_rules from './20261201_144257_search_keywords_answer_rules';
import * as migration_20261201_144441_component_known_effort from './20261201_144441_component_known_effort';
import * as migration_20261201_144611_component_small_start from './20261201_144611_component_small_start';

export const migrations = [
  {
    up: migration_20261123_083832_initial.up,
    down: migration_20261123_083832_initial.down,
    name: '20261123_083832_initial',
  },
  {
    up: migration_20261123_110118_content_model.up,
    down: migration_20261123_110118_content_model.down,
    name: '20261123_110118_content_model',
  },
  {
    up: migration_20261123_120610_badge_issuer_email.up,
    down: migration_20261123_120610_badge_issuer_email.down,
    name: '20261123_120610_badge_issuer_email',
  },
  {
    up: migration_20261123_134921_self_assessments.up,
    down: migration_20261123_134921_self_assessments.down,
    name: '20261123_134921_self_assessments',
  },
  {
    up: migration_20261130_120329_api_keys.up,
    down: migration_20261130_120329_api_keys.down,
    name: '20261130_120329_api_keys',
  },
  {
    up: migration_20261130_182918_editorial_workflow.up,
    down: migration_20261130_182918_editorial_workflow.down,
    name: '20261130_182918_editorial_workflow',
  },
  {
    up: migration_20261130_222834_site_settings.up,
    down: migration_20261130_222834_site_settings.down,
    name: '20261130_222834_site_settings',
  },
  {
    up: migration_20261201_032639_mail_language.up,
    down: migration_20261201_032639_mail_language.down,
    name: '20261201_032639_mail_language',
  },
  {
    up: migration_20261201_114250_corpus_honesty.up,
    down: migration_20261201_114250_corpus_honesty.down,
    name: '20261201_114250_corpus_honesty',
  },
  {
    up: migration_20261201_115230_plain_summaries.up,
    down: migration_20261201_115230_plain_summaries.down,
    name: '20261201_115230_plain_summaries',
  },
  {
    up: migration_20261201_144211_component_self_assessments.up,
    down: migration_20261201_144211_component_self_assessments.down,
    name: '20261201_144211_component_self_assessments',
  },
  {
    up: migration_20261201_144257_search_keywords_answer_rules.up,
    down: migration_20261201_144257_search_keywords_answer_rules.down,
    name: '20261201_144257_search_keywords_answer_rules',
  },
  {
    up: migration_20261201_144441_component_known_effort.up,
    down: migration_20261201_144441_component_known_effort.down,
    name: '20261201_144441_component_known_effort',
  },
  {
    up: migration_20261201_144611_component_small_start.up,
    down: migration_20261201_144611_component_small_start.down,
    name: '20261201_144611_component_small_start'
  },
];

import * as migration_20261123_142516_initial from './20261123_142516_initial';
import * as migration_20261130_120349_api_keys from './20261130_120349_api_keys';
import * as migration_20261130_182941_editorial_workflow from './20261130_182941_editorial_workflow';
import * as migration_20261130_222916_site_settings from './20261130_222916_site_settings';
import * as migration_20261201_032722_mail_language from './20261201_032722_mail_language';
import * as migration_20261201_114314_corpus_honesty from './20261201_114314_corpus_honesty';
import * as migration_20261201_115305_plain_summaries from './20261201_115305_plain_summaries';
import * as migration_20261201_144221_component_self_assessments from './20261201_144221_component_self_assessments';
import * as migration_20261201_144336_search_keywords_answer_rules from './20261201_144336_search_keywords_answer_rules';
import * as migration_20261201_144515_component_known_effort from './20261201_144515_component_known_effort';
import * as migration_20261201_144628_component_small_start from './20261201_144628_component_small_start';

export const migrations = [
  {
    up: migration_20261123_142516_initial.up,
    down: migration_20261123_142516_initial.down,
    name: '20261123_142516_initial',
  },
  {
    up: migration_20261130_120349_api_keys.up,
    down: migration_20261130_120349_api_keys.down,
    name: '20261130_120349_api_keys',
  },
  {
    up: migration_20261130_182941_editorial_workflow.up,
    down: migration_20261130_182941_editorial_workflow.down,
    name: '20261130_182941_editorial_workflow',
  },
  {
    up: migration_20261130_222916_site_settings.up,
    down: migration_20261130_222916_site_settings.down,
    name: '20261130_222916_site_settings',
  },
  {
    up: migration_20261201_032722_mail_language.up,
    down: migration_20261201_032722_mail_language.down,
    name: '20261201_032722_mail_language',
  },
  {
    up: migration_20261201_114314_corpus_honesty.up,
    down: migration_20261201_114314_corpus_honesty.down,
    name: '20261201_114314_corpus_honesty',
  },
  {
    up: migration_20261201_115305_plain_summaries.up,
    down: migration_20261201_115305_plain_summaries.down,
    name: '20261201_115305_plain_summaries',
  },
  {
    up: migration_20261201_144221_component_self_assessments.up,
    down: migration_20261201_144221_component_self_assessments.down,
    name: '20261201_144221_component_self_assessments',
  },
  {
    up: migration_20261201_144336_search_keywords_answer_rules.up,
    down: migration_20261201_144336_search_keywords_answer_rules.down,
    name: '20261201_144336_search_keywords_answer_rules',
  },
  {
    up: migration_20261201_144515_component_known_effort.up,
    down: migration_20261201_144515_component_known_effort.down,
    name: '20261201_144515_component_known_effort',
  },
  {
    up: migration_20261201_144628_component_small_start.up,
    down: migration_20261201_144628_component_small_start.down,
    name: '20261201_144628_component_small_start'
  },
];

import * as migration_20261123_083832_initial from './20261123_083832_initial';
import * as migration_20261123_110118_content_model from './20261123_110118_content_model';
import * as migration_20261123_120610_badge_issuer_email from './20261123_120610_badge_issuer_email';

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
    name: '20261123_120610_badge_issuer_email'
  },
];

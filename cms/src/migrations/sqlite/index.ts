import * as migration_20261123_083832_initial from './20261123_083832_initial';

export const migrations = [
  {
    up: migration_20261123_083832_initial.up,
    down: migration_20261123_083832_initial.down,
    name: '20261123_083832_initial'
  },
];

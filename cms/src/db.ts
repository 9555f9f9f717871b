import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { dataDir, repoRoot } from './paths'

const migrationsRoot = path.join(repoRoot, 'cms', 'src', 'migrations')

/** The embedded default: a SQLite file under the git-ignored data/ folder. */
export const defaultDatabaseUri = `file:${path.join(dataDir, 'payload.db')}`

/**
 * Chooses the database adapter from DATABASE_URI's scheme: file: (SQLite, the default),
 * postgres:// (PostgreSQL) or mongodb:// (MongoDB). Schema changes come only from the committed
 * migrations (push: false), so development, tests and production build identical tables.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI || defaultDatabaseUri): DatabaseAdapterObj {
  const scheme = uri.split(':', 1)[0]?.toLowerCase()
  switch (scheme) {
    case 'file':
    case 'libsql':
      return sqliteAdapter({
        client: { url: uri },
        push: false,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
      })
    case 'postgres':
    case 'postgresql':
      return postgresAdapter({
        pool: { connectionString: uri },
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
      })
    case 'mongodb':
    case 'mongodb+srv':
      return mongooseAdapter({ url: uri })
    default:
      throw new Error(
        `DATABASE_URI: unsupported scheme "${scheme}:". Use file:… (SQLite), postgres://… or mongodb://….`,
      )
  }
}

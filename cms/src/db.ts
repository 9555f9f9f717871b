import path from 'node:path'
import type { BasePayload, DatabaseAdapterObj } from 'payload'

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

/**
 * Several processes share the embedded SQLite file: under `npm start` the CMS server writes while
 * the process that builds the public site and the preview reads (and a seed or the tests may
 * write too). Without a busy timeout, a read that meets a write fails at once with SQLITE_BUSY,
 * which failed rebuilds and saves. Write-ahead logging lets readers go on while one process
 * writes, and the timeout makes a second writer wait its turn instead of failing.
 */
export async function shareSqliteBetweenProcesses(payload: BasePayload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  if (!client) return
  await client.execute('PRAGMA busy_timeout = 15000')
  await client.execute('PRAGMA journal_mode = WAL')
}

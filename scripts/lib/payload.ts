import './load-env'

import { getPayload, type Migration, type Payload } from 'payload'

import { migrations as postgresMigrations } from '../../cms/src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../cms/src/migrations/sqlite'
import config from '../../cms/src/payload.config'

/**
 * Starts Payload's Local API on the configured database and brings its schema up to date
 * by applying the committed migrations (the schema is never pushed implicitly).
 * The migrations are imported here rather than read from disk by Payload, so that every runner
 * (tsx, vitest) compiles them the same way as the rest of the code.
 */
export async function startPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  switch (payload.db.name) {
    case 'sqlite':
      // Payload types a migration's argument as `unknown`; the adapter passes its own MigrateUpArgs.
      await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
      break
    case 'postgres':
      await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
      break
    case 'mongoose':
      break // MongoDB has no tables to migrate
    default:
      await payload.db.migrate()
  }
  return payload
}

import type { BackupManifest, DatabaseKind } from './backup-manifest'
import { BackupError } from './backup-manifest'
import { postgresEngine } from './backup-postgres'
import { sqliteEngine } from './backup-sqlite'

export interface DumpResult {
  /** Rows per table in the dump, counted from the same consistent read as the dump. */
  tables: Record<string, number>
  migration: string | null
  tool: string
}

/** What backup and restore need from a database, whichever it is. */
export interface DatabaseEngine {
  kind: DatabaseKind
  /** The dump's file name inside a backup. */
  dumpFile: string
  /** The database, for messages (never with a password). */
  describe(): string
  dump(to: string): Promise<DumpResult>
  /** Tables that hold rows (the applied-migrations table does not count): a restore over them needs --force. */
  tablesWithContent(): Promise<string[]>
  /** Replaces the database's content with the dump's, all or nothing. */
  restore(from: string, manifest: BackupManifest): Promise<void>
}

/** The engine for DATABASE_URI, chosen by its scheme as cms/src/db.ts chooses the adapter. */
export function databaseEngine(uri: string): DatabaseEngine {
  const scheme = uri.split(':', 1)[0]?.toLowerCase()
  switch (scheme) {
    case 'file':
      return sqliteEngine(uri)
    case 'postgres':
    case 'postgresql':
      return postgresEngine(uri)
    case 'libsql':
      throw new BackupError(
        "DATABASE_URI: a remote libsql database cannot be backed up by these commands; use its provider's backups.",
      )
    case 'mongodb':
    case 'mongodb+srv':
      throw new BackupError(
        'DATABASE_URI: MongoDB is not supported by npm run backup / restore. Back it up with mongodump ' +
          '(and restore with mongorestore), and copy the uploads folder (data/media) beside it.',
      )
    default:
      throw new BackupError(`DATABASE_URI: unsupported scheme "${scheme}:". Use file:… (SQLite) or postgres://….`)
  }
}

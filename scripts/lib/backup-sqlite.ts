import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// The SQLite library the CMS itself opens the database with (through @libsql/client), used directly
// for its synchronous, single-connection API: ATTACH and a transaction must share one connection.
import Database from 'libsql'

import { errorMessage } from '@toolkit/contract/errors'

import { BackupError, type BackupManifest, countDifferences } from './backup-manifest'
import type { DatabaseEngine, DumpResult } from './backup-database'

type Connection = InstanceType<typeof Database>

const MIGRATIONS_TABLE = 'payload_migrations'
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/** SQLite's own check of a database file: 'ok', or what it found wrong. */
const integrity = (db: Connection) =>
  String((db.prepare('PRAGMA integrity_check').get() as { integrity_check: unknown }).integrity_check)

/** The file a libsql `file:` DATABASE_URI names (file:/abs/path, file:///abs/path or file:relative). */
export function sqliteFile(uri: string): string {
  const rest = uri.slice('file:'.length).split('?')[0]!
  const file = rest.startsWith('//') ? decodeURIComponent(new URL(uri.split('?')[0]!).pathname) : rest
  if (!file) throw new BackupError('DATABASE_URI: file: names no file.')
  return path.resolve(file)
}

function open(file: string): Connection {
  const db = new Database(file)
  // The CMS may be writing: wait for its write to finish instead of failing at once.
  db.exec('PRAGMA busy_timeout = 15000')
  return db
}

function tablesOf(db: Connection, schema = 'main'): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((row) => row.name)
}

function countRows(db: Connection, schema = 'main'): Record<string, number> {
  return Object.fromEntries(
    tablesOf(db, schema).map((table) => [
      table,
      Number((db.prepare(`SELECT count(*) AS n FROM ${schema}.${quote(table)}`).get() as { n: number }).n),
    ]),
  )
}

function latestMigration(db: Connection): string | null {
  if (!tablesOf(db).includes(MIGRATIONS_TABLE)) return null
  const row = db
    .prepare(`SELECT name FROM ${MIGRATIONS_TABLE} WHERE name <> 'dev' ORDER BY name DESC LIMIT 1`)
    .get() as { name: string } | undefined
  return row?.name ?? null
}

export function sqliteEngine(uri: string): DatabaseEngine {
  const file = sqliteFile(uri)
  return {
    kind: 'sqlite',
    dumpFile: 'database.sqlite',
    describe: () => file,

    async dump(to: string): Promise<DumpResult> {
      if (!fs.existsSync(file)) throw new BackupError(`DATABASE_URI names ${file}, which does not exist.`)
      const db = open(file)
      try {
        // VACUUM INTO writes a consistent copy from one read transaction: the CMS keeps writing
        // (write-ahead log) while it runs, and nothing it writes meanwhile is half in the copy.
        db.prepare('VACUUM INTO ?').run(to)
      } finally {
        db.close()
      }
      const copy = open(to)
      try {
        // One self-contained file, with no write-ahead log beside it.
        copy.exec('PRAGMA journal_mode = DELETE')
        const check = integrity(copy)
        if (check !== 'ok') throw new BackupError(`The copy of ${file} failed SQLite's integrity check: ${check}`)
        return { tables: countRows(copy), migration: latestMigration(copy), tool: `SQLite VACUUM INTO (libsql)` }
      } finally {
        copy.close()
      }
    },

    async tablesWithContent(): Promise<string[]> {
      if (!fs.existsSync(file)) return []
      const db = open(file)
      try {
        const counts = countRows(db)
        return Object.keys(counts).filter((table) => table !== MIGRATIONS_TABLE && counts[table]! > 0)
      } finally {
        db.close()
      }
    },

    async restore(from: string, manifest: BackupManifest): Promise<void> {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      // A private copy to attach: opening the backup's own file could leave a journal beside it.
      const staged = `${file}.restoring-${crypto.randomBytes(4).toString('hex')}`
      fs.copyFileSync(from, staged)
      try {
        const source = open(staged)
        try {
          const check = integrity(source)
          if (check !== 'ok') throw new BackupError(`${from} failed SQLite's integrity check: ${check}`)
          const differences = countDifferences(countRows(source), manifest.tables)
          if (differences.length > 0) {
            throw new BackupError(`${from} does not hold the rows its manifest lists (${differences.join('; ')}).`)
          }
        } finally {
          source.close()
        }
        replaceContent(file, staged, manifest)
      } finally {
        for (const leftover of [staged, `${staged}-journal`, `${staged}-wal`, `${staged}-shm`]) {
          fs.rmSync(leftover, { force: true })
        }
      }
    },
  }
}

/**
 * Replaces every table of the target with the backup's, in ONE transaction on the target itself:
 * a failure rolls back and leaves the database exactly as it was, and a CMS that has the file open
 * sees either the old content or the restored one, never a half-restored file (which replacing
 * the file under it, with its write-ahead log, could give).
 */
function replaceContent(file: string, staged: string, manifest: BackupManifest): void {
  const db = open(file)
  try {
    db.exec('PRAGMA foreign_keys = OFF') // rows are copied table by table; references hold at the end
    db.prepare('ATTACH DATABASE ? AS backup').run(staged)
    db.exec('BEGIN IMMEDIATE')
    try {
      const existing = db
        .prepare(
          `SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'view')`,
        )
        .all() as { type: 'table' | 'view'; name: string }[]
      // Dropping a table drops its indexes and triggers with it.
      for (const { type, name } of existing) db.exec(`DROP ${type.toUpperCase()} IF EXISTS main.${quote(name)}`)
      const schema = db
        .prepare(
          `SELECT type, name, sql FROM backup.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
           ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid`,
        )
        .all() as { type: string; name: string; sql: string }[]
      for (const { type, name, sql } of schema) {
        db.exec(sql)
        if (type === 'table') db.exec(`INSERT INTO main.${quote(name)} SELECT * FROM backup.${quote(name)}`)
      }
      if (hasSequenceTable(db, 'backup')) {
        db.exec('DELETE FROM main.sqlite_sequence')
        db.exec('INSERT INTO main.sqlite_sequence SELECT * FROM backup.sqlite_sequence')
      }
      const differences = countDifferences(countRows(db), manifest.tables)
      if (differences.length > 0)
        throw new BackupError(`The restored database differs from the manifest (${differences.join('; ')}).`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error instanceof BackupError
        ? error
        : new BackupError(`Restoring into ${file} failed: ${errorMessage(error)}`)
    }
  } finally {
    try {
      db.exec('DETACH DATABASE backup')
    } catch {
      // not attached: the failure happened before
    }
    db.close()
  }
}

const hasSequenceTable = (db: Connection, schema: string) =>
  Boolean(db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE name = 'sqlite_sequence'`).get())

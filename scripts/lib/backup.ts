import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Migration } from 'payload'

import { migrations as postgresMigrations } from '../../cms/src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../cms/src/migrations/sqlite'
import { databaseEngine } from './backup-database'
import {
  BackupError,
  type BackupManifest,
  type DatabaseKind,
  describeFile,
  isMediaEntry,
  listFiles,
  type ManifestFiles,
  MEDIA_FOLDER,
  mediaEntry,
  newManifest,
  verifyBackup,
  writeManifest,
} from './backup-manifest'

export { BackupError }

/** A collection and the table that holds it (and `_<table>_v`, its saved versions, when it has them). */
export interface CollectionTable {
  slug: string
  table: string
}

export interface BackupOptions {
  /** DATABASE_URI */
  uri: string
  mediaDir: string
  /** The folder that receives the new backup directory. */
  outDir: string
  collections: CollectionTable[]
}

/** backup-2026-11-30T22-30-00Z: sorts by time, and has no character a file system refuses. */
const backupName = (at: Date) =>
  `backup-${at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}`

/**
 * Writes one backup directory: the database dump first, then the uploads, then the manifest. It is
 * built under a hidden name and renamed when complete, so an interrupted backup never looks like one.
 * An upload added while it runs may be in the backup without its row (harmless); the dump is
 * taken first so that every row it has finds its file.
 */
export async function createBackup(options: BackupOptions): Promise<{ dir: string; manifest: BackupManifest }> {
  const engine = databaseEngine(options.uri)
  const createdAt = new Date()
  const name = backupName(createdAt)
  try {
    fs.mkdirSync(options.outDir, { recursive: true })
  } catch (error) {
    throw new BackupError(`--out ${options.outDir}: the folder cannot be created (${(error as Error).message}).`)
  }
  const partial = fs.mkdtempSync(path.join(options.outDir, `.${name}.partial-`))
  try {
    const files: ManifestFiles = {}
    const dump = await engine.dump(path.join(partial, engine.dumpFile))
    files[engine.dumpFile] = await describeFile(partial, engine.dumpFile)
    for (const relative of listFiles(options.mediaDir)) {
      const entry = mediaEntry(relative)
      const target = path.join(partial, ...entry.split('/'))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(options.mediaDir, relative), target)
      files[entry] = await describeFile(partial, entry)
    }
    const collections: BackupManifest['collections'] = {}
    for (const { slug, table } of options.collections) {
      const documents = dump.tables[table]
      if (documents === undefined) continue
      const versions = dump.tables[`_${table}_v`]
      collections[slug] = versions === undefined ? { documents } : { documents, versions }
    }
    writeManifest(
      partial,
      newManifest({
        createdAt: createdAt.toISOString(),
        database: { kind: engine.kind, file: engine.dumpFile, migration: dump.migration, tool: dump.tool },
        collections,
        tables: dump.tables,
        files,
      }),
    )
    const dir = freeName(path.join(options.outDir, name))
    fs.renameSync(partial, dir)
    return { dir, manifest: await verifyBackup(dir) }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/** The path itself, or with -2, -3… when two backups start within the same second. */
function freeName(wanted: string): string {
  let candidate = wanted
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${wanted}-${n}`
  return candidate
}

const knownMigrations: Record<DatabaseKind, string[]> = {
  sqlite: (sqliteMigrations as unknown as Migration[]).map((migration) => migration.name),
  postgres: (postgresMigrations as unknown as Migration[]).map((migration) => migration.name),
}

export interface RestoreOptions {
  /** The backup directory. */
  dir: string
  uri: string
  mediaDir: string
  /** Replace a database or uploads folder that already has content. */
  force: boolean
}

/**
 * Restores a backup: first proves it whole (manifest and every checksum) and the target right for
 * it, changing nothing until then; then copies the uploads beside the uploads folder, replaces the
 * database's content in one transaction, and only then swaps the uploads folder in. A failure up
 * to the database's commit leaves database and uploads as they were.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const manifest = await verifyBackup(options.dir)
  const engine = databaseEngine(options.uri)
  if (manifest.database.kind !== engine.kind) {
    throw new BackupError(
      `${options.dir} is a ${manifest.database.kind} backup but DATABASE_URI is ${engine.kind}: restore it into a ${manifest.database.kind} database (moving content between databases goes through npm run export and npm run seed -- --from-snapshot, published documents only).`,
    )
  }
  const migration = manifest.database.migration
  if (migration && !knownMigrations[engine.kind].includes(migration)) {
    throw new BackupError(
      `${options.dir} was taken by a newer version of the toolkit (its database has migration ${migration}, which this version does not know): restore it with that version.`,
    )
  }
  if (!options.force) {
    const tables = await engine.tablesWithContent()
    const uploads = listFiles(options.mediaDir)
    if (tables.length > 0 || uploads.length > 0) {
      const what = [
        tables.length > 0
          ? `${engine.describe()} has content (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})`
          : '',
        uploads.length > 0 ? `${options.mediaDir} has ${uploads.length} files` : '',
      ].filter(Boolean)
      throw new BackupError(`${what.join(' and ')}. Restoring replaces it all: run again with --force to do that.`)
    }
  }

  const suffix = crypto.randomBytes(4).toString('hex')
  const staged = `${options.mediaDir}.restoring-${suffix}`
  fs.mkdirSync(staged, { recursive: true })
  try {
    for (const entry of Object.keys(manifest.files).filter(isMediaEntry)) {
      const target = path.join(staged, ...entry.slice(MEDIA_FOLDER.length + 1).split('/'))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(options.dir, ...entry.split('/')), target)
    }
    await engine.restore(path.join(options.dir, ...manifest.database.file.split('/')), manifest)
  } catch (error) {
    fs.rmSync(staged, { recursive: true, force: true })
    throw error
  }
  swapIn(staged, options.mediaDir, suffix)
  return manifest
}

/** Puts the restored uploads folder in place of the current one with two renames. */
function swapIn(staged: string, mediaDir: string, suffix: string): void {
  if (!fs.existsSync(mediaDir)) {
    fs.renameSync(staged, mediaDir)
    return
  }
  const previous = `${mediaDir}.before-restore-${suffix}`
  fs.renameSync(mediaDir, previous)
  try {
    fs.renameSync(staged, mediaDir)
  } catch (error) {
    fs.renameSync(previous, mediaDir)
    throw new BackupError(
      `The database was restored but ${mediaDir} could not be replaced (${(error as Error).message}); the restored uploads are in ${staged}.`,
      true,
    )
  }
  fs.rmSync(previous, { recursive: true, force: true })
}

/** One line per collection for the person who ran the command. */
export function describeManifest(manifest: BackupManifest): string {
  const uploads = Object.keys(manifest.files).filter(isMediaEntry).length
  const collections = Object.entries(manifest.collections)
    .filter(([, count]) => count.documents > 0)
    .map(([slug, count]) => `${slug} ${count.documents}${count.versions ? ` (${count.versions} versions)` : ''}`)
  return [
    `${manifest.database.kind} database, migration ${manifest.database.migration ?? '(none)'}, taken ${manifest.createdAt}`,
    `${collections.join(', ') || 'no documents'}; ${uploads} upload files`,
  ].join('\n')
}

/** Wrong arguments: the usage is printed and nothing runs (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * Writes the last words of a command, then exits. process.exit right after console.log lost the
 * text when stdout was a pipe that a logger had made non-blocking (a test saw exit code 0 and no
 * "Backup written to" line).
 */
export function exitAfterWriting(stream: NodeJS.WriteStream, text: string, code: number): void {
  stream.write(`${text}\n`, () => process.exit(code))
}

/**
 * Runs a backup or restore command's work and treats an end with nothing left to wait for as a
 * failure: two CI runs saw "npm run backup" exit 0 without printing or writing anything, which a
 * nightly cron would take for success.
 */
export function runToTheEnd<T>(command: string, unfinished: string, work: () => Promise<T>): Promise<T> {
  let settled = false
  process.on('beforeExit', () => {
    if (settled) return
    process.stderr.write(`${command} stopped before it finished (nothing was left to wait for). ${unfinished}\n`)
    process.exit(1)
  })
  return work().finally(() => (settled = true))
}

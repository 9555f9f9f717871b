import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { z } from 'zod'

import { errorMessage } from '@toolkit/contract/errors'

/**
 * A backup is one directory: the database dump, the uploads under media/, and manifest.json, which
 * is written last. Every file is listed in the manifest with its size and SHA-256, so a restore can
 * prove the backup whole before it changes anything, and a damaged file is named.
 */
export const MANIFEST_FILE = 'manifest.json'
export const MEDIA_FOLDER = 'media'
const FORMAT = 'digiosallisuus-toolkit-backup'

/** A refusal or failure the person running the command can act on: printed without a stack trace. */
export class BackupError extends Error {
  override name = 'BackupError'
  /** True when the database was already replaced (only the uploads folder swap can fail after it). */
  constructor(
    message: string,
    readonly afterDatabaseRestore = false,
  ) {
    super(message)
  }
}

/** A path inside the backup: relative, forward slashes, never leaving the backup directory. */
const relativeFile = z
  .string()
  .min(1)
  .refine(
    (file) =>
      !path.posix.isAbsolute(file) &&
      !file.includes('\\') &&
      path.posix.normalize(file) === file &&
      !file.split('/').includes('..') &&
      file !== MANIFEST_FILE,
    { message: 'is not a plain relative path inside the backup' },
  )

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  database: z.object({
    kind: z.enum(['sqlite', 'postgres']),
    /** The dump's file name in the backup. */
    file: relativeFile,
    /** The newest Payload migration applied when the backup was taken (null: none). */
    migration: z.string().nullable(),
    /** What wrote the dump (e.g. "pg_dump (PostgreSQL) 15.18"). */
    tool: z.string(),
  }),
  /** Documents (and saved versions) per collection, as a person reads the backup. */
  collections: z.record(
    z.string(),
    z.object({ documents: z.number().int().min(0), versions: z.number().int().min(0).optional() }),
  ),
  /** Rows per table: a restore checks the restored database against these. */
  tables: z.record(z.string(), z.number().int().min(0)),
  files: z.record(
    relativeFile,
    z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
})

export type BackupManifest = z.infer<typeof manifestSchema>
export type DatabaseKind = BackupManifest['database']['kind']
export type ManifestFiles = BackupManifest['files']

export function newManifest(fields: Omit<BackupManifest, 'format' | 'version'>): BackupManifest {
  return { format: FORMAT, version: 1, ...fields }
}

export async function sha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

/** Size and checksum of a file already in the backup, under its name in the manifest. */
export async function describeFile(backupDir: string, relative: string): Promise<ManifestFiles[string]> {
  const file = path.join(backupDir, ...relative.split('/'))
  return { bytes: fs.statSync(file).size, sha256: await sha256(file) }
}

/** Writes the manifest last and atomically: a backup without one is incomplete by definition. */
export function writeManifest(backupDir: string, manifest: BackupManifest): void {
  const file = path.join(backupDir, MANIFEST_FILE)
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(`${file}.tmp`, file)
}

/**
 * Reads the manifest and checks every file it lists (present, same size, same SHA-256) before
 * anything is restored. Throws a BackupError that names the first file that is not as listed.
 */
export async function verifyBackup(backupDir: string): Promise<BackupManifest> {
  if (!fs.existsSync(backupDir) || !fs.statSync(backupDir).isDirectory()) {
    throw new BackupError(`${backupDir} is not a directory: give the directory that npm run backup printed.`)
  }
  const manifestFile = path.join(backupDir, MANIFEST_FILE)
  if (!fs.existsSync(manifestFile)) {
    throw new BackupError(`${manifestFile} is missing: ${backupDir} is not a complete backup.`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch (error) {
    throw new BackupError(`${manifestFile} is damaged: it is not valid JSON (${errorMessage(error)}).`)
  }
  const result = manifestSchema.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new BackupError(
      `${manifestFile} is not a backup manifest: ${issue.path.join('.') || '(top)'} ${issue.message}.`,
    )
  }
  const manifest = result.data
  if (!(manifest.database.file in manifest.files)) {
    throw new BackupError(`${manifestFile} does not list the database dump ${manifest.database.file}.`)
  }
  for (const [relative, expected] of Object.entries(manifest.files)) {
    const file = path.join(backupDir, ...relative.split('/'))
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      throw new BackupError(`${file} is missing from the backup.`)
    const bytes = fs.statSync(file).size
    if (bytes !== expected.bytes) {
      throw new BackupError(
        `${file} is damaged or truncated: it has ${bytes} bytes, the manifest says ${expected.bytes}.`,
      )
    }
    if ((await sha256(file)) !== expected.sha256) {
      throw new BackupError(`${file} is damaged: its SHA-256 checksum differs from the manifest's.`)
    }
  }
  return manifest
}

/** Where the backup keeps each upload (media/<path>), and back: one rule for both directions. */
export const mediaEntry = (relativeToMediaDir: string) =>
  `${MEDIA_FOLDER}/${relativeToMediaDir.split(path.sep).join('/')}`

export const isMediaEntry = (relative: string) => relative.startsWith(`${MEDIA_FOLDER}/`)

/** Every file under a directory, as paths relative to it (none when it does not exist). */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Tables whose rows differ from what the manifest lists, as "table: n rows, expected m". */
export function countDifferences(actual: Record<string, number>, expected: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort()
  return tables
    .filter((table) => actual[table] !== expected[table])
    .map((table) => `${table}: ${actual[table] ?? 'no table'}, expected ${expected[table] ?? 'no table'}`)
}

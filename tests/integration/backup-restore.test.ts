import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import Database from 'libsql'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '../../cms/src/paths'
import { startPayload } from '../../scripts/lib/payload'
import { type Account, type BackupFacts, backupFacts } from '../helpers/backup-facts'
import { minimalDocument } from '../helpers/documents'
import { blackPng } from '../helpers/png'
import { richTextWithUpload } from '../helpers/rich-text'
import { runTask, type TaskRun } from '../helpers/tasks'

// npm run backup while the CMS runs and writes, then npm run restore into an empty database and
// uploads folder: everything is there again (published content, drafts, versions, users who can
// sign in, a queued scheduled publish, byte-identical uploads). Runs on SQLite, and on PostgreSQL
// in the integration-postgres project (setup.ts / postgres-setup.ts choose DATABASE_URI).
const accounts: Account[] = [
  { email: 'paakayttaja@example.org', password: 'salasana-paakayttaja-1', role: 'admin' },
  { email: 'toimittaja@example.org', password: 'salasana-toimittaja-1', role: 'editor' },
  { email: 'avustaja@example.org', password: 'salasana-avustaja-1', role: 'contributor' },
]

let payload: Payload
let documentId: number | string
let before: BackupFacts
let backupDir: string
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-backup-test-'))
const isPostgres = () => /^postgres(ql)?:/.test(process.env.DATABASE_URI!)

/** A database with nothing in it and an empty data folder, as on a new host. */
async function emptyTarget(): Promise<{ env: Record<string, string>; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(scratch, 'target-'))
  if (!isPostgres())
    return { dataDir, env: { TOOLKIT_DATA_DIR: dataDir, DATABASE_URI: `file:${path.join(dataDir, 'payload.db')}` } }
  const database = `restore_${crypto.randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${database}`)
  } finally {
    await client.end()
  }
  const uri = new URL(process.env.DATABASE_URI!)
  uri.pathname = `/${database}`
  return { dataDir, env: { TOOLKIT_DATA_DIR: dataDir, DATABASE_URI: uri.href } }
}

/** Whether a target database is still untouched: no file, or no tables. */
async function targetIsEmpty(env: Record<string, string>): Promise<boolean> {
  if (!isPostgres()) return !fs.existsSync(env.DATABASE_URI!.slice('file:'.length))
  const client = new pg.Client({ connectionString: env.DATABASE_URI })
  await client.connect()
  try {
    const result = await client.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    )
    return Number(result.rows[0].n) === 0
  } finally {
    await client.end()
  }
}

/** backupFacts read by a CMS started on the restored database, in a process of its own. */
function factsOf(env: Record<string, string>): BackupFacts {
  const input = path.join(scratch, `facts-input-${crypto.randomBytes(4).toString('hex')}.json`)
  const output = `${input}.out`
  fs.writeFileSync(input, JSON.stringify({ accounts, documentId }))
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/backup-facts-cli.ts', output, input], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(fs.readFileSync(output, 'utf8')) as BackupFacts
}

const restore = (backup: string, env: Record<string, string>, ...flags: string[]) =>
  runTask(['restore', backup, ...flags], env)

const output = (run: TaskRun) => `${run.stdout}\n${run.stderr}`

beforeAll(async () => {
  payload = await startPayload()
  for (const account of accounts) await payload.create({ collection: 'users', data: account })
  const png = blackPng(64, 48)
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Musta kuva' },
    file: { data: png, name: 'musta.png', mimetype: 'image/png', size: png.length },
  })
  const published = await payload.create({
    collection: 'components',
    data: { ...minimalDocument.components(1), body: richTextWithUpload(image.id), _status: 'published' } as never,
  })
  documentId = published.id
  // Several versions: two more published saves, then a newer draft over the published one.
  await payload.update({ collection: 'components', id: documentId, data: { summary: 'Toinen versio.' } })
  await payload.update({ collection: 'components', id: documentId, data: { summary: 'Kolmas versio.' } })
  await payload.update({
    collection: 'components',
    id: documentId,
    draft: true,
    data: { title: 'Keskeneräinen luonnos' },
  })
  // A scheduled publish of the draft, a day from now: a payload-jobs document that must stay queued.
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 24 * 60 * 60 * 1000),
    input: { type: 'publish', doc: { relationTo: 'components', value: documentId } },
  })
  before = await backupFacts(payload, accounts, documentId)
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(scratch, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('the set-up has what a backup must carry: a published document with a newer draft, versions, users, a job, uploads', () => {
    expect(before.published.title).toBe('Osa 1')
    expect(before.draft).toEqual({ status: 'draft', title: 'Keskeneräinen luonnos' })
    expect(before.versions.length).toBeGreaterThanOrEqual(4)
    expect(before.signIns.map((user) => user.role)).toEqual(['admin', 'editor', 'contributor'])
    expect(before.jobs).toMatchObject([{ taskSlug: 'schedulePublish', completedAt: null }])
    expect(before.snapshot.media).toHaveLength(1)
    expect(Object.keys(before.uploads).length).toBeGreaterThanOrEqual(2) // the PNG and its renditions
  })

  it('backs up while the CMS is running and writing', async () => {
    // A reader that stays in one read transaction, as npm start's site build does while it reads:
    // SQLite cannot fold the CMS's writes after it into the database file, so they stay in the
    // write-ahead log, where a plain copy of the file would miss them.
    const reader = isPostgres() ? null : new Database(process.env.DATABASE_URI!.slice('file:'.length))
    reader?.exec('BEGIN')
    reader?.prepare('SELECT count(*) FROM users').get()
    const busy = await payload.create({
      collection: 'components',
      draft: true,
      data: { ...minimalDocument.components(2), _status: 'draft' },
    })
    const versionsBefore = (await payload.countVersions({ collection: 'components' })).totalDocs
    let running = true
    let saves = 0
    const writer = (async () => {
      while (running) {
        await payload.update({
          collection: 'components',
          id: busy.id,
          draft: true,
          data: { summary: `Tallennus ${saves++}` },
        })
        // SQLite's client answers without a turn of the event loop: let the backup's exit be seen.
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    })()
    const run = await runTask(['backup', '--out', path.join(scratch, 'backups')], {})
    running = false
    await writer
    reader?.exec('COMMIT')
    reader?.close()
    expect(run.code, output(run)).toBe(0)
    backupDir = /Backup written to (.+)/.exec(run.stdout)![1]!.trim()
    expect(saves).toBeGreaterThan(0)

    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
    expect(manifest.database.kind).toBe(isPostgres() ? 'postgres' : 'sqlite')
    expect(manifest.database.migration).toMatch(/^\d{8}_\d{6}_/)
    expect(manifest.collections.users.documents).toBe(3)
    expect(manifest.collections.components.documents).toBe(2)
    // Every version saved before the backup started is in it, and the dump and its counts agree
    // (restore checks them) even though saves went on during the backup.
    expect(manifest.collections.components.versions).toBeGreaterThanOrEqual(versionsBefore)
    expect(manifest.collections['payload-jobs'].documents).toBe(1)
    const uploads = Object.keys(manifest.files).filter((file) => file.startsWith('media/'))
    expect(uploads.sort()).toEqual(
      Object.keys(before.uploads)
        .map((file) => `media/${file}`)
        .sort(),
    )
    for (const [file, { sha256 }] of Object.entries(manifest.files) as [string, { sha256: string }][]) {
      const hash = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(backupDir, file)))
        .digest('hex')
      expect(hash, file).toBe(sha256)
    }
  })

  it('restores everything into an empty database and uploads folder', async () => {
    const target = await emptyTarget()
    const run = await restore(backupDir, target.env)
    expect(run.code, output(run)).toBe(0)
    const after = factsOf(target.env)
    expect(after).toEqual(JSON.parse(JSON.stringify(before)))
    // Byte for byte, not only the same names.
    for (const file of Object.keys(before.uploads)) {
      expect(
        fs.readFileSync(path.join(target.dataDir, 'media', file)).equals(fs.readFileSync(path.join(mediaDir, file))),
        file,
      ).toBe(true)
    }
  })

  it('refuses a damaged or truncated backup, names the file, and changes nothing', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
    const upload = Object.keys(manifest.files).find((file) => file.startsWith('media/'))!
    const damage: [string, (file: string) => void][] = [
      [manifest.database.file, (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
      [
        upload,
        (file) => {
          const bytes = fs.readFileSync(file)
          bytes[bytes.length - 1] ^= 0xff
          fs.writeFileSync(file, bytes)
        },
      ],
      ['manifest.json', (file) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 100))],
    ]
    for (const [file, harm] of damage) {
      const copy = fs.mkdtempSync(path.join(scratch, 'damaged-'))
      fs.cpSync(backupDir, copy, { recursive: true })
      harm(path.join(copy, file))
      const target = await emptyTarget()
      const run = await restore(copy, target.env)
      expect(run.code, output(run)).toBe(1)
      expect(run.stderr).toContain(path.join(copy, file))
      expect(run.stderr).not.toMatch(/\n\s+at /) // a message, not a stack trace
      expect(await targetIsEmpty(target.env), file).toBe(true)
      expect(fs.existsSync(path.join(target.dataDir, 'media')), file).toBe(false)
    }
  })

  it('refuses to restore over a database with content without --force, and replaces it with --force', async () => {
    const versions = (await payload.countVersions({ collection: 'components' })).totalDocs
    const refused = await restore(backupDir, {})
    expect(refused.code, output(refused)).toBe(1)
    expect(refused.stderr).toContain('--force')
    expect((await payload.countVersions({ collection: 'components' })).totalDocs).toBe(versions)

    // With --force, over the database the running CMS has open: the content is the backup's.
    await payload.update({ collection: 'components', id: documentId, draft: true, data: { title: 'Myöhempi luonnos' } })
    const forced = await restore(backupDir, {}, '--force')
    expect(forced.code, output(forced)).toBe(0)
    const draft = await payload.findByID({ collection: 'components', id: documentId, draft: true })
    expect(draft.title).toBe('Keskeneräinen luonnos')
  })

  it('runs nothing on a wrong argument', async () => {
    for (const args of [[], ['a', 'b'], [backupDir, '--forse']]) {
      const run = await runTask(['restore', ...args], {})
      expect(run.code, output(run)).toBe(2)
      expect(run.stderr).toContain('Usage: npm run restore')
    }
    const backup = await runTask(['backup', '--output', scratch], {})
    expect(backup.code, output(backup)).toBe(2)
  })
})

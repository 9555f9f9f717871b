import { spawn } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'

import { errorMessage } from '@toolkit/contract/errors'

import type { DatabaseEngine, DumpResult } from './backup-database'
import { BackupError, type BackupManifest, countDifferences } from './backup-manifest'

const MIGRATIONS_TABLE = 'payload_migrations'
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * How pg_dump and pg_restore reach the database: the address without its password on the command
 * line (where `ps` shows it to every user), the password in PGPASSWORD.
 */
export function clientConnection(uri: string): { dbname: string; env: Record<string, string> } {
  let url: URL
  try {
    url = new URL(uri)
  } catch {
    throw new BackupError('DATABASE_URI is not a valid postgres:// address.')
  }
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { dbname: url.href, env: password ? { PGPASSWORD: password } : {} }
}

/** The password-free address, for messages. */
const describeUri = (uri: string) => clientConnection(uri).dbname

/** Debian's client (/usr/bin/pg_dump picks the newest installed version), or the one in PG_BIN. */
const tool = (name: 'pg_dump' | 'pg_restore') => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name)

interface ToolRun {
  stdout: string
  stderr: string
}

function runTool(name: 'pg_dump' | 'pg_restore', args: string[], env: Record<string, string> = {}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool(name), args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${tool(name)} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client) or set PG_BIN to their folder.`
            : `${tool(name)} could not be run: ${error.message}`,
        ),
      ),
    )
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr })
      else
        reject(new BackupError(`${name} failed (exit code ${code}): ${stderr.trim().split('\n').slice(-5).join('\n')}`))
    })
  })
}

/** The major version of a PostgreSQL tool ("pg_dump (PostgreSQL) 15.18 (Debian …)" → 15). */
export function toolMajorVersion(versionLine: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine)
  return match ? Number(match[1]) : null
}

async function connect(uri: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(`DATABASE_URI: cannot connect to ${describeUri(uri)} (${errorMessage(error)}).`)
  }
  return client
}

async function tables(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY 1, 2`,
  )
  return result.rows.map((row) => (row.schema === 'public' ? row.name : `${row.schema}.${row.name}`))
}

const qualified = (table: string) => table.split('.').map(quote).join('.')

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of await tables(client)) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`)
    counts[table] = Number(result.rows[0]!.n)
  }
  return counts
}

async function latestMigration(client: pg.Client, known: string[]): Promise<string | null> {
  if (!known.includes(MIGRATIONS_TABLE)) return null
  const result = await client.query<{ name: string }>(
    `SELECT name FROM ${MIGRATIONS_TABLE} WHERE name <> 'dev' ORDER BY name DESC LIMIT 1`,
  )
  return result.rows[0]?.name ?? null
}

export function postgresEngine(uri: string): DatabaseEngine {
  const { dbname, env } = clientConnection(uri)
  return {
    kind: 'postgres',
    dumpFile: 'database.pgdump',
    describe: () => dbname,

    async dump(to: string): Promise<DumpResult> {
      const version = (await runTool('pg_dump', ['--version'])).stdout.trim()
      const client = await connect(uri)
      try {
        const server = Number(
          (await client.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]!.server_version_num,
        )
        const serverMajor = Math.floor(server / 10000)
        const clientMajor = toolMajorVersion(version)
        if (clientMajor !== null && clientMajor < serverMajor) {
          throw new BackupError(
            `${tool('pg_dump')} is version ${clientMajor} but the server is PostgreSQL ${serverMajor}: pg_dump must be at least the server's major version. Install a newer postgresql-client (or set PG_BIN).`,
          )
        }
        // One snapshot for the counts and the dump: pg_dump reads exactly what was counted, even
        // while the CMS writes.
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id
        const counts = await countRows(client)
        const migration = await latestMigration(client, Object.keys(counts))
        await runTool(
          'pg_dump',
          ['--format=custom', `--snapshot=${snapshot}`, `--file=${to}`, `--dbname=${dbname}`],
          env,
        )
        await client.query('COMMIT')
        return { tables: counts, migration, tool: version }
      } finally {
        await client.end()
      }
    },

    async tablesWithContent(): Promise<string[]> {
      const client = await connect(uri)
      try {
        const counts = await countRows(client)
        return Object.keys(counts).filter((table) => table !== MIGRATIONS_TABLE && counts[table]! > 0)
      } finally {
        await client.end()
      }
    },

    async restore(from: string, manifest: BackupManifest): Promise<void> {
      const client = await connect(uri)
      try {
        // pg_restore --clean replaces the backup's tables; a table the backup does not have would
        // stay behind and clash with the migrations later.
        const extra = (await tables(client)).filter((table) => !(table in manifest.tables))
        if (extra.length > 0) {
          throw new BackupError(
            `${dbname} has tables the backup does not (${extra.join(', ')}): restore into an empty database instead.`,
          )
        }
        // One transaction: on any error pg_restore stops and the database is as it was.
        await runTool(
          'pg_restore',
          [
            '--single-transaction',
            '--exit-on-error',
            '--clean',
            '--if-exists',
            '--no-owner',
            '--no-acl',
            `--dbname=${dbname}`,
            from,
          ],
          env,
        )
        const differences = countDifferences(await countRows(client), manifest.tables)
        if (differences.length > 0) {
          throw new BackupError(
            `The restored database ${dbname} differs from the manifest (${differences.join('; ')}).`,
          )
        }
      } finally {
        await client.end()
      }
    },
  }
}

import fs from 'node:fs'
import type { BasePayload, Endpoint, PayloadHandler } from 'payload'

import { logEvent } from '../operationalLog'
import { siteBuildHook } from '../hooks/siteBuild'

/**
 * GET (and HEAD) /api/health, for a host's health check and an operator's look:
 *
 * - `database`: a trivial real query answers within CHECK_TIMEOUT_MS;
 * - `migrations`: every migration committed for this database (the directory cms/src/db.ts gives
 *   the adapter) is recorded in Payload's `payload_migrations` as applied; MongoDB has no
 *   migrations here, so it is `unknown` rather than a claim;
 * - `buildHook`: whether a build hook is set, whether changes wait for it, and how this process's
 *   last call went (each instance knows only its own calls).
 *
 * 200 when the database answers and no migration is pending, otherwise 503 with `failing` naming
 * the checks. A failing build hook does not fail the check: restarting the CMS would not mend
 * Netlify. The answer never carries a URI, the hook's URL (it holds a token), an error message or
 * a stack, and is never cached (`no-store`; the read cache keeps only content routes).
 */

/** A host's health check must get an answer even when the database hangs. */
export const CHECK_TIMEOUT_MS = 2_000

type CheckStatus = 'ok' | 'failing' | 'unknown'

interface DatabaseCheck {
  status: CheckStatus
  adapter: string
  ms?: number
  reason?: string
}

interface MigrationsCheck {
  status: CheckStatus
  committed?: number
  applied?: number
  /** Committed migrations the database has not applied: run `npm run migrate -w cms`. */
  pending?: string[]
  /** Applied migrations this code does not have (the database is newer than the code). */
  unknownToThisCode?: string[]
  reason?: string
}

interface BuildHookCheck {
  configured: boolean
  pending: boolean
  last: { at: string; ok: boolean; status?: number; failure?: string } | null
}

export interface Health {
  status: 'ok' | 'failing'
  failing: string[]
  checks: { database: DatabaseCheck; migrations: MigrationsCheck; buildHook: BuildHookCheck }
}

class TimedOut extends Error {}

/** Settles with the promise, or rejects with TimedOut after ms (the promise itself runs on). */
async function within<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimedOut()), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

const failureReason = (error: unknown, what: string) =>
  error instanceof TimedOut ? `no answer within ${CHECK_TIMEOUT_MS} ms` : `${what} failed`

type SqlAdapter = { execute(args: { drizzle: unknown; raw: string }): Promise<unknown>; drizzle: unknown }
type MongoAdapter = { connection?: { db?: { command(command: object): Promise<unknown> } } }

async function checkDatabase(payload: BasePayload): Promise<DatabaseCheck> {
  const adapter = payload.db.name
  const started = performance.now()
  try {
    await within(CHECK_TIMEOUT_MS, async () => {
      if (adapter === 'mongoose') {
        const db = (payload.db as unknown as MongoAdapter).connection?.db
        if (!db) throw new Error('not connected')
        await db.command({ ping: 1 })
      } else {
        const sql = payload.db as unknown as SqlAdapter
        await sql.execute({ drizzle: sql.drizzle, raw: 'SELECT 1' })
      }
    })
    return { status: 'ok', adapter, ms: Math.round(performance.now() - started) }
  } catch (error) {
    return { status: 'failing', adapter, reason: failureReason(error, 'the query') }
  }
}

/** The migration names committed for this adapter, as Payload's `migrate` reads them. */
function committedMigrations(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /\.(ts|js)$/.test(file) && !/^index\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => file.replace(/\.(ts|js)$/, ''))
    .sort()
}

async function checkMigrations(payload: BasePayload): Promise<MigrationsCheck> {
  if (payload.db.name === 'mongoose') return { status: 'unknown', reason: 'MongoDB has no migrations in this project' }
  let committed: string[]
  try {
    committed = committedMigrations(payload.db.migrationDir)
  } catch {
    return { status: 'unknown', reason: 'the migration files could not be read' }
  }
  let applied: string[]
  try {
    const found = await within(CHECK_TIMEOUT_MS, () =>
      payload.find({
        collection: 'payload-migrations',
        where: { batch: { not_equals: -1 } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
    )
    applied = found.docs.map((doc) => String((doc as { name?: unknown }).name))
  } catch (error) {
    return {
      status: 'failing',
      committed: committed.length,
      reason: failureReason(error, 'reading the applied migrations'),
    }
  }
  const pending = committed.filter((name) => !applied.includes(name))
  const unknownToThisCode = applied.filter((name) => !committed.includes(name))
  return {
    status: pending.length === 0 ? 'ok' : 'failing',
    committed: committed.length,
    applied: applied.length,
    ...(pending.length > 0 && { pending }),
    ...(unknownToThisCode.length > 0 && { unknownToThisCode }),
  }
}

function checkBuildHook(): BuildHookCheck {
  const last = siteBuildHook.last()
  return {
    configured: siteBuildHook.configured(),
    pending: siteBuildHook.pending(),
    // Field by field: the request's reasons and anything added later stay out of a public answer.
    last: last && { at: last.at, ok: last.ok, status: last.status, failure: last.failure },
  }
}

export async function checkHealth(payload: BasePayload): Promise<Health> {
  const database = await checkDatabase(payload)
  const migrations: MigrationsCheck =
    database.status === 'ok'
      ? await checkMigrations(payload)
      : { status: 'unknown', reason: 'the database is not reachable' }
  const failing = Object.entries({ database, migrations })
    .filter(([, check]) => check.status === 'failing')
    .map(([name]) => name)
  return {
    status: failing.length === 0 ? 'ok' : 'failing',
    failing,
    checks: { database, migrations, buildHook: checkBuildHook() },
  }
}

// Logged when the verdict changes, not on every probe of a host that checks every few seconds.
let lastFailing = ''

const answerHealth: PayloadHandler = async (req) => {
  const health = await checkHealth(req.payload)
  const failing = health.failing.join(',')
  if (failing !== lastFailing) {
    logEvent(
      req.payload.logger,
      failing ? 'error' : 'info',
      { event: 'health', outcome: failing ? 'failing' : 'recovered', failing: health.failing },
      failing ? `Health check failing: ${failing}` : 'Health check passes again',
    )
    lastFailing = failing
  }
  const init = { status: health.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } }
  // HEAD: the same status and headers, no body.
  return req.method === 'HEAD' ? new Response(null, init) : Response.json(health, init)
}

/** Wired in payload.config.ts. Next.js answers HEAD with the GET route, which Payload matches by method. */
export const healthEndpoints: Endpoint[] = [
  { path: '/health', method: 'get', handler: answerHealth },
  { path: '/health', method: 'head', handler: answerHealth },
]

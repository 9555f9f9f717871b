import { describe, expect, it } from 'vitest'

import { CHECK_TIMEOUT_MS } from '../../cms/src/endpoints/health'
import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'
import { rest } from '../helpers/rest'

// GET /api/health through Payload's own REST handler, as the Next route serves it: what a host's
// health check sees when all is well, when a migration is pending, when the database fails or
// hangs, and after the build hook failed; and that it tells no secret in any of these.
const session = usePayloadWithBuildHook()

const HOOK_TOKEN = '5f0c1e9a7b3d4c2e8f6a0b1c'
const secrets = () => [process.env.DATABASE_URI!, process.env.PAYLOAD_SECRET!, HOOK_TOKEN, 'build_hooks']

function expectNoSecret(text: string) {
  for (const secret of secrets()) expect(text).not.toContain(secret)
  // No stack trace, no error message of a driver.
  expect(text).not.toMatch(/\n\s+at |Error:|SQLITE_|ECONNREFUSED|password=/i)
}

const published = (slug: string) => ({
  collection: 'components' as const,
  data: { title: slug, slug, summary: 'Tiivistelmä', _status: 'published' as const },
})

describe('GET /api/health', () => {
  it('answers 200 with every check when the database is up and migrated, never cached', async () => {
    const answer = await rest('GET', '/api/health')
    expect(answer.status, answer.text).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.body.status).toBe('ok')
    expect(answer.body.failing).toEqual([])
    expect(answer.body.checks.database.status).toBe('ok')
    expect(answer.body.checks.migrations.status).toBe('ok')
    expect(answer.body.checks.migrations.committed).toBeGreaterThan(0)
    expect(answer.body.checks.migrations.applied).toBe(answer.body.checks.migrations.committed)
    expect(answer.body.checks.buildHook).toMatchObject({ configured: true, pending: false })
    expectNoSecret(answer.text)
  })

  it('answers HEAD with the same status and no body', async () => {
    const answer = await rest('HEAD', '/api/health')
    expect(answer.status).toBe(200)
    expect(answer.text).toBe('')
  })

  it('answers 503 naming the migration while one is not applied, and 200 again once it is', async () => {
    const { docs } = await session.payload.find({
      collection: 'payload-migrations',
      sort: '-name',
      limit: 1,
      pagination: false,
    })
    const latest = docs[0] as { id: number | string; name: string; batch: number }
    await session.payload.delete({ collection: 'payload-migrations', id: latest.id })
    try {
      const answer = await rest('GET', '/api/health')
      expect(answer.status).toBe(503)
      expect(answer.body.failing).toEqual(['migrations'])
      expect(answer.body.checks.migrations.pending).toEqual([latest.name])
      expect(answer.body.checks.database.status).toBe('ok')
    } finally {
      await session.payload.create({
        collection: 'payload-migrations',
        data: { name: latest.name, batch: latest.batch },
      })
    }
    expect((await rest('GET', '/api/health')).status).toBe(200)
  })

  it('answers 503 naming the database when its query fails, without the error or the URI', async () => {
    const db = session.payload.db as unknown as { execute: (...args: unknown[]) => Promise<unknown> }
    const execute = db.execute
    db.execute = async () => {
      throw new Error(`connect ECONNREFUSED ${process.env.DATABASE_URI} password=${process.env.PAYLOAD_SECRET}`)
    }
    try {
      const answer = await rest('GET', '/api/health')
      expect(answer.status).toBe(503)
      expect(answer.body.failing).toEqual(['database'])
      expect(answer.body.checks.database.status).toBe('failing')
      expect(answer.body.checks.migrations.status).toBe('unknown')
      expectNoSecret(answer.text)
    } finally {
      db.execute = execute
    }
  })

  it('answers 503 within its timeout when the database hangs', async () => {
    const db = session.payload.db as unknown as { execute: (...args: unknown[]) => Promise<unknown> }
    const execute = db.execute
    db.execute = () => new Promise(() => {})
    try {
      const started = Date.now()
      const answer = await rest('GET', '/api/health')
      expect(answer.status).toBe(503)
      expect(answer.body.checks.database.reason).toMatch(/no answer within/)
      expect(Date.now() - started).toBeLessThan(CHECK_TIMEOUT_MS + 1500)
    } finally {
      db.execute = execute
    }
  })

  it("reports the build hook's last failure in short words, never its URL or token", async () => {
    const hookUrl = new URL(process.env.NETLIFY_BUILD_HOOK_URL!)
    process.env.NETLIFY_BUILD_HOOK_URL = `${hookUrl.origin}/build_hooks/${HOOK_TOKEN}`
    process.env.BUILD_HOOK_RETRIES = '1'
    try {
      session.hook.failNext(2)
      await session.payload.create(published('terveys-epaonnistuu'))
      await siteBuildSettled()
      const failed = await rest('GET', '/api/health')
      // A hook that fails does not fail the health check: restarting the CMS would not mend it.
      expect(failed.status).toBe(200)
      expect(failed.body.checks.buildHook.last).toMatchObject({ ok: false, status: 502, failure: 'HTTP 502' })
      expectNoSecret(failed.text)

      await session.payload.create(published('terveys-onnistuu'))
      await siteBuildSettled()
      const succeeded = await rest('GET', '/api/health')
      expect(succeeded.body.checks.buildHook.last).toMatchObject({ ok: true, status: 200 })
      expect(Object.keys(succeeded.body.checks.buildHook.last).sort()).toEqual(['at', 'ok', 'status'])
    } finally {
      process.env.NETLIFY_BUILD_HOOK_URL = hookUrl.href
      delete process.env.BUILD_HOOK_RETRIES
    }
  })
})

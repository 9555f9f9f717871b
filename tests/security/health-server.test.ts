import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/net'

// GET /api/health on the production CMS server (next build + cms/server.ts, read cache on) as a
// host's health check calls it: never answered from the read cache, so a change in the database
// shows in the very next call; HEAD answers too; nothing secret in the answer.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-health-'))
const HOOK_TOKEN = 'c4a1f7e2b9d84e5fa06b3c2d'
const env = {
  ...process.env,
  TOOLKIT_DATA_DIR: dir,
  DATABASE_URI: `file:${path.join(dir, 'payload.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  // A hook address with a token that no request can reach (fetch refuses port 9 without a connection).
  NETLIFY_BUILD_HOOK_URL: `http://127.0.0.1:9/build_hooks/${HOOK_TOKEN}`,
  READ_CACHE_SECONDS: '60',
}
Object.assign(process.env, env)

let server: { child: ChildProcess; url: string }
// This process keeps the database open beside the server (SQLite in WAL mode, as under npm start).
let payload: Payload

beforeAll(async () => {
  const { startPayload } = await import('../../scripts/lib/payload')
  const { buildAdminIfStale, startCms } = await import('../../scripts/lib/cms-server')
  payload = await startPayload()
  await payload.create({
    collection: 'components',
    data: { title: 'Terve', slug: 'terve', summary: 'Tiivistelmä', _status: 'published' },
  })
  buildAdminIfStale(() => {})
  server = await startCms(await freePort(), env)
}, 600_000)

afterAll(async () => {
  if (server) await (await import('../../scripts/lib/cms-server')).stopCms(server.child)
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

const health = async (method: 'GET' | 'HEAD' = 'GET') => {
  const response = await fetch(`${server.url}/api/health`, { method })
  return { response, text: await response.text() }
}

describe('GET /api/health on the production server', () => {
  it('the read cache is on for content, and never answers the health check', async () => {
    const list = `${server.url}/api/components?depth=0&locale=fi`
    await fetch(list)
    expect((await fetch(list)).headers.get('x-read-cache')).toBe('hit')
    for (let call = 0; call < 3; call++) {
      const { response, text } = await health()
      expect(response.status, text).toBe(200)
      expect(response.headers.get('x-read-cache')).toBeNull()
      expect(response.headers.get('cache-control')).toBe('no-store')
      for (const secret of [dir, env.PAYLOAD_SECRET, HOOK_TOKEN, 'build_hooks']) expect(text).not.toContain(secret)
      expect(JSON.parse(text)).toMatchObject({ status: 'ok', checks: { buildHook: { configured: true } } })
    }
  })

  it('two calls after the database changes both show the change, and the next ones its undoing', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', sort: '-name', limit: 1 })
    const latest = docs[0] as { id: number | string; name: string; batch: number }
    await payload.delete({ collection: 'payload-migrations', id: latest.id })
    try {
      for (let call = 0; call < 2; call++) {
        const { response, text } = await health()
        expect(response.status, text).toBe(503)
        expect(JSON.parse(text)).toMatchObject({
          failing: ['migrations'],
          checks: { migrations: { pending: [latest.name] } },
        })
      }
    } finally {
      await payload.create({ collection: 'payload-migrations', data: { name: latest.name, batch: latest.batch } })
    }
    for (let call = 0; call < 2; call++) expect((await health()).response.status).toBe(200)
  })

  it('HEAD answers with the status and no body', async () => {
    const { response, text } = await health('HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(text).toBe('')
  })
})

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FRESH_MS } from '../../cms/src/readCache'
import { ACCOUNT_ATTEMPTS } from '../../cms/src/requestGuards'
import { freePort } from '../../scripts/lib/net'
import { postgresUnavailable, startTemporaryPostgres, type TemporaryPostgres } from '../../scripts/lib/postgres'

// Two instances of the production CMS server (next build + cms/server.ts, NODE_ENV=production,
// both running the jobs queue) on one PostgreSQL database, as an organisation runs them behind
// one address: they must behave as one. The account lockout lives in the database; the sign-in
// rate limit is counted there too (cms/src/sharedAccountAttempts.ts); a publish on one instance
// reaches anonymous readers of the other within the read cache's freshness bound; a scheduled
// publish that both instances' job runners pick up at the same tick is published once.
const unavailable = postgresUnavailable()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-two-instances-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  TOOLKIT_DATA_DIR: dir,
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  // Behind one address: the balancer's X-Forwarded-For names the client, so each test below
  // signs in from an address of its own.
  TRUST_PROXY: '1',
  LOGIN_RATE_LIMIT: '10',
  // Longer than any test here: a stale entry could not just expire, it has to be invalidated.
  READ_CACHE_SECONDS: '60',
}
delete env.PAYLOAD_JOBS_AUTORUN

let postgres: TemporaryPostgres | undefined
let servers: { child: ChildProcess; url: string }[] = []
// This process's own Payload on the same database, to set things up and look at the rows.
let payload: Payload
let componentId = 0

const EDITOR = { email: 'toimittaja@example.org', password: 'Salasana-toimittaja-1' }
const LOCKED = { email: 'lukittuva@example.org', password: 'Salasana-lukittuva-1' }

beforeAll(async () => {
  if (unavailable) return
  const started = await startTemporaryPostgres()
  if ('skipped' in started) throw new Error(`PostgreSQL could not be started: ${started.skipped}`)
  postgres = started
  postgres.createDatabase('toolkit_two')
  env.DATABASE_URI = postgres.uri('toolkit_two')
  Object.assign(process.env, env)
  delete process.env.PAYLOAD_JOBS_AUTORUN
  const { startPayload } = await import('../../scripts/lib/payload')
  const { buildAdminIfStale, startCms } = await import('../../scripts/lib/cms-server')
  payload = await startPayload()
  await payload.create({ collection: 'users', data: { ...EDITOR, role: 'editor' } })
  await payload.create({ collection: 'users', data: { ...LOCKED, role: 'contributor' } })
  const component = await payload.create({
    collection: 'components',
    data: { title: 'Ennen julkaisua', slug: 'kahden-instanssin', summary: 'Tiivistelmä', _status: 'published' },
  })
  componentId = component.id as number
  buildAdminIfStale(() => {})
  servers = [await startCms(await freePort(), env), await startCms(await freePort(), env)]
}, 900_000)

afterAll(async () => {
  const { stopCms } = await import('../../scripts/lib/cms-server')
  for (const server of servers) await stopCms(server.child)
  await payload?.destroy()
  // Payload's destroy leaves its PostgreSQL pool open (and one client checked out for good, so
  // the pool cannot be ended): its idle connections' errors when the server stops are expected.
  ;(payload?.db as { pool?: { on(event: 'error', listener: () => void): void } } | undefined)?.pool?.on(
    'error',
    () => {},
  )
  postgres?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

const json = { 'content-type': 'application/json' }
const signIn = (instance: number, from: string, body: { email: string; password: string }) =>
  fetch(`${servers[instance]!.url}/api/users/login`, {
    method: 'POST',
    headers: { ...json, 'x-forwarded-for': from },
    body: JSON.stringify(body),
  })
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(unavailable)(
  `two production CMS instances on one PostgreSQL${unavailable ? ` (${unavailable})` : ''}`,
  () => {
    it('the account lockout counts wrong passwords on both instances together: five in all lock the account', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const answer = await signIn(attempt % 2, '198.51.100.1', { ...LOCKED, password: `väärä-${attempt}` })
        expect(answer.status, `attempt ${attempt + 1}`).toBe(401)
      }
      for (const instance of [0, 1]) {
        expect((await signIn(instance, '198.51.100.1', LOCKED)).status, `instance ${instance}`).toBe(401)
      }
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: LOCKED.email } },
        showHiddenFields: true,
      })
      expect(new Date(String(docs[0]?.lockUntil)).getTime()).toBeGreaterThan(Date.now())
    })

    it(`the sign-in rate limit holds across both: ${ACCOUNT_ATTEMPTS} attempts from one address in all, then 429 on either`, async () => {
      for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS; attempt++) {
        const answer = await signIn(attempt % 2, '198.51.100.2', {
          email: `ei-ketaan-${attempt}@example.org`,
          password: 'x',
        })
        expect(answer.status, `attempt ${attempt + 1}`).toBe(401)
      }
      for (const instance of [0, 1]) {
        const answer = await signIn(instance, '198.51.100.2', { email: 'ei-ketaan@example.org', password: 'x' })
        expect(answer.status, `instance ${instance}`).toBe(429)
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
      }
      // Another address is not affected.
      expect((await signIn(1, '198.51.100.3', EDITOR)).status).toBe(200)
    })

    it(`a publish on one instance reaches anonymous readers of the other within ${FRESH_MS} ms`, async () => {
      const read = `${servers[1]!.url}/api/components/${componentId}?depth=0&locale=fi`
      await fetch(read)
      const cached = await fetch(read)
      expect(cached.headers.get('x-read-cache')).toBe('hit')
      expect(((await cached.json()) as { title: string }).title).toBe('Ennen julkaisua')

      const login = await signIn(0, '198.51.100.4', EDITOR)
      const { token } = (await login.json()) as { token: string }
      const publish = await fetch(`${servers[0]!.url}/api/components/${componentId}?locale=fi`, {
        method: 'PATCH',
        headers: { ...json, authorization: `JWT ${token}`, 'x-forwarded-for': '198.51.100.4' },
        body: JSON.stringify({ title: 'Julkaistu toisessa', _status: 'published' }),
      })
      expect(publish.status, await publish.clone().text()).toBe(200)
      const publishedAt = Date.now()
      let title = ''
      let seenAfter = Infinity
      while (Date.now() - publishedAt < FRESH_MS * 5) {
        title = ((await (await fetch(read)).json()) as { title: string }).title
        if (title === 'Julkaistu toisessa') {
          seenAfter = Date.now() - publishedAt
          break
        }
        await wait(25)
      }
      expect(title).toBe('Julkaistu toisessa')
      // The bound is FRESH_MS after the publish's answer; the margin is for one read on a busy machine.
      expect(seenAfter).toBeLessThanOrEqual(FRESH_MS + 500)
    })

    it('a scheduled publish is published once when both instances run the queue', async () => {
      const ids: number[] = []
      for (let index = 0; index < 3; index++) {
        const doc = await payload.create({
          collection: 'components',
          draft: true,
          data: {
            title: `Ajastettu ${index}`,
            slug: `ajastettu-kahdesti-${index}`,
            summary: 'Kerran',
            _status: 'draft',
          },
        })
        ids.push(doc.id as number)
        await payload.jobs.queue({
          task: 'schedulePublish',
          waitUntil: new Date(Date.now() - 1000),
          input: { type: 'publish', doc: { relationTo: 'components', value: doc.id } },
        })
      }
      // Both servers check the queue at the same ten-second ticks (jobs.autoRun in payload.config.ts).
      const deadline = Date.now() + 60_000
      const pending = async () =>
        (await payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })).totalDocs
      while ((await pending()) > 0 && Date.now() < deadline) await wait(500)
      expect(await pending()).toBe(0)
      // One more tick, for a runner that would still be publishing.
      await wait(11_000)
      for (const id of ids) {
        const versions = await payload.findVersions({
          collection: 'components',
          where: { parent: { equals: id } },
          limit: 50,
        })
        const publishes = versions.docs.filter((version) => version.version._status === 'published')
        expect(publishes.length, `component ${id}`).toBe(1)
      }
    })
  },
)

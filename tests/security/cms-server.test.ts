import { type ChildProcess, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/net'
import { credentialHeaders, describeRequest, FUZZ_REQUESTS, fuzzRequests } from '../helpers/api-fuzz'

// The production CMS server (next build + cms/server.ts) on a seeded SQLite file, tried over real
// HTTP the way a contributor who knows the API, or any web page an editor opens, would try it:
// the reproductions of issue 13 (a contributor changing live content, a draft leaking through the
// read cache, anyone unlocking accounts) and a bounded run of malformed API requests.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-security-cms-'))
const env = {
  ...process.env,
  TOOLKIT_DATA_DIR: dir,
  DATABASE_URI: `file:${path.join(dir, 'payload.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
  // The limiter would otherwise stop this file's own sign-ins; its own test lowers nothing.
  LOGIN_RATE_LIMIT: '1000',
}
Object.assign(process.env, env)

let server: { child: ChildProcess; url: string }
const tokens: Record<'editor' | 'contributor', string> = { editor: '', contributor: '' }
let publishedPostId = 0
let draftPostId = 0

const json = { 'content-type': 'application/json' }
const as = (role: keyof typeof tokens) => ({ ...json, authorization: `JWT ${tokens[role]}` })

beforeAll(async () => {
  const { startPayload } = await import('../../scripts/lib/payload')
  const { buildAdminIfStale, startCms } = await import('../../scripts/lib/cms-server')
  const payload = await startPayload()
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    await payload.create({
      collection: 'users',
      data: { email: `${role}@example.org`, password: `Salasana-${role}-123`, role },
    })
  }
  const published = await payload.create({
    collection: 'posts',
    data: {
      title: 'Julkinen kirjoitus',
      slug: 'julkinen',
      type: 'article',
      date: '2026-11-23T00:00:00.000Z',
      author: 'Toimitus',
      excerpt: 'Ingressi.',
      _status: 'published',
    },
  })
  const draft = await payload.create({
    collection: 'posts',
    draft: true,
    data: {
      title: 'Salainen luonnos',
      slug: 'salainen',
      type: 'article',
      date: '2026-11-24T00:00:00.000Z',
      author: 'Toimitus',
      excerpt: 'Ei julkaistu.',
      _status: 'draft',
    },
  })
  publishedPostId = published.id as number
  draftPostId = draft.id as number
  await payload.destroy()
  buildAdminIfStale(() => {})
  server = await startCms(await freePort(), env)
  for (const role of ['editor', 'contributor'] as const) {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: `${role}@example.org`, password: `Salasana-${role}-123` }),
    })
    tokens[role] = ((await login.json()) as { token: string }).token
  }
}, 600_000)

afterAll(async () => {
  if (server) await (await import('../../scripts/lib/cms-server')).stopCms(server.child)
  fs.rmSync(dir, { recursive: true, force: true })
})

const anonymousTitle = async (id: number) => {
  const response = await fetch(`${server.url}/api/posts/${id}?depth=0&locale=fi`)
  return response.status === 200 ? ((await response.json()) as { title: string }).title : response.status
}

describe('issue 13 reproductions over HTTP', () => {
  it('1. a contributor PATCH without draft=true, or {"_status":"draft"}, is refused and the public post is unchanged', async () => {
    for (const body of [{ title: 'Kaapattu' }, { _status: 'draft' }]) {
      const answer = await fetch(`${server.url}/api/posts/${publishedPostId}?locale=fi`, {
        method: 'PATCH',
        headers: as('contributor'),
        body: JSON.stringify(body),
      })
      expect(answer.status, JSON.stringify(body)).toBe(403)
    }
    expect(await anonymousTitle(publishedPostId)).toBe('Julkinen kirjoitus')
    const model = await fetch(`${server.url}/api/globals/operating-model?locale=fi`, {
      method: 'POST',
      headers: as('contributor'),
      body: JSON.stringify({ title: 'Kaapattu malli' }),
    })
    expect(model.status).toBe(403)
  })

  it('2. a signed-in read with an odd cookie spelling is never answered to anonymous readers', async () => {
    const list = `${server.url}/api/posts?depth=0&locale=fi&limit=50`
    for (const cookie of [
      `payload-token =${tokens.contributor}`,
      `payload-token=${tokens.contributor}`,
      ` payload-token=${tokens.contributor}`,
    ]) {
      const signedIn = await fetch(list, { headers: { cookie } })
      expect(signedIn.headers.get('x-read-cache'), cookie).toBeNull()
      for (let attempt = 0; attempt < 2; attempt++) {
        const anonymous = await fetch(list)
        expect(await anonymous.text()).not.toContain('Salainen luonnos')
      }
    }
    expect(await anonymousTitle(draftPostId)).toBe(404)
  })

  it('2b. an escaped path to the accounts is not cached, and neither is any request with credentials', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const me = await fetch(`${server.url}/api/%75sers/me`)
      expect(me.headers.get('x-read-cache')).toBeNull()
    }
    const withKey = await fetch(`${server.url}/api/posts?depth=0`, {
      headers: { authorization: 'users API-Key nonsense' },
    })
    expect(withKey.headers.get('x-read-cache')).toBeNull()
  })

  it('2c. a change made by another process reaches anonymous readers within about a second', async () => {
    const url = `${server.url}/api/posts/${publishedPostId}?depth=0&locale=fi`
    await fetch(url)
    expect((await fetch(url)).headers.get('x-read-cache')).toBe('hit')
    // Another process (a seed, a second instance) changes the post through its own Payload.
    const script = path.join(dir, 'other-process.mts')
    fs.writeFileSync(
      script,
      `import { startPayload } from ${JSON.stringify(path.resolve('scripts/lib/payload.ts'))}
const payload = await startPayload()
await payload.update({ collection: 'posts', id: ${publishedPostId}, data: { title: 'Toisen prosessin muutos' } })
await payload.destroy()
process.exit(0)
`,
    )
    const result = spawnSync(process.execPath, [path.resolve('node_modules/.bin/tsx'), script], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status, result.stderr).toBe(0)
    const deadline = Date.now() + 3000
    let title = ''
    while (Date.now() < deadline) {
      // The wait for the other process outlasts the server's keep-alive: a pooled connection the
      // server has just closed fails once, and the next attempt opens a new one.
      title = await fetch(url)
        .then(async (response) => ((await response.json()) as { title: string }).title)
        .catch(() => '')
      if (title === 'Toisen prosessin muutos') break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(title).toBe('Toisen prosessin muutos')
  })

  it('3. a contributor or an editor cannot unlock an account', async () => {
    for (const role of ['contributor', 'editor'] as const) {
      const answer = await fetch(`${server.url}/api/users/unlock`, {
        method: 'POST',
        headers: as(role),
        body: JSON.stringify({ email: 'admin@example.org' }),
      })
      expect(answer.status, role).toBe(403)
    }
  })
})

/** Sends raw bytes and resolves with the status code (or 0 when the server closed without one). */
function raw(port: number, text: string | Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text))
    let answer = ''
    const done = (status: number) => {
      socket.destroy()
      resolve(status)
    }
    socket.setTimeout(30_000, () => done(0))
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)
      if (status) done(Number(status[1]))
    })
    socket.on('error', () => done(0))
    socket.on('close', () => done(0))
  })
}

describe('malformed API requests get a 4xx and the server stays up', () => {
  const paths = [
    '/api/posts?depth=-1',
    '/api/posts?depth=99999',
    '/api/posts?limit=-5',
    '/api/posts?limit=abc&page=-1',
    '/api/posts?page=99999999999999999999',
    '/api/posts?locale=xx',
    '/api/posts?locale=all&fallback-locale=%00',
    '/api/posts?sort=-nonexistent',
    '/api/posts?where[title][nonsense]=1',
    '/api/posts?where[nonexistent][equals]=1',
    '/api/posts?where[and][0][or]=x',
    '/api/posts?where=%7B',
    '/api/posts?where[title][like]=%25%25%25',
    '/api/posts?where[title][in]=a&where[title][in][x]=b',
    '/api/posts?select[nonexistent]=true',
    '/api/posts?draft=true',
    '/api/posts/abc',
    '/api/posts/-1',
    '/api/posts/1e309',
    '/api/posts/%00',
    '/api/posts/%ff',
    '/api/posts/..%2f..%2fusers',
    '/api/nonexistent',
    '/api/globals/nonexistent',
    '/api/posts/versions/abc',
    '/api/media/file/..%2f..%2fpayload.db',
    '/api/media/file/%2e%2e%2fpayload.db',
    '/api//posts',
    '/api/posts?where[title][equals]=%ff',
    '/admin/%ff',
    '/api/posts?' + 'a'.repeat(60_000),
  ]
  const bodies: [string, string, string][] = [
    ['POST', '/api/users/login', '{'],
    ['POST', '/api/users/login', '[]'],
    ['POST', '/api/users/login', '{"email":{"$ne":null},"password":{"$ne":null}}'],
    ['POST', '/api/users/login', '{"email":"a@b.c","password":' + '"x'.repeat(1) + 'y'.repeat(100_000) + '"}'],
    ['POST', '/api/users/forgot-password', '{"email":["a","b"]}'],
    ['POST', '/api/posts', '{"title":'],
    ['PATCH', '/api/posts/abc', '{}'],
    ['POST', '/api/users/first-register', '{"email":"x@example.org","password":"x"}'],
    ['DELETE', '/api/posts?where[id][exists]=true', ''],
    ['POST', '/api/posts?draft=true', '"just a string"'],
  ]

  it('answers every one with a status below 500, and a normal read still works', async () => {
    const port = Number(new URL(server.url).port)
    const failures: string[] = []
    for (const target of paths) {
      for (const headers of ['', `Authorization: JWT ${tokens.contributor}\r\n`]) {
        const status = await raw(
          port,
          `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`,
        )
        if (status === 0 || status >= 500) failures.push(`GET ${target} ${headers ? '(signed in)' : ''} → ${status}`)
      }
    }
    for (const [method, target, body] of bodies) {
      const length = Buffer.byteLength(body)
      const status = await raw(
        port,
        `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n${body}`,
      )
      if (status === 0 || status >= 500) failures.push(`${method} ${target} ${body.slice(0, 40)} → ${status}`)
    }
    // Garbage that is not HTTP at all.
    for (const junk of [
      '\x00\x01\x02\r\n\r\n',
      'GET /api/posts HTTP/9.9\r\n\r\n',
      'GET /api/posts HTTP/1.1\r\nHost: a\r\nHost: b\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
    ]) {
      await raw(port, junk)
    }
    expect(failures).toEqual([])
    expect((await fetch(`${server.url}/api/posts?depth=0`)).status).toBe(200)
  }, 300_000)
})

describe('a seeded fuzzer of API requests', () => {
  it(`${FUZZ_REQUESTS} requests: every one gets a status below 500, and the server keeps answering`, async () => {
    const port = Number(new URL(server.url).port)
    const requests = fuzzRequests()
    const failures: string[] = []
    const PARALLEL = 8
    for (let start = 0; start < requests.length; start += PARALLEL) {
      const batch = requests.slice(start, start + PARALLEL)
      const statuses = await Promise.all(
        batch.map((request) => {
          const headers = Object.entries(credentialHeaders(request.credentials, tokens)).map(
            ([name, value]) => `${name}: ${value}\r\n`,
          )
          if (request.body !== undefined)
            headers.push(
              `Content-Type: ${request.contentType}\r\nContent-Length: ${Buffer.byteLength(request.body)}\r\n`,
            )
          return raw(
            port,
            `${request.method} ${request.target} HTTP/1.1\r\nHost: localhost\r\n${headers.join('')}Connection: close\r\n\r\n${request.body ?? ''}`,
          )
        }),
      )
      statuses.forEach((status, index) => {
        if (status === 0 || status >= 500) failures.push(`${describeRequest(batch[index]!)} → ${status}`)
      })
      if (start % 400 === 0)
        expect((await fetch(`${server.url}/api/posts?depth=0`)).status, `after request ${start}`).toBe(200)
    }
    expect(failures.slice(0, 30)).toEqual([])
    expect((await fetch(`${server.url}/api/posts?depth=0`)).status).toBe(200)
  }, 600_000)
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'
import { minimalDocument } from '../helpers/documents'
import { rest, restLogin } from '../helpers/rest'

// Malformed REST requests, as a fuzzer or a careless client sends them, through Payload's own
// request handling: each gets a 4xx that says what is wrong (never a 500 from the database), on
// SQLite and on PostgreSQL alike, anonymous and signed in.
let payload: Payload
let token = ''
let id: string | number = 0

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'salasana-admin-123', role: 'admin' },
  })
  token = await restLogin('admin@example.org', 'salasana-admin-123')
  id = (
    await payload.create({ collection: 'posts', data: { ...minimalDocument.posts(1), _status: 'published' } as never })
  ).id
})
afterAll(async () => {
  await payload?.destroy()
})

const reads = [
  '/api/posts?page=99999999999999999999',
  '/api/posts?page=0',
  '/api/posts?page=1.5',
  '/api/posts?limit=-5',
  '/api/posts?limit=abc',
  '/api/posts?where=%7B',
  '/api/posts?where[title]=x',
  '/api/posts?where[title][nonsense]=1',
  '/api/posts?where[title][in]=a&where[title][in][x]=b',
  '/api/posts?where[title][equals][0][x]=1',
  '/api/posts?where[or]=x',
  '/api/posts/abc',
  '/api/posts/1e309',
  '/api/posts/%00',
  '/api/posts/%ff',
  '/api/posts/..%2f..%2fusers',
  '/api/posts/versions/abc',
  '/api/globals/operating-model/versions/abc',
  '/api/users/abc',
  '/api/media/abc',
  '/api/media/file/ei-ole.png',
  '/api/posts?where[title][near]=1,2,3',
  '/api/posts?where[title][equals]=a%00b',
  '/api/posts?where[title][within][type]=Polygon',
  '/api/payload-locked-documents/versions',
  '/api/payload-locked-documents/versions/1',
  '/api/payload-kv/versions',
  '/api/payload-preferences/versions/1',
]

describe('malformed reads get a 4xx', () => {
  it.each(reads)('GET %s', async (path) => {
    for (const options of [{}, { token }]) {
      const answer = await rest('GET', path, options)
      expect(answer.status, JSON.stringify(options)).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toMatch(/at .*\.js:\d+|SQLITE|syntax error|drizzle/i)
    }
  })

  it('says which parameter is wrong', async () => {
    expect((await rest('GET', '/api/posts?page=0')).body.errors[0].message).toMatch(/"page"/)
    expect((await rest('GET', '/api/posts?where[title][nonsense]=1')).body.errors[0].message).toMatch(/nonsense/)
  })

  it('well-formed queries still work', async () => {
    for (const path of [
      '/api/posts?page=1&limit=10',
      '/api/posts?limit=0',
      `/api/posts/${id}`,
      '/api/posts?where[title][in]=a,b',
      '/api/posts?where[or][0][title][equals]=a&where[or][1][slug][like]=kirj',
      '/api/posts?where[and][0][_status][equals]=published',
    ]) {
      expect((await rest('GET', path)).status, path).toBe(200)
    }
  })
})

describe('malformed writes get a 4xx and write nothing', () => {
  it.each<[string, string, string, string?]>([
    ['POST', '/api/posts?draft=true', '"just a string"'],
    ['POST', '/api/posts?draft=true', '[1,2,3]'],
    ['PATCH', '/api/posts/abc', '{"title":"x"}'],
    ['PATCH', '/api/posts?where=%7B', '{"title":"x"}'],
    ['DELETE', '/api/posts?where[id][nonsense]=1', ''],
    ['POST', '/api/posts', '{"title":'],
    ['POST', '/api/payload-preferences/versions/1', '{}'],
    ['PATCH', '/api/posts/1', '{"id":"1; DROP TABLE users"}'],
    ['PATCH', '/api/posts/1', '{"id":2}'],
    ['POST', '/api/posts?draft=true', '{"id":99,"title":"Oma id"}'],
    ['POST', '/api/posts?draft=true', '{"title":"Tekstinä"}', 'text/plain'],
    ['PATCH', '/api/posts/1?draft=true', '{"title":"Tekstinä"}', 'text/plain'],
    ['POST', '/api/users', '{"email":["a"],"password":{}}'],
    ['PATCH', '/api/posts/1?draft=true', '{"title":"NUL\\u0000merkki"}'],
    ['PATCH', '/api/users/1', '{"email":{"$ne":null}}'],
    ['POST', '/api/payload-locked-documents/versions/1', '{}'],
    ['PATCH', '/api/users/1', '123', 'multipart/form-data; boundary=x'],
    [
      'POST',
      '/api/media',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
      'multipart/form-data; boundary=x',
    ],
    ['POST', '/api/posts?draft=true', '{}', 'multipart/form-data'],
  ])('%s %s %s %s', async (method, path, body, type = 'application/json') => {
    const before = await payload.count({ collection: 'posts' })
    const answer = await rest(method, path, { token, body: body || undefined, headers: { 'content-type': type } })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before.totalDocs)
    expect((await payload.findByID({ collection: 'posts', id })).title).toBe('Kirjoitus 1')
  })
})

describe("Payload's own endpoints", () => {
  it('a saved admin preference can be deleted (Payload 3.90 failed with an SQL error for every key)', async () => {
    expect(
      (await rest('POST', '/api/payload-preferences/nav', { token, body: { value: { open: true } } })).status,
    ).toBe(200)
    expect((await rest('DELETE', '/api/payload-preferences/nav', { token })).status).toBe(200)
    expect((await rest('GET', '/api/payload-preferences/nav', { token })).body?.value ?? null).toBeNull()
    expect((await rest('DELETE', '/api/payload-preferences/nav', { token })).status).toBe(404)
    expect((await rest('DELETE', '/api/payload-preferences/nav')).status).toBe(401)
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  answerFromReadCache,
  cachedAnonymousGet,
  clearReadCache,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_BYTES,
  readCacheStats,
} from '../../cms/src/readCache'

// The read cache as the production server uses it: the REST route (here a stand-in for Payload
// that counts its calls) fills it through cachedAnonymousGet, and the Node server answers hits
// with answerFromReadCache before the request would reach Next.js.
let payloadCalls = 0
let nextCalls = 0
let answer: () => Response = () => Response.json({ docs: [{ title: 'Virtuaaliverstas', body: 'x'.repeat(4000) }] })

// The change marker other processes write to the database (a stand-in for Payload's key-value store).
let marker: string | null = null
let markerFails = false
const route = cachedAnonymousGet(
  async () => {
    payloadCalls++
    return answer()
  },
  {
    cacheablePaths: ['/api/components', '/api/globals/operating-model'],
    readMarker: async () => {
      if (markerFails) throw new Error('database unreachable')
      return marker
    },
  },
)

let server: http.Server
let base = ''

beforeAll(async () => {
  server = http.createServer(async (request, response) => {
    if (answerFromReadCache(request, response)) return
    // What Next would do: turn the Node request into a web Request and call the route.
    nextCalls++
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value)
    const result = await route(new Request(`http://localhost${request.url}`, { headers }), {
      params: Promise.resolve({ slug: [] }),
    })
    response.writeHead(result.status, Object.fromEntries(result.headers))
    response.end(Buffer.from(await result.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

afterEach(() => {
  clearReadCache()
  marker = null
  markerFails = false
  payloadCalls = 0
  nextCalls = 0
  answer = () => Response.json({ docs: [{ title: 'Virtuaaliverstas', body: 'x'.repeat(4000) }] })
  vi.unstubAllEnvs()
  vi.useRealTimers()
})

/** A raw GET (node:http, so nothing is decompressed or added behind the test's back). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })
}

const list = '/api/components?depth=0&locale=fi'

describe('read cache in front of Next.js', () => {
  it('answers a repeated anonymous read without Next or Payload, with the same body', async () => {
    const first = await get(list)
    expect(first.headers['x-read-cache']).toBe('miss')
    const second = await get(list)
    expect(second.headers['x-read-cache']).toBe('hit')
    expect(second.body.equals(first.body)).toBe(true)
    expect(second.headers['content-type']).toMatch(/application\/json/)
    expect(Number(second.headers['content-length'])).toBe(second.body.length)
    expect({ payloadCalls, nextCalls }).toEqual({ payloadCalls: 1, nextCalls: 1 })
  })

  it('keys on the whole query: another locale or page is a miss', async () => {
    await get(list)
    expect((await get('/api/components?depth=0&locale=en')).headers['x-read-cache']).toBe('miss')
    expect((await get('/api/components?depth=0&locale=fi&page=2')).headers['x-read-cache']).toBe('miss')
    expect(payloadCalls).toBe(3)
  })

  it.each([
    ['an Authorization header (JWT or API key)', list, { authorization: 'users API-Key abc' }],
    ['a session cookie', list, { cookie: 'theme=dark; payload-token=abc' }],
    ['a cookie Payload trims (a space before =)', list, { cookie: 'payload-token =abc' }],
    ['any cookie at all', list, { cookie: 'payload-lng=fi' }],
    ['an empty Authorization header', list, { authorization: '' }],
    ['a draft read', `${list}&draft=true`, {}],
    ['a draft read spelled otherwise', `${list}&draft=1`, {}],
    ['the users collection', '/api/users?depth=0', {}],
    ['the users collection with an escaped name (Payload decodes it)', '/api/%75sers/me', {}],
    ['an escaped collection name', '/api/%63omponents?depth=0', {}],
    ['a file route', '/api/components/file/kuva.png', {}],
    ['an unknown query parameter', `${list}&trash=true`, {}],
    ['a repeated query parameter', `${list}&locale=en`, {}],
    ['a collection that is not listed as public', '/api/payload-jobs?depth=0', {}],
  ])('never serves or fills the cache for %s', async (_label, path, headers) => {
    await get(path, headers)
    const again = await get(path, headers)
    expect(again.headers['x-read-cache']).toBeUndefined()
    expect(payloadCalls).toBe(2)
  })

  it('keeps answers for each Origin apart (Payload sets CORS headers by origin)', async () => {
    answer = () => Response.json({ docs: [] }, { headers: { 'access-control-allow-origin': 'https://a.example' } })
    await get(list, { origin: 'https://a.example' })
    const other = await get(list, { origin: 'https://b.example' })
    expect(other.headers['x-read-cache']).toBe('miss')
    expect((await get(list, { origin: 'https://a.example' })).headers['x-read-cache']).toBe('hit')
  })

  it('sends a hit gzipped when the client accepts it, and plain when it refuses gzip', async () => {
    const plain = (await get(list)).body
    const zipped = await get(list, { 'accept-encoding': 'br, gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/)
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length)
    expect(zlib.gunzipSync(zipped.body).equals(plain)).toBe(true)
    const refused = await get(list, { 'accept-encoding': 'gzip;q=0, identity' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body.equals(plain)).toBe(true)
  })

  it('does not keep errors or answers that set a cookie', async () => {
    answer = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    await get('/api/components/999')
    expect((await get('/api/components/999')).headers['x-read-cache']).toBeUndefined()
    answer = () => Response.json({ docs: [] }, { headers: { 'set-cookie': 'a=b' } })
    await get(list)
    expect((await get(list)).headers['x-read-cache']).toBeUndefined()
    expect(payloadCalls).toBe(4)
  })

  it('forgets everything on clearReadCache (every change in the CMS calls it)', async () => {
    await get(list)
    clearReadCache()
    expect((await get(list)).headers['x-read-cache']).toBe('miss')
  })

  it('lets entries expire after READ_CACHE_SECONDS, and READ_CACHE_SECONDS=0 turns it off', async () => {
    vi.stubEnv('READ_CACHE_SECONDS', '2')
    vi.useFakeTimers({ toFake: ['Date'] })
    await get(list)
    vi.setSystemTime(Date.now() + 1500)
    expect((await get(list)).headers['x-read-cache']).toBe('hit')
    vi.setSystemTime(Date.now() + 1000)
    expect((await get(list)).headers['x-read-cache']).toBe('miss')

    vi.stubEnv('READ_CACHE_SECONDS', '0')
    clearReadCache()
    await get(list)
    expect((await get(list)).headers['x-read-cache']).toBeUndefined()
  })

  it('leaves methods other than GET to Next', async () => {
    await get(list)
    const head = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.request(`${base}${list}`, { method: 'HEAD' }, resolve).on('error', reject).end(),
    )
    head.resume()
    expect(nextCalls).toBe(2)
  })
})

describe('read cache limits and freshness', () => {
  it('keys equivalent queries alike (parameter order does not matter)', async () => {
    await get('/api/components?depth=0&locale=fi')
    expect((await get('/api/components?locale=fi&depth=0')).headers['x-read-cache']).toBe('hit')
  })

  it('does not keep an answer larger than MAX_ENTRY_BYTES', async () => {
    answer = () => Response.json({ docs: [{ body: 'x'.repeat(MAX_ENTRY_BYTES) }] })
    await get('/api/components?limit=0&locale=all&depth=2')
    expect((await get('/api/components?limit=0&locale=all&depth=2')).headers['x-read-cache']).toBe('miss')
    expect(readCacheStats().bytes).toBe(0)
  })

  it('stays within MAX_TOTAL_BYTES however many distinct reads come, dropping the least recently used', async () => {
    const size = Math.floor(MAX_ENTRY_BYTES * 0.9)
    answer = () => Response.json({ docs: [{ body: 'y'.repeat(size) }] })
    const count = Math.ceil(MAX_TOTAL_BYTES / size) + 5
    for (let page = 1; page <= count; page++) await get(`/api/components?page=${page}`)
    const stats = readCacheStats()
    expect(stats.bytes).toBeLessThanOrEqual(MAX_TOTAL_BYTES)
    expect(stats.entries).toBeLessThan(count)
    expect((await get(`/api/components?page=${count}`)).headers['x-read-cache']).toBe('hit')
    expect((await get('/api/components?page=1')).headers['x-read-cache']).toBe('miss')
  }, 120_000)

  it('does not keep an answer that was read while a change happened', async () => {
    answer = () => {
      clearReadCache() // what a save committing in the middle of this read does
      return Response.json({ docs: [{ title: 'vanha' }] })
    }
    await get(list)
    answer = () => Response.json({ docs: [{ title: 'uusi' }] })
    const again = await get(list)
    expect(again.headers['x-read-cache']).toBe('miss')
    expect(JSON.parse(again.body.toString()).docs[0].title).toBe('uusi')
  })

  it('empties itself when another process changes content (the marker in the database changes)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    marker = 'a'
    await get(list)
    expect((await get(list)).headers['x-read-cache']).toBe('hit')
    marker = 'b'
    // Within the freshness window a hit may still be answered; after it, never.
    vi.setSystemTime(Date.now() + 1100)
    const after = await get(list)
    expect(after.headers['x-read-cache']).toBe('miss')
    expect(payloadCalls).toBe(2)
  })

  it('answers nothing from the cache while the marker cannot be read', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await get(list)
    markerFails = true
    vi.setSystemTime(Date.now() + 1100)
    expect((await get(list)).headers['x-read-cache']).toBe('miss')
    expect((await get(list)).headers['x-read-cache']).toBe('miss')
    markerFails = false
    vi.setSystemTime(Date.now() + 1100)
    await get(list)
    expect((await get(list)).headers['x-read-cache']).toBe('hit')
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  ACCOUNT_ATTEMPTS,
  guardRequest,
  MAX_BODY_BYTES,
  MAX_UPLOAD_BODY_BYTES,
  resetRateLimits,
} from '../../cms/src/requestGuards'

// The limits cms/server.ts applies before Next: body sizes and the sign-in rate limit, on a real
// HTTP server with raw requests (so nothing adds or fixes headers behind the test's back).
let passed = 0
let server: http.Server
let port = 0

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (guardRequest(request, response)) return
    passed++
    request.resume()
    request.on('end', () => response.writeHead(200).end('ok'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
afterEach(() => {
  resetRateLimits()
  passed = 0
  vi.unstubAllEnvs()
})

/** Sends raw request text and returns the status code of the answer. */
function raw(text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString()
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)
      if (status) {
        socket.destroy()
        resolve(Number(status[1]))
      }
    })
    socket.on('error', reject)
  })
}

const post = (path: string, headers: string, body = '') =>
  raw(`POST ${path} HTTP/1.1\r\nHost: cms\r\n${headers}\r\n${body}`)

describe('request bodies', () => {
  it('lets a small JSON body through', async () => {
    expect(await post('/api/posts', 'Content-Type: application/json\r\nContent-Length: 2\r\n', '{}')).toBe(200)
  })

  it('refuses a declared body over the limit before reading it (413)', async () => {
    expect(
      await post('/api/posts', `Content-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n`),
    ).toBe(413)
    expect(
      await post(
        '/api/media',
        `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${MAX_UPLOAD_BODY_BYTES + 1}\r\n`,
      ),
    ).toBe(413)
    expect(passed).toBe(0)
  })

  it("says why in the admin's language: Finnish by default, the editor's choice when made", async () => {
    const answer = async (cookie: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/media`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x', ...(cookie ? { cookie } : {}) },
        body: new Uint8Array(MAX_UPLOAD_BODY_BYTES + 1),
      }).catch(() => null)
      return response ? ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message : ''
    }
    expect(await answer('')).toMatch(/^Pyyntö on liian suuri \(10,1 Mt; enintään 10,1 Mt\)/)
    expect(await answer('payload-token=x; payload-lng=sv')).toMatch(/^Begäran är för stor/)
    expect(await answer('payload-lng=en')).toMatch(/^The request is too large/)
  })

  it('lets an upload larger than the JSON limit through to Next', async () => {
    // Only the headers are sent: the guard decides on them, and the stand-in for Next is reached.
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(
        `POST /api/media HTTP/1.1\r\nHost: cms\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${MAX_BODY_BYTES + 10}\r\n\r\n`,
      ),
    )
    await vi.waitFor(() => expect(passed).toBe(1))
    socket.destroy()
  })

  it('refuses a chunked body of unknown size (411) and a malformed length (400)', async () => {
    expect(await post('/api/posts', 'Transfer-Encoding: chunked\r\n', '0\r\n\r\n')).toBe(411)
    expect(await post('/api/posts', 'Content-Length: 1e9\r\n')).toBe(400)
    expect(passed).toBe(0)
  })
})

describe('request targets', () => {
  it.each([
    '/api/posts/%ff',
    '/admin/%E0%A4%A',
    '/%',
    '/api/payload-preferences/%00',
    '/api/posts?where[title][equals]=a%00b',
  ])('a broken percent-escape or a NUL in %s is a 400 before Next', async (target) => {
    expect(await raw(`GET ${target} HTTP/1.1\r\nHost: cms\r\n\r\n`)).toBe(400)
    expect(passed).toBe(0)
  })

  it('a broken escape in the query string is left to Payload (it answers those itself)', async () => {
    expect(await raw('GET /api/posts?where[title][equals]=%ff HTTP/1.1\r\nHost: cms\r\n\r\n')).toBe(200)
  })
})

describe('sign-in rate limit per address', () => {
  it(`answers 429 with Retry-After after ${ACCOUNT_ATTEMPTS} attempts a minute, for every account endpoint`, async () => {
    const login = () => post('/api/users/login', 'Content-Type: application/json\r\nContent-Length: 2\r\n', '{}')
    for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS; attempt++) expect(await login()).toBe(200)
    expect(await login()).toBe(429)
    expect(await post('/api/users/forgot-password', 'Content-Length: 2\r\n', '{}')).toBe(429)
    expect(await post('/api/users/login?depth=0', 'Content-Length: 2\r\n', '{}')).toBe(429)
    // Reading content is not limited.
    expect(await raw('GET /api/posts HTTP/1.1\r\nHost: cms\r\n\r\n')).toBe(200)
  })

  it('trusts X-Forwarded-For only with TRUST_PROXY=1', async () => {
    const login = (forwarded: string) =>
      post('/api/users/login', `X-Forwarded-For: ${forwarded}\r\nContent-Length: 2\r\n`, '{}')
    for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS; attempt++) await login(`10.0.0.${attempt}`)
    // Without the setting, a forged header does not give an attacker fresh addresses.
    expect(await login('10.0.0.99')).toBe(429)
    resetRateLimits()
    vi.stubEnv('TRUST_PROXY', '1')
    for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS; attempt++) expect(await login('203.0.113.7')).toBe(200)
    expect(await login('203.0.113.7')).toBe(429)
    expect(await login('203.0.113.8')).toBe(200)
  })
})

import fs from 'node:fs'
import type http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { PreviewServer } from '../../scripts/lib/preview'
import { serveStatic } from '../../scripts/lib/static-server'
import { seededRandom, type SeededRandom } from '../helpers/random'

/**
 * A bounded request fuzzer for the servers `npm start` runs on loopback: the static site server
 * and the editors' preview. Thousands of malformed requests go over raw sockets (fetch would
 * refuse or repair most of them); after each batch each server must still answer a normal GET
 * with 200. Every answer must be a 2xx, 3xx or 4xx, never a 5xx, and no redirect may lead to
 * another host. The requests come from a seeded generator: FUZZ_SEED=<n> repeats a run exactly,
 * FUZZ_REQUESTS=<n> changes how many each server gets.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130)
const REQUESTS_PER_SERVER = Number(process.env.FUZZ_REQUESTS ?? 2000)
const BATCH = 200
const PARALLEL = 16

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-fuzz-'))
const siteDir = path.join(dir, 'site')
const previewDir = path.join(dir, 'preview')
const BIG_FILE_BYTES = 24 * 1024 * 1024

/** A tiny built site: enough pages for redirects, language 404s and a large file to stream. */
function writeFixtureSite(root: string): void {
  const page = (title: string) =>
    `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${title}</title></head><body><aside class="preview-banner"><p>Preview</p></aside><main><h1>${title}</h1></main></body></html>`
  const files: Record<string, string | Buffer> = {
    'index.html': page('Etusivu'),
    'fi/index.html': page('Suomeksi'),
    'fi/toimintamalli/index.html': page('Toimintamalli'),
    'fi/404/index.html': page('Sivua ei löydy'),
    'en/index.html': page('In English'),
    '404.html': page('Not found'),
    'evil.example/index.html': page('A folder named like a host'),
    '_astro/site.css': 'body{margin:0}',
    'fi/lunttilaput/big.pdf': Buffer.alloc(BIG_FILE_BYTES, 0x61),
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), content)
  }
}

type Random = SeededRandom

const HOSTILE_PATHS = [
  '//',
  '///x',
  '//evil.example',
  '//evil.example/',
  '//evil.example/..%2f',
  '//evil.example/..%2ffi',
  '//evil.example/%2e%2e/fi',
  '/%',
  '/%ff',
  '/%00',
  '/%c0%ae%c0%ae/',
  '/..%2f..%2fetc/passwd',
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/\\evil',
  '/\\\\evil.example/',
  '/%5c%5cevil.example/',
  '/fi/..',
  '/fi/.',
  '/fi',
  '/fi?',
  '/fi/?q=%ff%fe',
  '/fi/#frag',
  '/fi%2f',
  '/en/missing',
  '/fi/missing/',
  '/_astro/',
  '/_astro/site.css',
  '/index.html',
  '/evil.example',
  '/fi/lunttilaput/big.pdf',
  '*',
  'http://evil.example/',
  'https://evil.example/fi/',
  'evil.example:443',
  '',
  '/__preview/open',
  '/__preview/open?type=components&slug=virtuaaliverstas&locale=fi',
  '/__preview/open?type=components&slug=%2f%2fevil.example&locale=fi',
  '/__preview/open?type=constructor&slug=constructor&locale=__proto__',
  '/__preview/open?type=pages&slug=x%0d%0aSet-Cookie:%20a=b',
  '/__preview/open?type=%00&slug=%ff',
  '/__preview/rebuild',
  '/__preview/rebuild?token=',
  '/__preview/rebuild?token=guess',
  '/__preview/status',
]
const PIECES = [
  '..',
  '.',
  '%2e%2e',
  '%2e',
  '%2f',
  '%2F',
  '/',
  '//',
  '\\',
  '%5c',
  '%00',
  '%',
  '%f',
  '%ff',
  '%c3%a4',
  'ä',
  '?',
  '#',
  '&',
  ';',
  '@',
  ':',
  'evil.example',
  'fi',
  'en',
  'sv',
  'index.html',
  '404',
  '%0d%0a',
  '%20',
  '+',
  '~',
  'a'.repeat(300),
]
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PATCH',
  'CONNECT',
  'PROPFIND',
  'get',
  'GETT',
  'G ET',
  'G\u0000ET',
  '',
  'X'.repeat(200),
  'ÄÖ',
]
const VERSIONS = [
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/2.0',
  'HTTP/0.9',
  'HTTP/1.2',
  'HTTP/9.9',
  'HTTP/1',
  'HTTP/1.1x',
  'http/1.1',
  'HTTPS/1.1',
  '',
]
const HEADER_TRICKS = [
  'X-Injected: a\rSet-Cookie: b=c',
  'X-Injected: a\nSet-Cookie: b=c',
  'X-Injected : spaced name',
  'X Injected: space in name',
  ': no name',
  'No-Colon-Here',
  `X-Huge: ${'h'.repeat(20_000)}`,
  'Content-Length: -1',
  'Content-Length: 10\r\nContent-Length: 20',
  'Content-Length: 99999999999999999999',
  'Transfer-Encoding: chunked\r\nContent-Length: 3',
  'Transfer-Encoding: gzip, chunked',
  'Expect: 100-continue',
  'Connection: keep-alive, Upgrade\r\nUpgrade: websocket',
  'Cookie: payload-token =x',
  'X-Forwarded-Host: evil.example',
  'Accept-Encoding: gzip;q=1e999',
  'Range: bytes=99999999-1',
]

function randomPath(random: Random): string {
  if (random.next() < 0.4) return random.pick(HOSTILE_PATHS)
  if (random.next() < 0.03) return `/${'x/'.repeat(50_000)}` // a 100 KB path
  const parts = Array.from({ length: 1 + random.int(8) }, () => random.pick(PIECES))
  return `/${parts.join(random.next() < 0.5 ? '/' : '')}`
}

/** One malformed (or merely odd) request, as the raw bytes a client could send. */
function randomRequest(random: Random, goodHost: string): Buffer {
  const host = () => {
    const roll = random.next()
    if (roll < 0.7) return [`Host: ${goodHost}`]
    if (roll < 0.78) return []
    if (roll < 0.84) return [`Host: ${goodHost}`, 'Host: evil.example']
    if (roll < 0.9) return [`Host: ${'h'.repeat(20_000)}`]
    return [
      `Host: ${random.pick(['evil.example', 'evil.example:80', `${goodHost}.evil.example`, '', 'localhost', '[::1]', 'LOCALHOST:1', '127.0.0.1:0'])}`,
    ]
  }
  const kind = random.next()
  if (kind < 0.08) return random.bytes(1 + random.int(3000))
  const method = random.next() < 0.75 ? random.pick(['GET', 'GET', 'HEAD', 'POST']) : random.pick(METHODS)
  const version = random.next() < 0.8 ? 'HTTP/1.1' : random.pick(VERSIONS)
  const headers = host()
  if (random.next() < 0.3) headers.push(random.pick(HEADER_TRICKS))
  if (random.next() < 0.5) headers.push('Connection: close')
  const line = `${method} ${randomPath(random)}${version ? ` ${version}` : ''}`
  let text = `${[line, ...headers].join('\r\n')}\r\n\r\n`
  if (random.next() < 0.1)
    text += random.pick(['hello', '0\r\n\r\n', 'zz\r\n', `GET / HTTP/1.1\r\nHost: ${goodHost}\r\n\r\n`])
  if (random.next() < 0.05) text = text.slice(0, random.int(text.length)) // cut short
  return Buffer.from(text, 'latin1')
}

interface Answer {
  /** The final status of every response on the connection, in order (none: closed without an answer; 1xx left out). */
  statuses: number[]
  locations: string[]
  raw: string
}

/**
 * Sends raw bytes on a fresh connection, as a browser would (no half-close: Node's server drops
 * a request whose client ends its side first), and reads until the server closes the connection,
 * or until it has been quiet for a moment after answering. A server that says nothing at all gets
 * the end of input after a while (an unfinished request then gets its 400), then a time limit.
 */
function send(
  port: number,
  data: Buffer | string,
  { quietMs = 50, silentMs = 300, limitMs = 5_000 } = {},
): Promise<Answer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = net.connect(port, '127.0.0.1')
    let quiet: NodeJS.Timeout | undefined
    const finish = () => {
      clearTimeout(quiet)
      clearTimeout(silent)
      clearTimeout(limit)
      socket.destroy()
      const raw = Buffer.concat(chunks).toString('latin1')
      resolve({
        statuses: [...raw.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3}) /g)]
          .map((match) => Number(match[1]))
          .filter((status) => status >= 200),
        locations: [...raw.matchAll(/\r\nlocation: ([^\r\n]*)/gi)].map((match) => match[1]!),
        raw,
      })
    }
    const silent = setTimeout(() => socket.end(), silentMs)
    const limit = setTimeout(finish, limitMs)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      clearTimeout(silent)
      clearTimeout(quiet)
      quiet = setTimeout(finish, quietMs)
    })
    socket.on('close', finish)
    socket.on('error', finish)
    socket.on('connect', () => socket.write(data))
  })
}

/** What a normal browser sends; the server must answer it with 200. */
const normalGet = (host: string, requestPath: string) =>
  `GET ${requestPath} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`

function checkAnswer(answer: Answer, sent: Buffer, ownHost: string): string[] {
  const problems: string[] = []
  const request = JSON.stringify(sent.subarray(0, 200).toString('latin1'))
  for (const status of answer.statuses) {
    if (status < 200 || status > 499) problems.push(`${status} for ${request}`)
  }
  for (const location of answer.locations) {
    let target: URL | null = null
    try {
      target = new URL(location, `http://${ownHost}`)
    } catch {
      problems.push(`an invalid Location ${JSON.stringify(location)} for ${request}`)
    }
    if (target && (target.host !== ownHost || /^[/\\]{2}|^\/\\/.test(location))) {
      problems.push(`a redirect to ${JSON.stringify(location)} for ${request}`)
    }
  }
  return problems
}

const portOf = (url: string) => Number(new URL(url).port)

let site: { server: http.Server; url: string }
let preview: PreviewServer
const uncaught: unknown[] = []
const recordUncaught = (error: unknown) => uncaught.push(error)

/** A stand-in for Payload: the fuzzer never gets the token, so the preview never reads content. */
const noPayload = { logger: { info() {}, warn() {}, error() {} } } as unknown as Payload

beforeAll(async () => {
  writeFixtureSite(siteDir)
  writeFixtureSite(path.join(previewDir, 'dist'))
  process.on('uncaughtException', recordUncaught)
  site = await serveStatic(siteDir)
  const { startPreview } = await import('../../scripts/lib/preview')
  preview = await startPreview(noPayload, previewDir)
}, 60_000)

afterAll(() => {
  process.off('uncaughtException', recordUncaught)
  site?.server.closeAllConnections()
  site?.server.close()
  preview?.server.closeAllConnections()
  preview?.server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

afterEach(() => {
  vi.restoreAllMocks()
  expect(uncaught.splice(0).map(String), 'uncaught exceptions in the servers').toEqual([])
})

async function fuzz(serverUrl: string, seed: number, healthPath: string) {
  const port = portOf(serverUrl)
  const ownHost = `127.0.0.1:${port}`
  const random = seededRandom(seed)
  const problems: string[] = []
  const counts = new Map<string, number>()
  for (let sent = 0; sent < REQUESTS_PER_SERVER; sent += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, REQUESTS_PER_SERVER - sent) }, () =>
      randomRequest(random, ownHost),
    )
    // PARALLEL connections at a time, each taking the next request as soon as it is done.
    let next = 0
    const worker = async () => {
      while (next < batch.length) {
        const request = batch[next++]!
        const answer = await send(port, request)
        problems.push(...checkAnswer(answer, request, ownHost))
        const key = answer.statuses.length > 0 ? String(answer.statuses[0]) : 'closed'
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker))
    const health = await send(port, normalGet(ownHost, healthPath))
    expect(
      health.statuses,
      `after ${sent + batch.length} requests the server must still answer GET ${healthPath}`,
    ).toEqual([200])
  }
  console.log(
    `fuzzed ${serverUrl} (seed ${seed}): ${[...counts]
      .sort()
      .map(([status, count]) => `${status}×${count}`)
      .join(', ')}`,
  )
  expect(problems.slice(0, 30)).toEqual([])
}

describe('the static site server under malformed requests', () => {
  it('answers the known hostile paths with 4xx/3xx/2xx and never redirects to another host', async () => {
    const port = portOf(site.url)
    const ownHost = `127.0.0.1:${port}`
    for (const hostile of HOSTILE_PATHS) {
      const request = Buffer.from(normalGet(ownHost, hostile), 'latin1')
      const answer = await send(port, request)
      expect(answer.statuses.length, `an answer to ${JSON.stringify(hostile)}`).toBe(1)
      expect(checkAnswer(answer, request, ownHost)).toEqual([])
    }
  })

  it(`stays up through ${REQUESTS_PER_SERVER} seeded random requests`, async () => {
    await fuzz(site.url, SEED, '/fi/')
  }, 300_000)

  it('answers 404 when a file disappears between lookup and reading (a rebuild swapping site/dist), and stays up', async () => {
    const gone = path.join(siteDir, 'fi', 'gone.html')
    fs.writeFileSync(gone, '<p>soon gone</p>')
    const original = fs.createReadStream
    vi.spyOn(fs, 'createReadStream').mockImplementationOnce(((file: fs.PathLike, options?: never) => {
      fs.rmSync(file as string, { force: true })
      return original(file, options)
    }) as typeof fs.createReadStream)
    const port = portOf(site.url)
    const answer = await send(port, normalGet(`127.0.0.1:${port}`, '/fi/gone.html'))
    expect(answer.statuses).toEqual([404])
    expect((await send(port, normalGet(`127.0.0.1:${port}`, '/fi/'))).statuses).toEqual([200])
  })

  it('ends only that response when reading a file fails half-way, and stays up', async () => {
    const original = fs.createReadStream
    vi.spyOn(fs, 'createReadStream').mockImplementationOnce(((file: fs.PathLike, options?: never) => {
      const stream = original(file, options)
      stream.once('data', () => stream.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })))
      return stream
    }) as typeof fs.createReadStream)
    const port = portOf(site.url)
    const answer = await send(port, normalGet(`127.0.0.1:${port}`, '/fi/lunttilaput/big.pdf'))
    expect(answer.statuses).toEqual([200])
    expect(answer.raw.length).toBeLessThan(BIG_FILE_BYTES)
    expect(answer.raw.endsWith('\r\n0\r\n\r\n'), 'a cut response must not look complete').toBe(false)
    expect((await send(port, normalGet(`127.0.0.1:${port}`, '/fi/'))).statuses).toEqual([200])
  })

  it('keeps serving when the whole site folder is swapped while a large file streams', async () => {
    const port = portOf(site.url)
    const slowReader = net.connect(port, '127.0.0.1')
    const firstBytes = new Promise<void>((resolve) => slowReader.once('data', () => resolve()))
    slowReader.write(normalGet(`127.0.0.1:${port}`, '/fi/lunttilaput/big.pdf'))
    await firstBytes
    slowReader.pause() // the server's stream now waits on a full socket
    // What buildSite does: the published folder moves aside and is removed, the new one moves in.
    fs.renameSync(siteDir, `${siteDir}.previous`)
    writeFixtureSite(siteDir)
    fs.rmSync(`${siteDir}.previous`, { recursive: true, force: true })
    slowReader.destroy()
    expect((await send(port, normalGet(`127.0.0.1:${port}`, '/fi/'))).statuses).toEqual([200])
  })
})

describe('the preview server under malformed requests', () => {
  it('answers GET // with a 4xx instead of crashing (reproduction 4 of issue 13)', async () => {
    const port = portOf(preview.url)
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const answer = await send(port, normalGet(host, '//'))
      expect(answer.statuses.length, 'an answer').toBe(1)
      expect(answer.statuses[0]).toBeGreaterThanOrEqual(200)
      expect(answer.statuses[0]).toBeLessThan(500)
    }
    expect((await send(port, normalGet(`localhost:${port}`, '/fi/'))).statuses).toEqual([200])
  })

  it('answers only requests addressed to it by name (no DNS rebinding): any other Host gets 421', async () => {
    const port = portOf(preview.url)
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `localhost.evil.example:${port}`,
      'localhost',
      `localhost:${port + 1}`,
      `0.0.0.0:${port}`,
    ]) {
      expect((await send(port, normalGet(host, '/fi/'))).statuses, host).toEqual([421])
    }
    expect((await send(port, `GET /fi/ HTTP/1.0\r\n\r\n`)).statuses, 'no Host at all').toEqual([421])
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `127.0.0.1:${port}`]) {
      expect((await send(port, normalGet(host, '/fi/'))).statuses, host).toEqual([200])
    }
  })

  it('starts a rebuild only with its secret token', async () => {
    const port = portOf(preview.url)
    const post = (target: string) =>
      `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`
    for (const target of [
      '/__preview/rebuild',
      '/__preview/rebuild?token=',
      '/__preview/rebuild?token=guess',
      `/__preview/rebuild?token=${'A'.repeat(43)}`,
    ]) {
      expect((await send(port, post(target))).statuses, target).toEqual([403])
    }
    expect(new URL(preview.buildUrl).searchParams.get('token')).toMatch(/^[\w-]{43}$/)
  })

  it('redirects the Preview link only to its own pages', async () => {
    const port = portOf(preview.url)
    const ownHost = `127.0.0.1:${port}`
    const answer = await send(
      port,
      normalGet(ownHost, '/__preview/open?type=components&slug=virtuaaliverstas&locale=fi'),
    )
    expect(answer.statuses).toEqual([302])
    expect(answer.locations).toEqual(['/fi/toimintamalli/virtuaaliverstas/'])
    for (const slug of ['%2f%2fevil.example', '..%2f..', 'x%0d%0aSet-Cookie:%20a=b', '%5cevil']) {
      const bad = await send(port, normalGet(ownHost, `/__preview/open?type=components&slug=${slug}`))
      expect(bad.statuses, slug).toEqual([400])
    }
  })

  it(`stays up through ${REQUESTS_PER_SERVER} seeded random requests`, async () => {
    await fuzz(preview.url, SEED + 1, '/fi/')
  }, 300_000)
})

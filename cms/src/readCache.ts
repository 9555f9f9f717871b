/**
 * A small cache for anonymous REST reads of published content (the site's build and any headless
 * reader ask for the same lists again and again). Anything signed in (an editor, an API key) goes
 * straight to Payload and never fills the cache, so drafts cannot leak into it. Every change to
 * any document clears it (hooks in payload.config.ts), and entries expire after READ_CACHE_SECONDS
 * (default 10; 0 turns the cache off) for changes made by another process, such as a seed.
 *
 * The REST route fills it (`cachedAnonymousGet`), and answers from it too. The production server
 * (`cms/server.ts`) answers hits before a request reaches Next.js at all (`answerFromReadCache`),
 * which costs a fraction of Next's routing for each request.
 *
 * This module is loaded by Next's bundles and by Node directly (server.ts, with Node's own type
 * stripping), so it imports nothing but Node built-ins and uses only erasable TypeScript.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

interface Entry {
  expires: number
  status: number
  headers: [string, string][]
  body: Buffer
  /** Made on the first request that accepts gzip, then kept with the entry. */
  gzip?: Buffer
}

const MAX_ENTRIES = 1000
// Bodies smaller than this are sent as they are: gzip would save less than its own overhead.
const GZIP_MIN_BYTES = 1024
// One cache for the whole process: Next.js may load this module more than once (the route handler
// and the Payload config that runs the hooks can live in different bundles, and server.ts loads it
// outside any bundle), so it lives on globalThis.
const shared = globalThis as typeof globalThis & { __toolkitReadCache?: Map<string, Entry> }
const cache = (shared.__toolkitReadCache ??= new Map<string, Entry>())

const ttlMs = () => Math.max(0, Number(process.env.READ_CACHE_SECONDS ?? 10)) * 1000

export function clearReadCache(): void {
  cache.clear()
}

/** The request headers the decision depends on, however the server represents them. */
interface ReadHeaders {
  authorization?: string | null
  cookie?: string | null
  origin?: string | null
}

/** The cache key of an anonymous read, or null when this read must go to Payload. */
function cacheKey(url: URL, headers: ReadHeaders): string | null {
  if (ttlMs() === 0) return null
  if (!url.pathname.startsWith('/api/')) return null
  if (headers.authorization) return null
  if (/(^|;\s*)payload-token=/.test(headers.cookie ?? '')) return null
  if (url.searchParams.get('draft') === 'true') return null
  // Accounts and the session are never cached, whoever asks.
  if (/^\/api\/(users|payload-preferences|payload-locked-documents|payload-jobs)(\/|$)/.test(url.pathname)) return null
  // Payload's CORS headers depend on the Origin, so each origin has its own entries.
  return `${headers.origin ?? ''} ${url.pathname}?${url.searchParams.toString()}`
}

function liveEntry(key: string): Entry | undefined {
  const entry = cache.get(key)
  if (!entry) return undefined
  if (entry.expires > Date.now()) return entry
  cache.delete(key)
  return undefined
}

/** The route handler for GET with the cache in front: hits are answered, 200 answers are kept. */
export function cachedAnonymousGet(handler: Handler): Handler {
  return async (request, context) => {
    const key = cacheKey(new URL(request.url), {
      authorization: request.headers.get('authorization'),
      cookie: request.headers.get('cookie'),
      origin: request.headers.get('origin'),
    })
    if (key === null) return handler(request, context)
    const hit = liveEntry(key)
    if (hit) return new Response(new Uint8Array(hit.body), { status: hit.status, headers: [...hit.headers, ['x-read-cache', 'hit']] })
    const response = await handler(request, context)
    if (response.status !== 200 || response.headers.has('set-cookie')) return response
    const body = Buffer.from(await response.arrayBuffer())
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
    // Length and encoding are the server's business when the body is sent again.
    const headers = [...response.headers.entries()].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name))
    cache.set(key, { expires: Date.now() + ttlMs(), status: response.status, headers, body })
    return new Response(new Uint8Array(body), { status: response.status, headers: [...headers, ['x-read-cache', 'miss']] })
  }
}

/** True when Accept-Encoding allows gzip (by name or *, with a q above 0). */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const q = parameters.find((parameter) => parameter.startsWith('q='))
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0)
  })
}

/**
 * For the Node server in front of Next: answers an anonymous GET from the cache and returns true,
 * or returns false (and writes nothing) when Next should answer it.
 */
export function answerFromReadCache(request: IncomingMessage, response: ServerResponse): boolean {
  // Admin pages and their assets go straight to Next, without parsing their address.
  if (request.method !== 'GET' || !request.url?.startsWith('/api/')) return false
  const header = (name: string) => {
    const value = request.headers[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
  const key = cacheKey(new URL(request.url, 'http://cms.invalid'), {
    authorization: header('authorization'),
    cookie: header('cookie'),
    origin: header('origin'),
  })
  if (key === null) return false
  const hit = liveEntry(key)
  if (!hit) return false
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of hit.headers) headers[name] = name in headers ? [headers[name]!, value].flat() : value
  headers['x-read-cache'] = 'hit'
  let body = hit.body
  if (body.length >= GZIP_MIN_BYTES) {
    headers.vary = [headers.vary ?? [], 'Accept-Encoding'].flat().join(', ')
    if (acceptsGzip(header('accept-encoding'))) {
      hit.gzip ??= zlib.gzipSync(hit.body)
      body = hit.gzip
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = String(body.length)
  response.writeHead(hit.status, headers)
  response.end(body)
  return true
}

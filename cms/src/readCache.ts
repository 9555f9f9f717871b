/**
 * A small cache for anonymous REST reads of published content (the site's build and headless
 * readers ask for the same lists again and again). It is safe by construction:
 *
 * - Only requests with **no** Cookie and **no** Authorization header at all are cached or answered
 *   from the cache. Payload accepts cookies in forms a regex would miss (`payload-token =…`), so
 *   "anonymous" is decided by the absence of credentials, not by parsing them.
 * - Only the public read routes are cached: `/api/<collection>` and `/api/<collection>/<id>` of the
 *   collections the route names, and `/api/globals/<global>`, spelled plainly (no percent-escapes:
 *   `/api/%75sers/me` is Payload's `/api/users/me`), and only with the query parameters a reader
 *   uses (locale, depth, limit, page, sort, where…, never `draft=true`). Files, images and `/api/og`
 *   are never cached.
 * - Memory is bounded in bytes: an entry over MAX_ENTRY_BYTES is not kept and the least recently
 *   used entries go when MAX_TOTAL_BYTES is reached.
 * - It is emptied on every change: in this process on every save and delete and again when the
 *   database transaction that made it commits (a read that ran in between is not kept: entries
 *   carry the generation they were read in), and for changes made by other processes or instances
 *   through a change marker in the database that `ensureFresh` checks at most every FRESH_MS; a hit
 *   is only answered while the last check is younger than FRESH_MS. Entries also expire after
 *   READ_CACHE_SECONDS (default 10; 0 turns the cache off).
 *
 * The REST route fills it (`cachedAnonymousGet`) and answers from it; the production server
 * (`cms/server.ts`) answers hits before a request reaches Next.js (`answerFromReadCache`).
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

/** One entry larger than this (a `limit=0&depth=2` dump of everything) is served but not kept. */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024
/** All entries together, gzip copies included. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024
/** How old the last check for other processes' changes may be for a hit to be answered. */
export const FRESH_MS = 1000
// Bodies smaller than this are sent as they are: gzip would save less than its own overhead.
const GZIP_MIN_BYTES = 1024
// Query parameters a reader of published content uses; anything else goes to Payload uncached.
const READER_PARAMETERS = new Set([
  'locale',
  'fallback-locale',
  'depth',
  'limit',
  'page',
  'sort',
  'draft',
  'pagination',
])
const READER_PARAMETER_PREFIXES = ['where[', 'select[', 'populate[']
// Plain path segments only: a percent-escape or any other character means "let Payload decide".
const PLAIN_PATH = /^\/api\/([a-z0-9-]{1,64})(?:\/([A-Za-z0-9-]{1,64}))?$/

interface State {
  entries: Map<string, Entry>
  bytes: number
  /** Bumped on every clear: a read that started before the last change is not stored. */
  generation: number
  /** When the last check for other processes' changes finished (0: never). */
  freshAt: number
  marker: string | null | undefined
  checking: Promise<void> | null
}

// One cache for the whole process: Next.js may load this module more than once (the route handler
// and the Payload config that runs the hooks can live in different bundles, and server.ts loads it
// outside any bundle), so it lives on globalThis.
const shared = globalThis as typeof globalThis & { __toolkitReadCache?: State }
const state = (shared.__toolkitReadCache ??= {
  entries: new Map(),
  bytes: 0,
  generation: 0,
  freshAt: 0,
  marker: undefined,
  checking: null,
})

const ttlMs = () => Math.max(0, Number(process.env.READ_CACHE_SECONDS ?? 10)) * 1000
const entryBytes = (entry: Entry) => entry.body.length + (entry.gzip?.length ?? 0)

/** Empties the cache; reads already running will not be kept. */
export function clearReadCache(): void {
  state.entries.clear()
  state.bytes = 0
  state.generation++
}

/** The cache's size, for tests and the bench. */
export function readCacheStats(): { entries: number; bytes: number } {
  return { entries: state.entries.size, bytes: state.bytes }
}

/** The request headers the decision depends on, however the server represents them. */
interface ReadHeaders {
  authorization?: string | null
  cookie?: string | null
  origin?: string | null
}

/**
 * The cache key of an anonymous read of published content, or null when this read must go to
 * Payload. The key is canonical (parameters sorted), so equivalent queries share an entry.
 */
export function readCacheKey(method: string, rawUrl: string, headers: ReadHeaders): string | null {
  if (ttlMs() === 0 || method !== 'GET') return null
  // Any credentials at all, however spelled, and the request is not anonymous.
  if (headers.authorization !== undefined && headers.authorization !== null) return null
  if (headers.cookie !== undefined && headers.cookie !== null) return null
  const queryStart = rawUrl.indexOf('?')
  const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart)
  if (!PLAIN_PATH.test(pathname)) return null
  let params: URLSearchParams
  try {
    params = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1))
  } catch {
    return null
  }
  const names = new Set<string>()
  for (const [name, value] of params) {
    if (names.has(name)) return null // repeated parameters are ambiguous: not worth caching
    names.add(name)
    const known = READER_PARAMETERS.has(name) || READER_PARAMETER_PREFIXES.some((prefix) => name.startsWith(prefix))
    if (!known) return null
    if (name === 'draft' && value !== 'false') return null
  }
  const canonical = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  // Payload's CORS headers depend on the Origin, so each origin has its own entries.
  return `${headers.origin ?? ''} ${pathname}?${new URLSearchParams(canonical).toString()}`
}

function liveEntry(key: string): Entry | undefined {
  const entry = state.entries.get(key)
  if (!entry) return undefined
  if (entry.expires <= Date.now()) {
    forget(key, entry)
    return undefined
  }
  // Least recently used goes first: a hit moves the entry to the end.
  state.entries.delete(key)
  state.entries.set(key, entry)
  return entry
}

function forget(key: string, entry: Entry): void {
  state.entries.delete(key)
  state.bytes -= entryBytes(entry)
}

function keep(key: string, entry: Entry): void {
  const previous = state.entries.get(key)
  if (previous) forget(key, previous)
  state.entries.set(key, entry)
  state.bytes += entryBytes(entry)
  for (const [oldKey, oldEntry] of state.entries) {
    if (state.bytes <= MAX_TOTAL_BYTES) break
    forget(oldKey, oldEntry)
  }
}

/**
 * Checks (at most every FRESH_MS, one check at a time) whether another process or instance has
 * changed content since the last check, by reading the change marker; empties the cache if so.
 */
export async function ensureFresh(readMarker: () => Promise<string | null>): Promise<void> {
  if (checkedWithin(FRESH_MS / 2)) return
  state.checking ??= (async () => {
    try {
      const marker = await readMarker()
      if (state.marker !== undefined && marker !== state.marker) clearReadCache()
      state.marker = marker
      state.freshAt = Date.now()
    } catch {
      // Unknown: do not answer from the cache until a check succeeds.
      clearReadCache()
      state.freshAt = 0
    } finally {
      state.checking = null
    }
  })()
  await state.checking
}

/** True when the last check is younger than `ms` (a clock that went back counts as stale). */
function checkedWithin(ms: number): boolean {
  const age = Date.now() - state.freshAt
  return age >= 0 && age < ms
}
const isFresh = () => checkedWithin(FRESH_MS)

export interface CachedGetOptions {
  /** The route prefixes that may be cached, e.g. '/api/posts', '/api/globals/operating-model'. */
  cacheablePaths: readonly string[]
  /** Reads the change marker that every process writes after committing a change. */
  readMarker: () => Promise<string | null>
}

/** The route handler for GET with the cache in front: hits are answered, fitting 200 answers kept. */
export function cachedAnonymousGet(handler: Handler, options: CachedGetOptions): Handler {
  const cacheable = (pathname: string) =>
    options.cacheablePaths.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  return async (request, context) => {
    const url = new URL(request.url)
    const key = readCacheKey(request.method, `${url.pathname}${url.search}`, {
      authorization: request.headers.get('authorization'),
      cookie: request.headers.get('cookie'),
      origin: request.headers.get('origin'),
    })
    if (key === null || !cacheable(url.pathname)) return handler(request, context)
    await ensureFresh(options.readMarker)
    const hit = isFresh() ? liveEntry(key) : undefined
    if (hit)
      return new Response(new Uint8Array(hit.body), {
        status: hit.status,
        headers: [...hit.headers, ['x-read-cache', 'hit']],
      })
    const generation = state.generation
    const response = await handler(request, context)
    if (response.status !== 200 || response.headers.has('set-cookie')) return response
    const body = Buffer.from(await response.arrayBuffer())
    // Length and encoding are the server's business when the body is sent again.
    const headers = [...response.headers.entries()].filter(
      ([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
    )
    // A change committed while this read ran may not be in it: such an answer is not kept.
    if (generation === state.generation && isFresh() && body.length <= MAX_ENTRY_BYTES) {
      keep(key, { expires: Date.now() + ttlMs(), status: response.status, headers, body })
    }
    return new Response(new Uint8Array(body), {
      status: response.status,
      headers: [...headers, ['x-read-cache', 'miss']],
    })
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
  if (request.method !== 'GET' || !request.url?.startsWith('/api/') || !isFresh()) return false
  const header = (name: string) => {
    const value = request.headers[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
  const key = readCacheKey(request.method, request.url, {
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
      if (!hit.gzip) {
        hit.gzip = zlib.gzipSync(hit.body)
        state.bytes += hit.gzip.length
      }
      body = hit.gzip
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = String(body.length)
  response.writeHead(hit.status, headers)
  response.end(body)
  return true
}

/**
 * A small cache for anonymous REST reads of published content (the site's build and any headless
 * reader ask for the same lists again and again). Anything signed in (an editor, an API key) goes
 * straight to Payload and never fills the cache, so drafts cannot leak into it. Every change to
 * any document clears it (hooks in payload.config.ts), and entries expire after READ_CACHE_SECONDS
 * (default 10; 0 turns the cache off) for changes made by another process, such as a seed.
 */
type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

interface Entry {
  expires: number
  status: number
  headers: [string, string][]
  body: ArrayBuffer
}

const MAX_ENTRIES = 1000
// One cache for the whole process: Next.js may load this module more than once (the route handler
// and the Payload config that runs the hooks can live in different bundles), so it lives on globalThis.
const shared = globalThis as typeof globalThis & { __toolkitReadCache?: Map<string, Entry> }
const cache = (shared.__toolkitReadCache ??= new Map<string, Entry>())

const ttlMs = () => Math.max(0, Number(process.env.READ_CACHE_SECONDS ?? 10)) * 1000

export function clearReadCache(): void {
  cache.clear()
}

function cacheable(request: Request, url: URL): boolean {
  if (ttlMs() === 0) return false
  if (request.headers.has('authorization')) return false
  if (/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')) return false
  if (url.searchParams.get('draft') === 'true') return false
  // Accounts and the session are never cached, whoever asks.
  return !/^\/api\/(users|payload-preferences|payload-locked-documents|payload-jobs)(\/|$)/.test(url.pathname)
}

export function cachedAnonymousGet(handler: Handler): Handler {
  return async (request, context) => {
    const url = new URL(request.url)
    if (!cacheable(request, url)) return handler(request, context)
    const key = `${url.pathname}?${url.searchParams.toString()}`
    const hit = cache.get(key)
    if (hit && hit.expires > Date.now()) {
      return new Response(hit.body.slice(0), { status: hit.status, headers: [...hit.headers, ['x-read-cache', 'hit']] })
    }
    const response = await handler(request, context)
    if (response.status !== 200 || response.headers.has('set-cookie')) return response
    const body = await response.arrayBuffer()
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
    const headers = [...response.headers.entries()].filter(([name]) => name !== 'content-length')
    cache.set(key, { expires: Date.now() + ttlMs(), status: response.status, headers, body })
    return new Response(body.slice(0), { status: response.status, headers: [...headers, ['x-read-cache', 'miss']] })
  }
}

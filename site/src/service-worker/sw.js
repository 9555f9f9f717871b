// The toolkit's service worker, written into the built site as /sw.js by astro build
// (site/integrations/service-worker.ts fills in MANIFEST). It keeps the cheat sheets, the
// self-assessment and the app shell on the device, so that they open without a connection; every
// page opened online is kept too. Each build has its own version: old caches are deleted, and
// readers are offered the new version (never left on stale content for good), see
// site/src/scripts/offline-support.ts.
const MANIFEST = /* MANIFEST */ { version: 'dev', precache: [], offline: {} }

const PRECACHE = `precache-${MANIFEST.version}`
const PAGES = `pages-${MANIFEST.version}`
// Course-pack ZIPs survive new versions of the site: they are checked against the network when online.
const DOWNLOADS = 'downloads'

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(PRECACHE).then((cache) => cache.addAll(MANIFEST.precache)))
})

self.addEventListener('activate', (event) => {
  const keep = new Set([PRECACHE, PAGES, DOWNLOADS])
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !keep.has(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  )
})

// The page asks for this when the reader chooses "update now".
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting()
})

/** The offline page of the language the address is in (Finnish by default). */
function offlinePage(url) {
  const lang = url.pathname.split('/')[1]
  return MANIFEST.offline[lang] ?? MANIFEST.offline.fi
}

async function fromCache(request, options) {
  return (await caches.match(request, options)) ?? null
}

/** Pages: the network first (fresh content when online), then the saved copy, then the offline page. */
async function page(request) {
  const url = new URL(request.url)
  try {
    const response = await fetch(request)
    if (response.ok) {
      const cache = await caches.open(PAGES)
      await cache.put(request, response.clone())
    }
    return response
  } catch {
    // The plan and the search keep their choices in ?…; the page itself is the same.
    const saved = (await fromCache(request)) ?? (await fromCache(request, { ignoreSearch: true }))
    if (saved) return saved
    const offline = offlinePage(url)
    return (
      (offline && (await fromCache(offline))) ??
      new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    )
  }
}

/** A course-pack ZIP: once downloaded it is kept; online, a newer one replaces it. */
async function download(request) {
  const cache = await caches.open(DOWNLOADS)
  try {
    const response = await fetch(request)
    if (response.ok) await cache.put(request, response.clone())
    return response
  } catch {
    return (await cache.match(request)) ?? Response.error()
  }
}

/** Built assets never change under the same name: the cache first. */
async function asset(request) {
  const cached = await fromCache(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) {
    const cache = await caches.open(PAGES)
    await cache.put(request, response.clone())
  }
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (url.pathname.endsWith('.zip')) event.respondWith(download(request))
  else if (request.mode === 'navigate') event.respondWith(page(request))
  else if (url.pathname.startsWith('/_astro/') || MANIFEST.precache.includes(url.pathname))
    event.respondWith(asset(request))
  // Everything else (the search index, feeds, images) goes to the network as usual.
})

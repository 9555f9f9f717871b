// The toolkit's service worker, written into the built site as /sw.js by astro build
// (site/integrations/service-worker.ts fills in MANIFEST). It keeps the cheat sheets, the
// self-assessment and the app shell on the device, so that they open without a connection, and
// keeps the pages a reader opened (the newest MAX_PAGES of them) across new versions of the site.
// A new version is offered to readers (never left on stale content for good), see
// site/src/scripts/offline-support.ts.
//
// Caches:
// - `precache-<version>`: the build's app shell and precached pages, one per version. Each address
//   has a revision (a hash of its content); a new version copies the unchanged ones from the
//   previous precache and downloads only what changed.
// - `pages`: the pages a reader opened, whatever the version; a page stays until a newer copy
//   replaces it or it is the oldest beyond MAX_PAGES.
// - `assets`: scripts and styles not in this build's precache (those of earlier builds, which
//   kept pages still use), the oldest dropped beyond MAX_ASSETS.
// - `downloads`: course-pack ZIPs once downloaded, checked against the network when online.
const MANIFEST = /* MANIFEST */ { version: 'dev', precache: {}, offline: {} }

const PRECACHE_PREFIX = 'precache-'
const PRECACHE = `${PRECACHE_PREFIX}${MANIFEST.version}`
const PAGES = 'pages'
const ASSETS = 'assets'
const DOWNLOADS = 'downloads'
/** The page caches of workers before `pages` existed (one per build): moved into `pages`. */
const LEGACY_PAGES_PREFIX = 'pages-'
/** Each precache holds the revision of every address it has under this key, written last. */
const REVISIONS = '/sw-precache-revisions.json'

/** On a slow network a navigation waits this long, then shows the saved copy if there is one. */
const NAVIGATION_TIMEOUT_MS = 4000
/** About 10 kB a page: a couple of megabytes at most. */
const MAX_PAGES = 200
const MAX_ASSETS = 60
const MAX_DOWNLOADS = 20

self.addEventListener('install', (event) => {
  event.waitUntil(precache())
})

self.addEventListener('activate', (event) => {
  event.waitUntil(activate().then(() => self.clients.claim()))
})

// The page asks for this when the reader chooses "update now".
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (url.pathname.endsWith('.zip')) event.respondWith(download(event))
  else if (request.mode === 'navigate') event.respondWith(page(event))
  else if (url.pathname.startsWith('/_astro/') || Object.hasOwn(MANIFEST.precache, url.pathname))
    event.respondWith(asset(event))
  // Everything else (the search index, feeds, images) goes to the network as usual.
})

/** What revision of each address a precache holds ({} for one whose install did not finish). */
async function revisionsIn(cache) {
  const response = await cache.match(REVISIONS)
  return response ? response.json() : {}
}

/** Fills this version's precache: unchanged addresses from an earlier precache, the rest from the network. */
async function precache() {
  const target = await caches.open(PRECACHE)
  const earlier = []
  for (const name of await caches.keys()) {
    if (!name.startsWith(PRECACHE_PREFIX)) continue
    const cache = await caches.open(name)
    earlier.push({ cache, revisions: await revisionsIn(cache), isTarget: name === PRECACHE })
  }
  await Promise.all(
    Object.entries(MANIFEST.precache).map(async ([address, revision]) => {
      for (const { cache, revisions, isTarget } of earlier) {
        if (revisions[address] !== revision) continue
        const kept = await cache.match(address)
        if (!kept) continue
        if (!isTarget) await target.put(address, kept)
        return
      }
      // Past the browser's HTTP cache, which may hold the previous content under the same address.
      const response = await fetch(new Request(address, { cache: 'reload' }))
      if (!response.ok) throw new Error(`Precaching ${address} failed: ${response.status}`)
      await target.put(address, response)
    }),
  )
  await target.put(
    REVISIONS,
    new Response(JSON.stringify(MANIFEST.precache), { headers: { 'content-type': 'application/json' } }),
  )
}

/**
 * Drops earlier precaches, keeping the scripts and styles that pages saved under them still use;
 * moves pages saved by an older worker into `pages`; and drops saved copies of pages the new
 * precache has (its copy is newer).
 */
async function activate() {
  const ours = new Set([PRECACHE, PAGES, ASSETS, DOWNLOADS])
  const pages = await caches.open(PAGES)
  const assets = await caches.open(ASSETS)
  for (const name of await caches.keys()) {
    if (ours.has(name)) continue
    const old = await caches.open(name)
    if (name.startsWith(LEGACY_PAGES_PREFIX)) await copyEntries(old, pages, () => true)
    else if (name.startsWith(PRECACHE_PREFIX))
      await copyEntries(
        old,
        assets,
        (pathname) => pathname.startsWith('/_astro/') && !Object.hasOwn(MANIFEST.precache, pathname),
      )
    await caches.delete(name)
  }
  await Promise.all(Object.keys(MANIFEST.precache).map((address) => pages.delete(address)))
  await trim(pages, MAX_PAGES)
  await trim(assets, MAX_ASSETS)
}

/** Copies what it can (a full disk must not stop a new version from taking over). */
async function copyEntries(from, to, wanted) {
  for (const request of await from.keys()) {
    if (!wanted(new URL(request.url).pathname)) continue
    try {
      const response = await from.match(request)
      if (response) await to.put(request, response)
    } catch {
      return
    }
  }
}

/** Deletes the oldest entries (a cache keeps them in the order they were last written) beyond `limit`. */
async function trim(cache, limit) {
  const requests = await cache.keys()
  await Promise.all(requests.slice(0, Math.max(0, requests.length - limit)).map((request) => cache.delete(request)))
}

/**
 * Keeps a copy in a bounded cache. A copy that cannot be kept (a full disk, a response the cache
 * refuses) only means there is no copy: the reader still gets the response.
 */
async function store(name, request, response, limit) {
  try {
    const cache = await caches.open(name)
    await cache.put(request, response)
    await trim(cache, limit)
  } catch (error) {
    console.warn(`Not kept for offline use: ${request.url}`, error)
  }
}

/** The offline page of the language the address is in (Finnish by default). */
function offlinePage(url) {
  const lang = url.pathname.split('/')[1]
  return MANIFEST.offline[lang] ?? MANIFEST.offline.fi
}

/** The newest saved copy of a page: one kept on a visit, else the precache's. */
async function savedPage(request) {
  // The plan and the search keep their choices in ?…; the page itself is the same.
  for (const options of [undefined, { ignoreSearch: true }]) {
    for (const name of [PAGES, PRECACHE]) {
      const found = await (await caches.open(name)).match(request, options)
      if (found) return found
    }
  }
  return null
}

/**
 * Pages: the network first (fresh content when online). Offline, or when the network has not
 * answered in NAVIGATION_TIMEOUT_MS, the saved copy (the network's answer, when it comes, still
 * replaces the saved copy); offline with no saved copy, the offline page.
 */
async function page(event) {
  const { request } = event
  let saving
  const network = fetch(request).then((response) => {
    if (response.ok) saving = store(PAGES, request, response.clone(), MAX_PAGES)
    return response
  })
  event.waitUntil(
    network.then(
      () => saving,
      () => undefined,
    ),
  )
  let timer
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, NAVIGATION_TIMEOUT_MS)
  }).then(() => savedPage(request))
  try {
    // The network's response, or after the timeout the saved copy (null if there is none).
    const first = await Promise.race([network, slow])
    return first ?? (await network)
  } catch {
    const saved = await savedPage(request)
    if (saved) return saved
    const offline = offlinePage(new URL(request.url))
    return (
      (offline && (await (await caches.open(PRECACHE)).match(offline))) ??
      new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    )
  } finally {
    clearTimeout(timer)
  }
}

/** A course-pack ZIP: once downloaded it is kept; online, a newer one replaces it. */
async function download(event) {
  const { request } = event
  let response
  try {
    response = await fetch(request)
  } catch {
    return (await (await caches.open(DOWNLOADS)).match(request)) ?? Response.error()
  }
  if (response.ok) event.waitUntil(store(DOWNLOADS, request, response.clone(), MAX_DOWNLOADS))
  return response
}

/** Built assets never change under the same name: the cache first. */
async function asset(event) {
  const { request } = event
  const cached = await caches.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) event.waitUntil(store(ASSETS, request, response.clone(), MAX_ASSETS))
  return response
}

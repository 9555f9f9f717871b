import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'

import { precacheList, writeServiceWorker } from '../../site/integrations/service-worker'

/** A tiny built site with the pages the worker cares about and some it does not. */
function fakeSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-sw-'))
  const files = [
    'fi/index.html',
    'en/index.html',
    'sv/index.html',
    'fi/ilman-yhteytta/index.html',
    'en/offline/index.html',
    'sv/utan-uppkoppling/index.html',
    'fi/lunttilaput/index.html',
    'fi/lunttilaput/kela/index.html',
    'en/cheat-sheets/kela/index.html',
    'fi/itsearvio/mista-aloitan/index.html',
    'fi/toimintamalli/digipaja/index.html',
    'fi/koulutuspaketit/alkeet/pack.zip',
    '_astro/global.abc.css',
    '_astro/x.def.js',
    'favicon.svg',
    'pagefind/pagefind.js',
  ]
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), `content of ${file}`)
  }
  return dir
}

describe('service worker', () => {
  it('precaches the shell, home and offline pages, cheat sheets and the self-assessment, nothing else', () => {
    const list = precacheList(fakeSite())
    expect(list).toEqual([
      '/_astro/global.abc.css',
      '/_astro/x.def.js',
      '/en/',
      '/en/cheat-sheets/kela/',
      '/en/offline/',
      '/favicon.svg',
      '/fi/',
      '/fi/ilman-yhteytta/',
      '/fi/itsearvio/mista-aloitan/',
      '/fi/lunttilaput/',
      '/fi/lunttilaput/kela/',
      '/sv/',
      '/sv/utan-uppkoppling/',
    ])
  })

  it('gets a new version whenever a precached file changes, and only then', () => {
    const dir = fakeSite()
    const first = writeServiceWorker(dir)
    expect(writeServiceWorker(dir).version).toBe(first.version)
    fs.writeFileSync(path.join(dir, 'fi/toimintamalli/digipaja/index.html'), 'changed, but not kept offline')
    expect(writeServiceWorker(dir).version).toBe(first.version)
    fs.writeFileSync(path.join(dir, 'fi/lunttilaput/kela/index.html'), 'a corrected cheat sheet')
    const second = writeServiceWorker(dir)
    expect(second.version).not.toBe(first.version)
    const worker = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8')
    expect(worker).toContain(`"version":"${second.version}"`)
    expect(worker).toContain('"/fi/lunttilaput/kela/"')
    expect(worker).not.toContain('/* MANIFEST */')
    expect(second.files).toBe(13)
  })

  it('refuses to write a worker whose offline page is missing', () => {
    const dir = fakeSite()
    fs.rmSync(path.join(dir, 'en/offline'), { recursive: true })
    expect(() => writeServiceWorker(dir)).toThrow(/offline page \/en\/offline\/ is missing/)
  })
})

// The worker itself, as the build writes it, run against a fake browser: its caches, the network
// (the fake site's folder) and a clock that moves only when a test says so.

const ORIGIN = 'https://toolkit.test'

/** An address as the worker means it: relative addresses are on its own origin. */
function absolute(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : String(input), ORIGIN)
}

interface StoredResponse {
  body: ArrayBuffer
  status: number
  headers: [string, string][]
}

class FakeCache {
  /** In the order last written, as a browser's cache keeps them. */
  readonly entries = new Map<string, StoredResponse>()

  constructor(private readonly storage: FakeCacheStorage) {}

  async match(input: RequestInfo | URL, options?: { ignoreSearch?: boolean }): Promise<Response | undefined> {
    const wanted = absolute(input)
    if (options?.ignoreSearch) wanted.search = ''
    for (const [key, stored] of this.entries) {
      const url = new URL(key)
      if (options?.ignoreSearch) url.search = ''
      if (url.href === wanted.href) return new Response(stored.body, { status: stored.status, headers: stored.headers })
    }
    return undefined
  }

  async put(input: RequestInfo | URL, response: Response): Promise<void> {
    const key = absolute(input).href
    const refusal = this.storage.refusePut?.(key)
    if (refusal) throw refusal
    const stored = { body: await response.arrayBuffer(), status: response.status, headers: [...response.headers] }
    this.entries.delete(key)
    this.entries.set(key, stored)
  }

  async addAll(inputs: (RequestInfo | URL)[]): Promise<void> {
    const responses = await Promise.all(inputs.map((input) => this.storage.network!.fetch(input)))
    if (responses.some((response) => !response.ok)) throw new TypeError('addAll: a request failed')
    for (const [i, response] of responses.entries()) await this.put(inputs[i]!, response)
  }

  async delete(input: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(absolute(input).href)
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((key) => new Request(key))
  }

  paths(): string[] {
    return [...this.entries.keys()].map((key) => new URL(key).pathname)
  }
}

class FakeCacheStorage {
  readonly byName = new Map<string, FakeCache>()
  /** Set to make every write fail, as a full disk does. */
  refusePut?: (url: string) => Error | undefined
  /** Where addAll downloads from. */
  network?: Network

  async open(name: string): Promise<FakeCache> {
    if (!this.byName.has(name)) this.byName.set(name, new FakeCache(this))
    return this.byName.get(name)!
  }

  async keys(): Promise<string[]> {
    return [...this.byName.keys()]
  }

  async delete(name: string): Promise<boolean> {
    return this.byName.delete(name)
  }

  async match(input: RequestInfo | URL, options?: { ignoreSearch?: boolean }): Promise<Response | undefined> {
    for (const cache of this.byName.values()) {
      const found = await cache.match(input, options)
      if (found) return found
    }
    return undefined
  }

  /** The paths a cache holds ([] for a cache that does not exist). */
  paths(name: string): string[] {
    return this.byName.get(name)?.paths() ?? []
  }
}

/** Lets promises and I/O callbacks run until nothing moves any more (the clock stands still). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
}

class Clock {
  private now = 0
  private nextId = 1
  private readonly timers = new Map<number, { at: number; run: () => void }>()

  readonly setTimeout = (run: () => void, ms = 0): number => {
    const id = this.nextId++
    this.timers.set(id, { at: this.now + ms, run })
    return id
  }

  readonly clearTimeout = (id: number): void => {
    this.timers.delete(id)
  }

  async advance(ms: number): Promise<void> {
    const end = this.now + ms
    for (;;) {
      await settle()
      const [due] = [...this.timers].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)
      if (!due) break
      this.timers.delete(due[0])
      this.now = due[1].at
      due[1].run()
    }
    this.now = end
    await settle()
  }
}

/** The server: the fake site's folder, plus pages a test adds; slow where a test says so. */
class Network {
  offline = false
  readonly fetched: string[] = []
  readonly delays = new Map<string, number>()
  readonly extra = new Map<string, string>()

  constructor(
    private readonly siteDir: string,
    private readonly clock: Clock,
  ) {}

  readonly fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = absolute(input)
    if (this.offline) throw new TypeError('Failed to fetch')
    this.fetched.push(url.pathname)
    const delay = this.delays.get(url.pathname)
    if (delay) await new Promise((resolve) => this.clock.setTimeout(() => resolve(undefined), delay))
    const file = path.join(this.siteDir, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname)
    const body = this.extra.get(url.pathname) ?? (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { status: 200 })
  }
}

interface Browser {
  caches: FakeCacheStorage
  network: Network
  clock: Clock
}

function browserFor(siteDir: string): Browser {
  const clock = new Clock()
  const browser = { caches: new FakeCacheStorage(), network: new Network(siteDir, clock), clock }
  browser.caches.network = browser.network
  return browser
}

/** Requests made in a worker: relative addresses are on its origin. */
class WorkerRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, ORIGIN) : input, init)
  }
}

interface FetchEventHandle {
  /** What the worker answered with (undefined when it left the request to the browser). */
  response: Promise<Response | undefined>
  /** Resolves when the work the worker carries on after answering (keeping copies) is done. */
  settled: () => Promise<void>
}

type Listener = (event: unknown) => void

/** One version of the worker, from a build of the fake site, running in its own global scope. */
class RunningWorker {
  private readonly listeners = new Map<string, Listener>()
  private readonly context: vm.Context
  readonly warnings: unknown[][] = []

  constructor(
    source: string,
    private readonly browser: Browser,
  ) {
    const self = {
      location: new URL('/sw.js', ORIGIN),
      addEventListener: (type: string, listener: Listener) => this.listeners.set(type, listener),
      clients: { claim: async () => undefined },
      skipWaiting: async () => undefined,
    }
    this.context = vm.createContext({
      self,
      caches: browser.caches,
      fetch: browser.network.fetch,
      Request: WorkerRequest,
      Response,
      URL,
      setTimeout: browser.clock.setTimeout,
      clearTimeout: browser.clock.clearTimeout,
      console: { warn: (...args: unknown[]) => this.warnings.push(args) },
    })
    vm.runInContext(source, this.context)
  }

  /** A top-level constant of the worker (e.g. NAVIGATION_TIMEOUT_MS). */
  constant<T>(name: string): T {
    return vm.runInContext(name, this.context) as T
  }

  async lifecycle(type: 'install' | 'activate'): Promise<void> {
    const pending: Promise<unknown>[] = []
    this.listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => pending.push(promise) })
    await Promise.all(pending)
  }

  request(address: string, { navigate = false } = {}): FetchEventHandle {
    const request = new Request(new URL(address, ORIGIN))
    // A Request cannot be made with mode "navigate"; the browser makes those.
    if (navigate) Object.defineProperty(request, 'mode', { value: 'navigate' })
    const pending: Promise<unknown>[] = []
    let response: Promise<Response | undefined> = Promise.resolve(undefined)
    this.listeners.get('fetch')!({
      request,
      respondWith: (answer: Promise<Response>) => (response = answer),
      waitUntil: (promise: Promise<unknown>) => pending.push(promise),
    })
    const settled = async () => {
      await response
      let count
      do {
        count = pending.length
        await Promise.all(pending)
      } while (pending.length !== count)
    }
    return { response, settled }
  }

  navigate(address: string): FetchEventHandle {
    return this.request(address, { navigate: true })
  }

  /** The text of the answer, once the worker has also finished keeping its copy. */
  async open(address: string, options = { navigate: true }): Promise<string> {
    const handle = this.request(address, options)
    const response = await handle.response
    await handle.settled()
    if (!response) throw new Error(`The worker did not answer ${address}`)
    return response.text()
  }
}

/** Builds the fake site's worker (as astro build does) and installs and activates it in `browser`. */
async function deploy(siteDir: string, browser: Browser): Promise<RunningWorker> {
  writeServiceWorker(siteDir)
  const worker = new RunningWorker(fs.readFileSync(path.join(siteDir, 'sw.js'), 'utf8'), browser)
  await worker.lifecycle('install')
  await worker.lifecycle('activate')
  return worker
}

function write(siteDir: string, file: string, content: string): void {
  fs.writeFileSync(path.join(siteDir, file), content)
}

const COMPONENT = '/fi/toimintamalli/digipaja/'
const COMPONENT_FILE = 'fi/toimintamalli/digipaja/index.html'
const OFFLINE_FI = 'content of fi/ilman-yhteytta/index.html'

describe('the service worker offline', () => {
  it('keeps the pages a reader opened across new versions, until a newer copy replaces them', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const first = await deploy(site, browser)
    expect(await first.open(COMPONENT)).toBe(`content of ${COMPONENT_FILE}`)
    expect(await first.open('/fi/')).toBe('content of fi/index.html')

    // A publish changes the home page (precached) and the component page: a new version.
    write(site, 'fi/index.html', 'the new home page')
    write(site, COMPONENT_FILE, 'the corrected component page')
    const second = await deploy(site, browser)
    expect(second.constant<{ version: string }>('MANIFEST').version).not.toBe(
      first.constant<{ version: string }>('MANIFEST').version,
    )

    browser.network.offline = true
    expect(await second.open(COMPONENT)).toBe(`content of ${COMPONENT_FILE}`)
    // The precache's copy is newer than the one kept on the visit before the publish.
    expect(await second.open('/fi/')).toBe('the new home page')
    // A page never opened: the offline page.
    expect(await second.open('/fi/toimintamalli/muu/')).toBe(OFFLINE_FI)

    browser.network.offline = false
    expect(await second.open(COMPONENT)).toBe('the corrected component page')
    browser.network.offline = true
    expect(await second.open(COMPONENT)).toBe('the corrected component page')
  })

  it('keeps the pages the previous worker kept in its per-build cache', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const legacy = await browser.caches.open('pages-0123456789abcdef')
    await legacy.put(COMPONENT, new Response('kept by the previous worker'))
    const worker = await deploy(site, browser)
    expect(await browser.caches.keys()).not.toContain('pages-0123456789abcdef')
    browser.network.offline = true
    expect(await worker.open(COMPONENT)).toBe('kept by the previous worker')
  })

  it('downloads only what changed after a publish, and keeps the styles that kept pages use', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const first = await deploy(site, browser)
    expect(browser.network.fetched).toHaveLength(Object.keys(first.constant<object>('MANIFEST.precache')).length)
    await first.open(COMPONENT)

    // The publish corrects a cheat sheet, and the styles change (a new name).
    write(site, 'fi/lunttilaput/kela/index.html', 'the corrected cheat sheet')
    fs.rmSync(path.join(site, '_astro/global.abc.css'))
    write(site, '_astro/global.new.css', 'the new styles')
    browser.network.fetched.length = 0
    const second = await deploy(site, browser)
    expect(browser.network.fetched.sort()).toEqual(['/_astro/global.new.css', '/fi/lunttilaput/kela/'])
    expect(browser.caches.paths(`precache-${second.constant<string>('MANIFEST.version')}`)).toContain(
      '/_astro/x.def.js',
    )

    browser.network.offline = true
    expect(await second.open('/fi/lunttilaput/kela/')).toBe('the corrected cheat sheet')
    // The page kept before the publish still has its styles.
    expect(await second.open('/_astro/global.abc.css', { navigate: false })).toBe('content of _astro/global.abc.css')
    expect(await second.open('/_astro/global.new.css', { navigate: false })).toBe('the new styles')
  })

  it('shows the saved copy when the network is slow, and updates it when the network answers', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const worker = await deploy(site, browser)
    await worker.open(COMPONENT)
    const timeout = worker.constant<number>('NAVIGATION_TIMEOUT_MS')
    expect(timeout).toBeGreaterThanOrEqual(2000)
    expect(timeout).toBeLessThanOrEqual(5000)

    write(site, COMPONENT_FILE, 'the page as it is now')
    browser.network.delays.set(COMPONENT, 60_000)
    const slow = worker.navigate(COMPONENT)
    let answered = false
    void slow.response.then(() => (answered = true))
    await browser.clock.advance(timeout - 1)
    expect(answered).toBe(false)
    await browser.clock.advance(1)
    expect(answered).toBe(true)
    expect(await (await slow.response)!.text()).toBe(`content of ${COMPONENT_FILE}`)

    await browser.clock.advance(60_000)
    await slow.settled()
    browser.network.offline = true
    expect(await worker.open(COMPONENT)).toBe('the page as it is now')
  })

  it('waits for a slow network when it has no saved copy', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const worker = await deploy(site, browser)
    browser.network.delays.set(COMPONENT, 10_000)
    const slow = worker.navigate(COMPONENT)
    let answered = false
    void slow.response.then(() => (answered = true))
    await browser.clock.advance(worker.constant<number>('NAVIGATION_TIMEOUT_MS'))
    expect(answered).toBe(false)
    await browser.clock.advance(10_000)
    expect(await (await slow.response)!.text()).toBe(`content of ${COMPONENT_FILE}`)
  })

  it('keeps at most MAX_PAGES pages and MAX_DOWNLOADS course packs, dropping the oldest copies first', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const worker = await deploy(site, browser)
    const maxPages = worker.constant<number>('MAX_PAGES')
    const pageAt = (i: number) => `/fi/sivu-${i}/`
    // One page more than fits.
    for (let i = 0; i <= maxPages; i++) browser.network.extra.set(pageAt(i), `page ${i}`)
    await worker.open(pageAt(0))
    await worker.open(pageAt(1))
    // Opened again: its copy is now newer than page 1's.
    await worker.open(pageAt(0))
    for (let i = 2; i <= maxPages; i++) await worker.open(pageAt(i))
    const kept = [...browser.caches.byName]
      .filter(([name]) => !name.startsWith('precache-'))
      .flatMap(([, cache]) => cache.paths())
    expect(kept).toHaveLength(maxPages)
    expect(kept).not.toContain(pageAt(1))
    expect(kept).toContain(pageAt(0))
    expect(kept).toContain(pageAt(2))
    expect(kept).toContain(pageAt(maxPages))

    const maxDownloads = worker.constant<number>('MAX_DOWNLOADS')
    const packAt = (i: number) => `/fi/koulutuspaketit/paketti-${i}/pack.zip`
    for (let i = 0; i < maxDownloads + 1; i++) {
      browser.network.extra.set(packAt(i), `pack ${i}`)
      await worker.open(packAt(i), { navigate: false })
    }
    expect(browser.caches.paths('downloads')).toEqual(Array.from({ length: maxDownloads }, (_, i) => packAt(i + 1)))
  })

  it('answers from the network when a copy cannot be kept (a full disk is not being offline)', async () => {
    const site = fakeSite()
    const browser = browserFor(site)
    const worker = await deploy(site, browser)
    browser.caches.refusePut = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    browser.network.extra.set('/fi/koulutuspaketit/alkeet/pack.zip', 'the pack')
    browser.network.extra.set('/_astro/late.js', 'a script')

    const page = await worker.navigate(COMPONENT).response
    expect(page!.status).toBe(200)
    expect(await page!.text()).toBe(`content of ${COMPONENT_FILE}`)
    const pack = await worker.request('/fi/koulutuspaketit/alkeet/pack.zip').response
    expect(pack!.status).toBe(200)
    expect(await pack!.text()).toBe('the pack')
    expect(await worker.open('/_astro/late.js', { navigate: false })).toBe('a script')
  })
})

import autocannon, { type Result as AutocannonResult } from 'autocannon'
import fs from 'node:fs'

import { buildAdminIfStale, startCms, stopCms } from '../lib/cms-server'
import { freePort } from '../lib/net'
import { type BenchContext, type Row } from './context'
import { treeCpuSeconds } from './measure'

/**
 * CMS reads: the production server (next build + cms/server.ts, as npm start runs it) on the
 * embedded SQLite database seeded with the real corpus, loaded with autocannon over loopback by
 * anonymous REST reads of published documents (lists, single documents by id, the operating model)
 * in turn on every connection. p95 is computed from every response's own time; autocannon's own
 * percentiles (p50, p97.5, p99) are printed beside it. The server answers repeated anonymous reads
 * from its read cache, as in production; a shorter second run with the cache turned off
 * (READ_CACHE_SECONDS=0) shows what every read costs when it goes through Next.js and Payload.
 */

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

/** The read paths: lists as the site's visitors and the exporter ask for them, and single documents. */
async function readPaths(url: string): Promise<string[]> {
  const firstIds = async (collection: string) => {
    const response = await fetch(`${url}/api/${collection}?depth=0&limit=3&locale=fi`)
    if (!response.ok) throw new Error(`GET /api/${collection} answered ${response.status}`)
    const body = (await response.json()) as { docs: { id: number | string }[] }
    if (body.docs.length === 0) throw new Error(`no published ${collection} to read`)
    return body.docs.map((doc) => doc.id)
  }
  const components = await firstIds('components')
  const sheets = await firstIds('cheat-sheets')
  const posts = await firstIds('posts')
  return [
    '/api/components?depth=0&limit=20&locale=fi',
    `/api/components/${components[0]}?depth=0&locale=fi`,
    '/api/posts?depth=0&limit=10&sort=-date&locale=en',
    `/api/posts/${posts[0]}?depth=0&locale=fi`,
    `/api/cheat-sheets/${sheets[0]}?depth=0&locale=sv`,
    '/api/tools?depth=0&limit=50&where[category][equals]=learning&locale=fi',
    '/api/events?depth=0&limit=10&sort=-start&locale=fi',
    '/api/globals/operating-model?depth=0&locale=fi',
    `/api/components/${components[1] ?? components[0]}?depth=1&locale=all`,
  ]
}

interface LoadResult {
  result: AutocannonResult
  p95: number
  errors: number
  cpuShare: number
}

/** Warms the server up on every path, then loads it with autocannon for the given seconds. */
async function load(
  url: string,
  pid: number,
  paths: string[],
  connections: number,
  duration: number,
): Promise<LoadResult> {
  // Warm up: the first request to each route compiles and caches in Next.
  for (let round = 0; round < 3; round++) {
    for (const path of paths) {
      const response = await fetch(`${url}${path}`)
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`)
      await response.arrayBuffer()
    }
  }
  const times: number[] = []
  const cpuBefore = treeCpuSeconds(pid)
  const instance = autocannon({
    url,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET', path })),
    timeout: 10,
  })
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  // How busy the server was: CPU seconds per second of load (1.0 = one core all the time).
  const cpuShare = (treeCpuSeconds(pid) - cpuBefore) / duration
  times.sort((a, b) => a - b)
  return { result, p95: percentile(times, 95), errors: result.errors + result.timeouts + result.non2xx, cpuShare }
}

export async function runCmsBench(context: BenchContext): Promise<Row[]> {
  await context.seedRealCorpus()
  // next build reads the config, which needs these; this process itself never starts Payload.
  for (const key of ['PAYLOAD_SECRET', 'DATABASE_URI', 'TOOLKIT_DATA_DIR']) process.env[key] = context.env[key]
  buildAdminIfStale()
  const connections = 20
  const duration = context.quick ? 5 : 30
  const bench = 'cms'
  const rows: Row[] = []
  context.log('Starting the CMS server (cms/server.ts) on the seeded database…')
  const server = await startCms(await freePort(), context.env)
  try {
    const paths = await readPaths(server.url)
    context.log(`autocannon: ${connections} connections for ${duration} s on ${paths.length} REST read paths…`)
    const loadBefore = fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]
    const { result, p95, errors, cpuShare } = await load(server.url, server.child.pid!, paths, connections, duration)
    // Where the time goes: each path alone, one request at a time (median of 10), after the load.
    const single: { path: string; ms: number }[] = []
    for (const path of paths) {
      const samples: number[] = []
      for (let i = 0; i < 10; i++) {
        const started = performance.now()
        await (await fetch(`${server.url}${path}`)).arrayBuffer()
        samples.push(performance.now() - started)
      }
      single.push({
        path,
        ms: percentile(
          samples.sort((a, b) => a - b),
          50,
        ),
      })
    }
    console.log('CMS: median time of one request alone, per path:')
    for (const entry of single) console.log(`  ${entry.ms.toFixed(0).padStart(5)} ms  ${entry.path}`)
    const slowest = [...single].sort((a, b) => b.ms - a.ms).slice(0, 3)
    rows.push(
      {
        bench,
        metric: `REST reads, ${connections} connections × ${duration} s: requests/s`,
        value: result.requests.average.toFixed(0),
      },
      {
        bench,
        metric: 'latency p95 (from every response)',
        value: `${p95.toFixed(0)} ms`,
        budget: '≤ 50 ms',
        ok: p95 <= 50,
      },
      {
        bench,
        metric: 'latency p50 / p97.5 / p99 (autocannon)',
        value: `${result.latency.p50} / ${result.latency.p97_5} / ${result.latency.p99} ms`,
      },
      {
        bench,
        metric: 'errors (errors + timeouts + non-2xx)',
        value: `${errors} of ${result.requests.total}`,
        budget: '0',
        ok: errors === 0,
      },
      {
        bench,
        metric: 'server CPU during the load (cores busy); machine load average before',
        value: `${cpuShare.toFixed(2)}; ${loadBefore}`,
      },
      {
        bench,
        metric: 'slowest paths, one request alone (median of 10)',
        value: slowest
          .map(
            (entry) =>
              `${entry.path.replace(/\?.*/, '')}${entry.path.includes('locale=all') ? ' (depth 1, all locales)' : ''} ${entry.ms.toFixed(0)} ms`,
          )
          .join('; '),
      },
    )
  } finally {
    await stopCms(server.child)
  }

  // The same reads with the cache off: every request through Next.js, Payload and SQLite.
  const uncachedDuration = context.quick ? 3 : 10
  context.log(`The same load with the read cache off (READ_CACHE_SECONDS=0) for ${uncachedDuration} s…`)
  const uncached = await startCms(await freePort(), { ...context.env, READ_CACHE_SECONDS: '0' })
  try {
    const paths = await readPaths(uncached.url)
    const { result, p95, errors } = await load(uncached.url, uncached.child.pid!, paths, connections, uncachedDuration)
    rows.push({
      bench,
      metric: `for comparison, read cache off, ${connections} connections × ${uncachedDuration} s: requests/s; p95; errors`,
      value: `${result.requests.average.toFixed(0)}; ${p95.toFixed(0)} ms; ${errors} of ${result.requests.total}`,
    })
  } finally {
    await stopCms(uncached.child)
  }
  return rows
}

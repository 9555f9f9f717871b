import fs from 'node:fs'

import { buildSite } from '../lib/site-build'

/**
 * The steps the benchmarks measure from outside, each in its own process so that its wall time and
 * memory are its own (the database comes from DATABASE_URI, set by the parent):
 *   seed                                   the real corpus in content/ into the database
 *   export-build <snapshot> <out> <result> export the published content, then buildSite (npm run build's chain)
 *   build <snapshot> <out> <result>        buildSite from an existing snapshot
 *   serve <dir> <urls>                     what npm start serves (site, preview, CMS, site publisher)
 *                                          on the seeded database, with an editor BENCH_EDITOR_EMAIL /
 *                                          BENCH_EDITOR_PASSWORD; writes the addresses to <urls> and
 *                                          serves until it is stopped (SIGTERM)
 * The result file gets a JSON object with the step's own timings and page counts.
 */
async function serve(dir: string, urlsFile: string): Promise<void> {
  const path = await import('node:path')
  const { startPayload } = await import('../lib/payload')
  const { assembleSnapshot, readPublishedLocal, writeSnapshot } = await import('../lib/export')
  const { serveToolkit } = await import('../lib/toolkit')
  const { freePort } = await import('../lib/net')
  const payload = await startPayload()
  await payload.create({
    collection: 'users',
    data: { email: process.env.BENCH_EDITOR_EMAIL!, password: process.env.BENCH_EDITOR_PASSWORD!, role: 'editor' },
  })
  const snapshotPath = path.join(dir, 'snapshot.json')
  writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), snapshotPath)
  const site = await buildSite(snapshotPath, path.join(dir, 'dist'))
  const toolkit = await serveToolkit({
    payload,
    site,
    snapshotPath,
    dataDir: dir,
    ports: { cms: await freePort(), site: await freePort(), preview: await freePort() },
    log: () => undefined,
  })
  const stop = () => {
    void toolkit.stop().finally(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  fs.writeFileSync(
    urlsFile,
    JSON.stringify({ site: toolkit.siteUrl, cms: toolkit.cmsUrl, statusFile: path.join(dir, 'site-build.json') }),
  )
  await new Promise(() => undefined)
}

async function main(): Promise<void> {
  const [step, snapshotPath, outDir, resultFile] = process.argv.slice(2)
  if (step === 'serve' && snapshotPath && outDir) return serve(snapshotPath, outDir)
  if (step === 'seed') {
    // Payload is loaded only by the steps that need it, so that `build` measures buildSite alone.
    const { startPayload } = await import('../lib/payload')
    const { seedContent } = await import('../lib/seed')
    const { contentDir } = await import('../lib/env')
    const payload = await startPayload()
    try {
      await seedContent(payload, contentDir)
    } finally {
      await payload.destroy()
    }
    return
  }
  if ((step !== 'export-build' && step !== 'build') || !snapshotPath || !outDir || !resultFile) {
    throw new Error(
      'usage: child.ts seed | export-build <snapshot> <outDir> <resultFile> | build <snapshot> <outDir> <resultFile>',
    )
  }
  let exportSeconds = 0
  if (step === 'export-build') {
    const started = performance.now()
    const { runExport } = await import('../lib/run-export')
    await runExport(snapshotPath)
    exportSeconds = (performance.now() - started) / 1000
  }
  const site = await buildSite(snapshotPath, outDir)
  fs.writeFileSync(
    resultFile,
    JSON.stringify({ exportSeconds, buildSeconds: site.seconds, pages: site.pages, indexedPages: site.indexedPages }),
  )
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  })

import fs from 'node:fs'

import { buildSite } from '../lib/site-build'

/**
 * The steps the benchmarks measure from outside, each in its own process so that its wall time and
 * memory are its own (the database comes from DATABASE_URI, set by the parent):
 *   seed                                   the real corpus in content/ into the database
 *   export-build <snapshot> <out> <result> export the published content, then buildSite (npm run build's chain)
 *   build <snapshot> <out> <result>        buildSite from an existing snapshot
 * The result file gets a JSON object with the step's own timings and page counts.
 */
async function main(): Promise<void> {
  const [step, snapshotPath, outDir, resultFile] = process.argv.slice(2)
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

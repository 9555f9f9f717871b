import fs from 'node:fs'
import path from 'node:path'

import { defaultSnapshotPath, siteDir } from '../lib/env'
import { describeSnapshot } from '../lib/export'
import { describeFailure } from '../lib/failure'
import { runExport } from '../lib/run-export'
import { buildSite } from '../lib/site-build'

/**
 * npm run build: export the published snapshot (Local API, or REST when PAYLOAD_URL is set) and
 * build the static site with its search index into site/dist (or SITE_DIST_DIR). On any failure
 * the previous snapshot and site stay as they were.
 */
const outDir = process.env.SITE_DIST_DIR || path.join(siteDir, 'dist')

async function main(): Promise<void> {
  const snapshotPath = process.env.SNAPSHOT_PATH || defaultSnapshotPath
  const staged = `${snapshotPath}.next`
  const { snapshot } = await runExport(staged)
  const site = await buildSite(staged, outDir)
  fs.renameSync(staged, snapshotPath)
  console.log(
    `Built ${site.pages} pages (${site.indexedPages} searchable) from ${describeSnapshot(snapshot)} in ${site.seconds.toFixed(1)} s.`,
  )
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(describeFailure(error))
    console.error(`The previous site in ${path.relative(process.cwd(), outDir) || outDir} is unchanged.`)
    process.exit(1)
  })

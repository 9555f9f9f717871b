import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { errorMessage } from '@toolkit/contract/errors'
import { readSnapshotFile } from '@toolkit/contract/snapshot-file'

import { launchBrowser } from '../lib/browser'
import { dataDir, defaultSnapshotPath, siteDir } from '../lib/env'
import { takeScreenshots } from '../lib/screenshots'
import { serveStatic } from '../lib/static-server'

const usage =
  'Usage: npm run screenshots [-- --site DIR] [--snapshot FILE] [--out DIR]\n' +
  '  --site      the built site (default site/dist, as npm start and npm run build leave it)\n' +
  '  --snapshot  the snapshot it was built from (default data/snapshot.json)\n' +
  '  --out       where the pictures go (default data/screenshots)'

/**
 * npm run screenshots: the main page types in fi, en and sv at 320, 768 and 1280 px, as PNG files,
 * each checked for sideways scrolling and overlapping text. Exits 1 and lists what it found when
 * any screen has a problem.
 */
async function main(): Promise<number> {
  let values: { site?: string; snapshot?: string; out?: string }
  try {
    values = parseArgs({
      options: { site: { type: 'string' }, snapshot: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    console.error(`${errorMessage(error)}\n${usage}`)
    return 2
  }
  const site = path.resolve(values.site ?? path.join(siteDir, 'dist'))
  if (!fs.existsSync(path.join(site, 'index.html'))) {
    console.error(`No built site in ${site}: run npm run build (or npm start) first, or give --site.`)
    return 1
  }
  const snapshot = readSnapshotFile(path.resolve(values.snapshot ?? defaultSnapshotPath))
  const outDir = path.resolve(values.out ?? path.join(dataDir, 'screenshots'))
  const server = await serveStatic(site)
  const browser = await launchBrowser()
  try {
    const { files, problems } = await takeScreenshots({ browser, siteUrl: server.url, snapshot, outDir })
    console.log(`${files.length} screenshots in ${outDir}.`)
    if (problems.length === 0) {
      console.log('No screen scrolls sideways or has overlapping text.')
      return 0
    }
    console.error(`${problems.length} layout problems:`)
    for (const { page, width, problem } of problems) console.error(`  ${page} at ${width} px: ${problem}`)
    return 1
  } finally {
    await browser.close()
    server.server.close()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`Screenshots failed: ${errorMessage(error)}`)
    process.exit(1)
  })

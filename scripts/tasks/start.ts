import path from 'node:path'

import { dataDir, defaultSnapshotPath, siteDir } from '../lib/env'
import { startPayload } from '../lib/payload'
import { seedAndExport } from '../lib/pipeline'
import { buildSite } from '../lib/site-build'
import { describeSnapshot } from '../lib/export'
import { describeFailure } from '../lib/failure'
import { superviseProcess } from '../lib/supervisor'
import { serveToolkit } from '../lib/toolkit'

/**
 * npm start: migrate and seed the embedded database, export the published snapshot, build the
 * static site with its search index, build the admin panel, and serve both until Ctrl+C, with the
 * editors' draft preview beside them. Whatever ends it (Ctrl+C, SIGTERM, SIGHUP, an unexpected
 * error, a server error, the CMS dying), the supervisor stops every child it started first.
 */
const supervisor = superviseProcess()

async function main(): Promise<void> {
  const cmsPort = Number(process.env.CMS_PORT || 3000)
  const sitePort = Number(process.env.SITE_PORT || 4321)
  const previewPort = Number(process.env.PREVIEW_PORT || 4322)

  console.log('› Migrating and seeding the embedded database…')
  const payload = await startPayload()
  let summary: string
  try {
    // Editors' changes made in the CMS survive a restart: only missing documents are added.
    const { seed, snapshot } = await seedAndExport(payload, defaultSnapshotPath, 'create-missing')
    summary = `${describeSnapshot(snapshot)} (${seed.created.length} added from content/, ${seed.unchanged.length} unchanged, ${seed.kept.length} edited in the CMS and kept)`
    if (seed.kept.length > 0) summary += '; run "npm run seed" to replace CMS edits with content/'
  } catch (error) {
    await payload.destroy()
    throw error
  }
  console.log(`› Content: ${summary}.`)

  console.log('› Building the static site…')
  const site = await buildSite(defaultSnapshotPath, path.join(siteDir, 'dist'))
  console.log(`› Site: ${site.pages} pages, ${site.indexedPages} indexed for search, in ${site.seconds.toFixed(1)} s.`)

  const toolkit = await serveToolkit({
    payload,
    site,
    snapshotPath: defaultSnapshotPath,
    dataDir,
    ports: { cms: cmsPort, site: sitePort, preview: previewPort },
    watch: supervisor,
  })
  supervisor.onStop(() => toolkit.stop())
  const { siteUrl, previewUrl, cmsUrl } = toolkit

  console.log('')
  console.log(`  Toolkit site:  ${siteUrl}/fi/  (rebuilt a few seconds after every publish)`)
  console.log(`  CMS admin:     ${cmsUrl}/admin`)
  console.log(`  Draft preview: ${previewUrl}/fi/  (rebuilt after every save; the admin's Preview button opens it)`)
  console.log(
    process.env.ADMIN_EMAIL
      ? `  Sign in as ${process.env.ADMIN_EMAIL} (from ADMIN_EMAIL).`
      : '  No ADMIN_EMAIL/ADMIN_PASSWORD set: the admin shows a form to create the first user.',
  )
  console.log('  Press Ctrl+C to stop.')
}

main().catch((error: unknown) => void supervisor.stop(1, describeFailure(error)))

import type { Server } from 'node:http'
import path from 'node:path'

import { BuildLane } from '../lib/build-lane'
import { buildAdminIfStale, startCms } from '../lib/cms-server'
import { dataDir, defaultSnapshotPath, siteDir } from '../lib/env'
import { startPayload } from '../lib/payload'
import { startPreview } from '../lib/preview'
import { seedAndExport } from '../lib/pipeline'
import { buildSite } from '../lib/site-build'
import { startSitePublisher } from '../lib/site-publisher'
import { serveStatic } from '../lib/static-server'
import { describeSnapshot } from '../lib/export'
import { describeFailure } from '../lib/failure'
import { superviseProcess } from '../lib/supervisor'

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

  // The same Payload instance keeps reading for the public site and the preview while the CMS
  // server runs; their builds take turns, the public site's first (build-lane.ts).
  const lane = new BuildLane()
  const siteStatusFile = path.join(dataDir, 'site-build.json')
  const previewStatusFile = path.join(dataDir, 'preview', 'build.json')
  const publisher = await startSitePublisher(payload, {
    snapshotPath: defaultSnapshotPath,
    outDir: site.outDir,
    statusFile: siteStatusFile,
    lane,
    initial: site,
  })
  supervisor.watchServer(publisher.server, 'site publisher')
  supervisor.onStop(() => closeServer(publisher.server))
  const preview = await startPreview(payload, path.join(dataDir, 'preview'), previewPort, {
    lane,
    statusFile: previewStatusFile,
  })
  supervisor.watchServer(preview.server, 'preview server')
  supervisor.onStop(() => closeServer(preview.server))
  const previewUrl = preview.url.replace('127.0.0.1', 'localhost')
  const { server, url } = await serveStatic(site.outDir, sitePort, '127.0.0.1')
  supervisor.watchServer(server, 'site server')
  supervisor.onStop(() => closeServer(server))
  const siteUrl = url.replace('127.0.0.1', 'localhost')

  buildAdminIfStale()
  const cms = await startCms(cmsPort, {
    ...process.env,
    PUBLIC_SITE_URL: siteUrl,
    PREVIEW_URL: previewUrl,
    // With secret tokens: no other program (nor a web page) can start rebuilds.
    PREVIEW_BUILD_URL: preview.buildUrl,
    SITE_BUILD_HOOK_URL: publisher.buildUrl,
    // Locally a publish should show at once; Netlify's default waits longer to gather changes.
    BUILD_HOOK_DEBOUNCE_MS: process.env.BUILD_HOOK_DEBOUNCE_MS ?? '300',
    BUILD_HOOK_RETRIES: process.env.BUILD_HOOK_RETRIES ?? '1',
    SITE_BUILD_STATUS_FILE: siteStatusFile,
    PREVIEW_BUILD_STATUS_FILE: previewStatusFile,
  })
  supervisor.essential(cms.child, 'CMS server')
  void preview.rebuild()

  console.log('')
  console.log(`  Toolkit site:  ${siteUrl}/fi/  (rebuilt a few seconds after every publish)`)
  console.log(`  CMS admin:     ${cms.url}/admin`)
  console.log(`  Draft preview: ${previewUrl}/fi/  (rebuilt after every save; the admin's Preview button opens it)`)
  console.log(
    process.env.ADMIN_EMAIL
      ? `  Sign in as ${process.env.ADMIN_EMAIL} (from ADMIN_EMAIL).`
      : '  No ADMIN_EMAIL/ADMIN_PASSWORD set: the admin shows a form to create the first user.',
  )
  console.log('  Press Ctrl+C to stop.')
}

/** Stops listening and ends open connections (keep-alive ones would hold close() forever). */
function closeServer(server: Server): void {
  server.close()
  server.closeAllConnections()
}

main().catch((error: unknown) => void supervisor.stop(1, describeFailure(error)))

import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'

import { BuildLane } from './build-lane'
import { buildAdminIfStale, startCms, stopCms } from './cms-server'
import { type PreviewServer, startPreview } from './preview'
import type { SiteBuildResult } from './site-build'
import { type SitePublisher, startSitePublisher } from './site-publisher'
import { serveStatic } from './static-server'

/**
 * Everything `npm start` serves once the database is seeded and the site built: the public site
 * (rebuilt after every publish by the site publisher), the editors' preview (rebuilt after every
 * save) and the production CMS server wired to both. The end-to-end tests and the bench start the
 * same thing on free ports, so what they measure is what `npm start` runs.
 */
export interface ToolkitOptions {
  payload: Payload
  /** The build made from the seeded content, served until the first publish. */
  site: SiteBuildResult
  snapshotPath: string
  /** Where the preview and the build status files live. */
  dataDir: string
  ports: { cms: number; site: number; preview: number }
  /** Extra environment for the CMS server (on top of this process's). */
  cmsEnv?: NodeJS.ProcessEnv
  /** npm start's supervisor; the tests stop the toolkit themselves. */
  watch?: { essential(child: ChildProcess, name: string): void; watchServer(server: Server, name: string): void }
  log?: (message: string) => void
}

export interface Toolkit {
  siteUrl: string
  previewUrl: string
  cmsUrl: string
  publisher: SitePublisher
  preview: PreviewServer
  cms: { child: ChildProcess; url: string }
  /** Closes the servers and stops the CMS (builds in progress are ended by their owner's exit). */
  stop(): Promise<void>
}

/** Stops listening and ends open connections (keep-alive ones would hold close() forever). */
function closeServer(server: Server): void {
  server.close()
  server.closeAllConnections()
}

export async function serveToolkit(options: ToolkitOptions): Promise<Toolkit> {
  const { payload, site, snapshotPath, dataDir, ports, watch, log = console.log } = options
  const servers: Server[] = []
  let cms: { child: ChildProcess; url: string } | null = null
  const stop = async () => {
    for (const server of servers) closeServer(server)
    if (cms) await stopCms(cms.child)
  }
  try {
    // The same Payload instance reads for the public site and the preview while the CMS server
    // runs; their builds take turns, the public site's first (build-lane.ts).
    const lane = new BuildLane()
    const siteStatusFile = path.join(dataDir, 'site-build.json')
    const previewStatusFile = path.join(dataDir, 'preview', 'build.json')
    const publisher = await startSitePublisher(payload, {
      snapshotPath,
      outDir: site.outDir,
      statusFile: siteStatusFile,
      lane,
      initial: site,
    })
    servers.push(publisher.server)
    watch?.watchServer(publisher.server, 'site publisher')
    const preview = await startPreview(payload, path.join(dataDir, 'preview'), ports.preview, {
      lane,
      statusFile: previewStatusFile,
      // The admin's Live Preview pane shows the preview in a frame.
      cmsOrigins: [`http://localhost:${ports.cms}`, `http://127.0.0.1:${ports.cms}`],
    })
    servers.push(preview.server)
    watch?.watchServer(preview.server, 'preview server')
    const previewUrl = preview.url.replace('127.0.0.1', 'localhost')
    // What readers send with the site's feedback form is kept under data/ (on Netlify, Netlify keeps it).
    const siteServer = await serveStatic(site.outDir, ports.site, '127.0.0.1', {
      formInboxDir: path.join(dataDir, 'inbox'),
    })
    servers.push(siteServer.server)
    watch?.watchServer(siteServer.server, 'site server')
    const siteUrl = siteServer.url.replace('127.0.0.1', 'localhost')

    buildAdminIfStale(log)
    cms = await startCms(ports.cms, {
      ...process.env,
      ...options.cmsEnv,
      PUBLIC_SITE_URL: siteUrl,
      PREVIEW_URL: previewUrl,
      // With secret tokens: no other program (nor a web page) can start rebuilds.
      PREVIEW_BUILD_URL: preview.buildUrl,
      SITE_BUILD_HOOK_URL: publisher.buildUrl,
      // Locally a publish should show at once; Netlify's default waits longer to gather changes.
      BUILD_HOOK_DEBOUNCE_MS: process.env.BUILD_HOOK_DEBOUNCE_MS ?? '300',
      BUILD_HOOK_RETRIES: process.env.BUILD_HOOK_RETRIES ?? '1',
      SITE_BUILD_STATUS_FILE: siteStatusFile,
      // A person reads npm start's terminal: Payload's readable text, not the JSON lines for log collectors.
      LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
      PREVIEW_BUILD_STATUS_FILE: previewStatusFile,
    })
    watch?.essential(cms.child, 'CMS server')
    void preview.rebuild()
    return { siteUrl, previewUrl, cmsUrl: cms.url, publisher, preview, cms, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

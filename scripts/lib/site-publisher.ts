import fs from 'node:fs'
import type http from 'node:http'
import type { Payload } from 'payload'

import { errorMessage } from '@toolkit/contract/errors'
import type { BuildLane } from './build-lane'
import { BuildStatusFile } from './build-status'
import { assembleSnapshot, describeSnapshot, readPublishedLocal, writeSnapshot } from './export'
import { coalescing } from './coalesce'
import { describeFailure } from './failure'
import { newToken, sameSecret } from './secret'
import { buildSite, type SiteBuildResult } from './site-build'
import { listen, parseRequestTarget } from './static-server'

/**
 * Publish → live on the embedded default: `npm start`'s stand-in for Netlify's build hook. The CMS
 * posts to it (SITE_BUILD_HOOK_URL, with a secret token) after a publish, an unpublish, a delete or
 * a media change that a published page shows; it exports the published content with the running
 * Payload and rebuilds the public site the way Netlify would. Requests during a build are gathered
 * into one more build. The new site replaces the old one only once it is complete (buildSite), a
 * failed build leaves the site and data/snapshot.json as they were, and every step is recorded
 * for the admin's dashboard (SITE_BUILD_STATUS_FILE).
 */
export interface SitePublisher {
  /** Where the CMS asks for a rebuild (POST): with its secret token. */
  buildUrl: string
  server: http.Server
  /** Starts a rebuild, or gathers it into the one after the running build; resolves when done. */
  rebuild(reasons: string[]): Promise<void>
  status: BuildStatusFile
}

export interface SitePublisherOptions {
  snapshotPath: string
  outDir: string
  statusFile: string
  lane: BuildLane
  /** The build `npm start` made before the servers started. */
  initial: SiteBuildResult
}

/** The largest rebuild request accepted: the CMS sends a short list of reasons. */
const MAX_REQUEST_BYTES = 64 * 1024

export async function startSitePublisher(payload: Payload, options: SitePublisherOptions): Promise<SitePublisher> {
  const { snapshotPath, outDir, lane } = options
  const status = new BuildStatusFile(options.statusFile)
  status.started(['npm start'])
  status.succeeded(options.initial.pages, options.initial.seconds)
  const token = newToken()
  const buildOnce = async (reasons: string[]) => {
    status.started(reasons)
    const started = performance.now()
    // Built from a snapshot of its own; it becomes data/snapshot.json only with the site it made.
    const next = `${snapshotPath}.next`
    try {
      const snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
      const exported = performance.now()
      writeSnapshot(snapshot, next)
      const built = await lane.run('site', () => buildSite(next, outDir))
      fs.renameSync(next, snapshotPath)
      const seconds = (performance.now() - started) / 1000
      status.succeeded(built.pages, seconds)
      payload.logger.info({
        msg: `Site rebuilt: ${built.pages} pages in ${seconds.toFixed(1)} s (export ${((exported - started) / 1000).toFixed(1)} s, build ${built.seconds.toFixed(1)} s)`,
        content: describeSnapshot(snapshot),
        reasons,
      })
    } catch (error) {
      fs.rmSync(next, { force: true })
      const why = describeFailure(error)
      status.failed(why)
      payload.logger.error({ msg: 'Site rebuild failed; the previous site is still served', error: why, reasons })
    }
  }

  const builds = coalescing<string>(buildOnce)
  const rebuild = (reasons: string[]) => builds.request(reasons)

  const handler = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const target = parseRequestTarget(request.url)
    if (target.path !== '/rebuild') return void response.writeHead(404).end()
    if (request.method !== 'POST') return void response.writeHead(405, { allow: 'POST' }).end()
    if (!sameSecret(target.query.get('token') ?? '', token)) return void response.writeHead(403).end()
    let body = ''
    for await (const chunk of request) {
      body += String(chunk)
      if (body.length > MAX_REQUEST_BYTES) return void response.writeHead(413).end()
    }
    void rebuild(reasonsFrom(body))
    response.writeHead(202).end()
  }

  const { server, url } = await listen(handler, 0, '127.0.0.1', 'site publisher')
  return { buildUrl: `${url}/rebuild?token=${token}`, server, rebuild, status }
}

/** The CMS's reasons ({ "reasons": ["posts/12 published"] }), or a plain one when the body says none. */
function reasonsFrom(body: string): string[] {
  try {
    const reasons = (JSON.parse(body) as { reasons?: unknown }).reasons
    const named = Array.isArray(reasons) ? reasons.filter((reason) => typeof reason === 'string').slice(0, 100) : []
    if (named.length > 0) return named
  } catch (error) {
    console.error(`The site publisher got a rebuild request it could not read (${errorMessage(error)}).`)
  }
  return ['requested by the CMS']
}

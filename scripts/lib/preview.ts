import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'

import { escapeHtml } from '../../site/src/lib/rich-text'
import { documentPath } from '../../site/src/lib/routes'
import { assembleSnapshot, readLatestLocal, writeSnapshot } from './export'
import { describeFailure } from './failure'
import { buildSite } from './site-build'
import { snapshotLocales, type SnapshotLocale } from './snapshot-schema'
import { listen, staticHandler } from './static-server'

/**
 * The editors' preview: the whole site built from the newest version of every document, drafts
 * included, in the site's own design, with a banner on every page and noindex. The CMS asks for
 * a rebuild on every save (PREVIEW_BUILD_URL); the admin's Preview button opens
 * /__preview/open?type=…&slug=…&locale=…, which waits for a running build and then redirects.
 * It listens on loopback only and is never deployed.
 */
export interface PreviewServer {
  url: string
  server: http.Server
  /** Starts a rebuild, or queues one after the running build; resolves when the site is current. */
  rebuild(): Promise<void>
}

export async function startPreview(payload: Payload, dir: string, port = 0): Promise<PreviewServer> {
  const snapshotFile = path.join(dir, 'snapshot.json')
  const outDir = path.join(dir, 'dist')
  let running: Promise<void> | null = null
  let again = false
  let lastError: string | null = null

  const buildOnce = async () => {
    const snapshot = assembleSnapshot('preview', await readLatestLocal(payload))
    writeSnapshot(snapshot, snapshotFile)
    await buildSite(snapshotFile, outDir)
  }

  const rebuild = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        try {
          await buildOnce()
          lastError = null
        } catch (error) {
          // A draft the site cannot render must not stop the preview: say why on the page.
          lastError = describeFailure(error)
          payload.logger.error({ msg: 'Preview build failed', error: lastError })
        }
      } while (again)
    })().finally(() => {
      running = null
    })
    return running
  }

  const serveFiles = staticHandler(outDir)
  const page = (response: http.ServerResponse, status: number, title: string, text: string, refresh = false) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">${refresh ? '<meta http-equiv="refresh" content="2">' : ''}<title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`,
    )
  }

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://preview.local')
    if (url.pathname === '/__preview/rebuild') {
      if (request.method !== 'POST') return void response.writeHead(405, { allow: 'POST' }).end()
      void rebuild()
      return void response.writeHead(202).end()
    }
    if (running || !fs.existsSync(outDir)) {
      return page(response, 503, 'Building the preview…', 'This page reloads by itself in a moment.', true)
    }
    if (url.pathname === '/__preview/open') {
      if (lastError) return page(response, 500, 'The preview could not be built', escapeHtml(lastError))
      const locale = url.searchParams.get('locale') ?? 'fi'
      const lang: SnapshotLocale = (snapshotLocales as readonly string[]).includes(locale) ? (locale as SnapshotLocale) : 'fi'
      const target = documentPath(url.searchParams.get('type') ?? '', url.searchParams.get('slug') ?? undefined, lang)
      return void response.writeHead(302, { location: target, 'cache-control': 'no-store' }).end()
    }
    serveFiles(request, response)
  }

  const { server, url } = await listen(handler, port)
  return { url, server, rebuild }
}

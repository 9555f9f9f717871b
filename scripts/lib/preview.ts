import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'

import { escapeHtml } from '@toolkit/contract/escape'
import { parsePreviewOpen, PREVIEW_OPEN_PATH } from '@toolkit/contract/preview'
import { SLUG_PATTERN } from '@toolkit/contract/slug'
import { documentPath } from '@toolkit/contract/routes'
import { readLatestLocal, readPublishedLocal, writeSnapshot } from './export'
import { describeFailure } from './failure'
import { assemblePreviewSnapshot, type LeftOutDraft } from './preview-content'
import { type BuildLane, BuildStopped } from './build-lane'
import { BuildStatusFile } from './build-status'
import { newToken, sameSecret } from './secret'
import { buildSite } from './site-build'
import { encodePath, listen, parseRequestTarget, staticHandler } from './static-server'

/**
 * The editors' preview: the whole site built from the newest version of every document, drafts
 * included, in the site's own design, with a banner on every page and noindex. The CMS asks for
 * a rebuild on every save (PREVIEW_BUILD_URL, which holds a secret token); the admin's Preview
 * button opens /__preview/open?type=…&slug=…&locale=…, which waits for a running build and then
 * redirects. A draft that cannot be shown is left out (or shown as published) and listed at
 * /__preview/status, with a notice on every page.
 *
 * It listens on loopback only, is never deployed, and answers only requests addressed to it by
 * name (Host localhost:<port> or 127.0.0.1:<port>): a web page that rebinds its own host name to
 * 127.0.0.1 (DNS rebinding) gets 421, not the drafts.
 */
export interface PreviewServer {
  url: string
  /** Where the CMS asks for a rebuild (POST): the rebuild address with its secret token. */
  buildUrl: string
  server: http.Server
  /** Starts a rebuild, or queues one after the running build; resolves when the site is current. */
  rebuild(): Promise<void>
  /** The drafts the last build could not show, and why. */
  leftOut(): LeftOutDraft[]
}

const STATUS_PATH = '/__preview/status'

export interface PreviewOptions {
  /** Shared with the public site's builder, which goes first (npm start). */
  lane?: BuildLane
  /** Where the CMS dashboard reads how the last preview build went. */
  statusFile?: string
}

export async function startPreview(
  payload: Payload,
  dir: string,
  port = 0,
  { lane, statusFile }: PreviewOptions = {},
): Promise<PreviewServer> {
  const snapshotFile = path.join(dir, 'snapshot.json')
  const outDir = path.join(dir, 'dist')
  const token = newToken()
  const status = statusFile ? new BuildStatusFile(statusFile) : null
  let running: Promise<void> | null = null
  let again = false
  let lastError: string | null = null
  let leftOut: LeftOutDraft[] = []

  const buildOnce = async () => {
    const { snapshot, leftOut: left } = await assemblePreviewSnapshot(await readLatestLocal(payload), () =>
      readPublishedLocal(payload),
    )
    for (const draft of left) {
      payload.logger.warn({
        msg: 'Preview: a draft is not shown as it is',
        type: draft.type,
        slug: draft.slug,
        shown: draft.shown,
        problems: draft.problems,
      })
    }
    writeSnapshot(snapshot, snapshotFile)
    const built = lane
      ? await lane.run('preview', (signal) => buildSite(snapshotFile, outDir, { signal }))
      : await buildSite(snapshotFile, outDir)
    leftOut = left
    return built
  }

  const rebuild = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        status?.started(['saved in the CMS'])
        try {
          const built = await buildOnce()
          lastError = null
          status?.succeeded(built.pages, built.seconds)
        } catch (error) {
          if (error instanceof BuildStopped) {
            // It made way for the public site's build: the preview is built again right after.
            again = true
            continue
          }
          // A draft the site cannot render must not stop the preview: say why on the page.
          lastError = describeFailure(error)
          status?.failed(lastError)
          payload.logger.error({ msg: 'Preview build failed', error: lastError })
        }
      } while (again)
    })().finally(() => {
      running = null
    })
    return running
  }

  const page = (response: http.ServerResponse, status: number, title: string, body: string, refresh = false) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">${refresh ? '<meta http-equiv="refresh" content="2">' : ''}<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    )
  }

  const describeDraft = (draft: LeftOutDraft, link?: string) => {
    const name = escapeHtml(draft.title ?? draft.slug ?? draft.id)
    const shown =
      draft.shown === 'published version' ? 'The preview shows its published version.' : 'The preview leaves it out.'
    const problems = draft.problems.map((problem) => `<li><code>${escapeHtml(problem)}</code></li>`).join('')
    return `<h2>${link ? `<a href="${escapeHtml(link)}">${name}</a>` : name} <small>(${escapeHtml(draft.type)})</small></h2><p>${shown} Complete these fields and save again:</p><ul>${problems}</ul>`
  }

  /** A notice on every page while any draft is left out, beside the site's own preview banner. */
  const decorateHtml = (html: string) => {
    if (leftOut.length === 0) return html
    const count = leftOut.length === 1 ? 'One draft is' : `${leftOut.length} drafts are`
    const notice = `<aside class="preview-banner" aria-label="Drafts not shown"><p>${count} not shown as saved: <a href="${STATUS_PATH}">see which and why</a>.</p></aside>`
    const afterBanner = /<aside class="preview-banner"[\s\S]*?<\/aside>/
    if (afterBanner.test(html)) return html.replace(afterBanner, (banner) => `${banner}${notice}`)
    return html.replace(/<body[^>]*>/, (body) => `${body}${notice}`)
  }

  const serveFiles = staticHandler(outDir, { decorateHtml })
  let allowedHosts = new Set<string>()

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!allowedHosts.has(String(request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      return void response.end('This preview answers only at its own address (localhost).')
    }
    const target = parseRequestTarget(request.url)
    if (target.path === '/__preview/rebuild') {
      if (request.method !== 'POST') return void response.writeHead(405, { allow: 'POST' }).end()
      if (!sameSecret(target.query.get('token') ?? '', token)) return void response.writeHead(403).end()
      void rebuild()
      return void response.writeHead(202).end()
    }
    if (target.path === STATUS_PATH) {
      const error = lastError ? `<p>The last build failed:</p><pre>${escapeHtml(lastError)}</pre>` : ''
      const drafts =
        leftOut.length > 0
          ? leftOut.map((draft) => describeDraft(draft)).join('')
          : '<p>Every draft is shown as saved.</p>'
      return page(
        response,
        200,
        'Drafts in the preview',
        `${running ? '<p>A rebuild is running.</p>' : ''}${error}${drafts}`,
      )
    }
    if (running || !fs.existsSync(outDir)) {
      return page(response, 503, 'Building the preview…', '<p>This page reloads by itself in a moment.</p>', true)
    }
    if (target.path === PREVIEW_OPEN_PATH) {
      if (lastError) return page(response, 500, 'The preview could not be built', `<p>${escapeHtml(lastError)}</p>`)
      const { type, slug, locale: lang } = parsePreviewOpen(target.query)
      if (slug !== undefined && !SLUG_PATTERN.test(slug))
        return page(response, 400, 'No such document', '<p>The link names no valid document.</p>')
      // Only paths of this preview, never another host: the slug is checked and every segment encoded.
      const location = encodePath(documentPath(type, slug, lang))
      const left = leftOut.find((draft) => draft.type === type && (type === 'operating-model' || draft.slug === slug))
      if (left)
        return page(
          response,
          200,
          'This draft is not shown as saved',
          describeDraft(left, left.shown === 'published version' ? location : undefined),
        )
      return void response.writeHead(302, { location, 'cache-control': 'no-store' }).end()
    }
    return serveFiles(request, response)
  }

  const { server, url } = await listen(handler, port, '127.0.0.1', 'preview server')
  const actualPort = (server.address() as AddressInfo).port
  allowedHosts = new Set([`localhost:${actualPort}`, `127.0.0.1:${actualPort}`])
  return { url, buildUrl: `${url}/__preview/rebuild?token=${token}`, server, rebuild, leftOut: () => leftOut }
}

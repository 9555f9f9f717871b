import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'

import { escapeHtml } from '@toolkit/contract/escape'
import { parsePreviewOpen, PREVIEW_OPEN_PATH } from '@toolkit/contract/preview'
import {
  PREVIEW_ACCESS_PARAM,
  PREVIEW_SESSION_COOKIE,
  PREVIEW_SESSION_SECONDS,
  rebuildToken,
  signPreviewToken,
  verifyPreviewToken,
} from '@toolkit/contract/preview-access'
import { SLUG_PATTERN } from '@toolkit/contract/slug'
import { documentPath } from '@toolkit/contract/routes'
import { readLatestLocal, readPublishedLocal, writeSnapshot } from './export'
import { describeFailure } from './failure'
import { assemblePreviewSnapshot, type LeftOutDraft } from './preview-content'
import { type BuildLane, BuildStopped } from './build-lane'
import { BuildStatusFile } from './build-status'
import { coalescing } from './coalesce'
import { type HeaderRule, readHeaderRules } from './netlify-headers'
import {
  LIVE_SCRIPT,
  LIVE_SCRIPT_PATH,
  previewTexts,
  type PreviewTexts,
  requestCookies,
  sendPreviewPage,
  VERSION_PATH,
} from './preview-pages'
import { newToken, sameSecret } from './secret'
import { buildSite } from './site-build'
import { encodePath, listen, parseRequestTarget, staticHandler } from './static-server'

/**
 * The editors' preview: the whole site built from the newest version of every document, drafts
 * included, in the site's own design, with a banner on every page and noindex. The CMS asks for
 * a rebuild on every save (PREVIEW_BUILD_URL, which holds a secret token); the admin's Preview
 * button and Live Preview pane open /__preview/open?type=…&slug=…&locale=…, which waits for a
 * running build and then redirects. A draft that cannot be shown is left out (or shown as
 * published) and listed at /__preview/status, with a notice on every page. Every page asks
 * /__preview/version every few seconds and reloads itself when a newer build is ready, so the
 * Live Preview pane follows each save.
 *
 * It answers only requests addressed to it by name (the Host header): a web page that rebinds its
 * own host name to the preview's address (DNS rebinding) gets 421, not the drafts.
 * - Under `npm start` it listens on loopback and answers localhost:<port> and 127.0.0.1:<port>.
 * - Hosted (`npm run preview`, PREVIEW_SECRET set) it listens where it is told and answers only
 *   its public address, and shows pages only to a browser that came through a link the CMS signed
 *   for a signed-in editor (@toolkit/contract/preview-access); the link is exchanged for a
 *   session cookie of the preview's own.
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
const REBUILD_PATH = '/__preview/rebuild'

export interface PreviewOptions {
  /** Shared with the public site's builder, which goes first (npm start). */
  lane?: BuildLane
  /** Where the CMS dashboard reads how the last preview build went. */
  statusFile?: string
  /** The admin's origins, which may show the preview in their Live Preview pane (CSP frame-ancestors). */
  cmsOrigins?: string[]
  /** A hosted preview: where it listens, the address editors reach it at, and the secret it shares with the CMS. */
  hosted?: { host: string; publicUrl: string; secret: string }
}

/** netlify.toml's headers, except that the admin's Live Preview pane may frame the preview. */
function previewHeaderRules(cmsOrigins: string[]): HeaderRule[] {
  const ancestors = cmsOrigins.length > 0 ? cmsOrigins.join(' ') : "'none'"
  return readHeaderRules().map((rule) => ({
    for: rule.for,
    values: Object.fromEntries(
      Object.entries(rule.values)
        .filter(([name]) => name.toLowerCase() !== 'x-frame-options')
        .map(([name, value]) => [
          name,
          name.toLowerCase() === 'content-security-policy'
            ? value.replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors}`)
            : value,
        ]),
    ),
  }))
}

export async function startPreview(
  payload: Payload,
  dir: string,
  port = 0,
  { lane, statusFile, cmsOrigins = [], hosted }: PreviewOptions = {},
): Promise<PreviewServer> {
  const snapshotFile = path.join(dir, 'snapshot.json')
  const outDir = path.join(dir, 'dist')
  const token = hosted ? rebuildToken(hosted.secret) : newToken()
  const status = statusFile ? new BuildStatusFile(statusFile) : null
  let lastError: string | null = null
  let leftOut: LeftOutDraft[] = []
  /** Counts finished builds: the pages' live script reloads when it changes. */
  let buildNumber = 0

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

  /** One build; 'again' when it made way for the public site's build and must be redone right after. */
  const buildAndRecord = async (): Promise<'again' | void> => {
    status?.started(['saved in the CMS'])
    try {
      const built = await buildOnce()
      lastError = null
      buildNumber++
      status?.succeeded(built.pages, built.seconds)
    } catch (error) {
      if (error instanceof BuildStopped) return 'again'
      // A draft the site cannot render must not stop the preview: say why on the page.
      lastError = describeFailure(error)
      buildNumber++
      status?.failed(lastError)
      payload.logger.error({ msg: 'Preview build failed', error: lastError })
    }
  }
  const builds = coalescing(buildAndRecord)
  const rebuild = () => builds.request()

  const describeDraft = (text: PreviewTexts, draft: LeftOutDraft, link?: string) => {
    const name = escapeHtml(draft.title ?? draft.slug ?? draft.id)
    const shown = draft.shown === 'published version' ? text.showsPublished : text.leftOut
    const problems = draft.problems.map((problem) => `<li><code>${escapeHtml(problem)}</code></li>`).join('')
    return `<h2>${link ? `<a href="${escapeHtml(link)}">${name}</a>` : name} <small>(${escapeHtml(draft.type)})</small></h2><p>${escapeHtml(shown)} ${escapeHtml(text.complete)}</p><ul>${problems}</ul>`
  }

  /** On every page: the live-reload script, and a notice while any draft is left out. */
  const decorateHtml = (html: string) => {
    const lang = /<html[^>]*\blang="(fi|en|sv)"/.exec(html)?.[1] ?? 'fi'
    const { text } = previewTexts(new URLSearchParams({ lang }))
    const script = `<script src="${LIVE_SCRIPT_PATH}" defer></script>`
    const withScript = html.includes('</head>') ? html.replace('</head>', `${script}</head>`) : `${script}${html}`
    if (leftOut.length === 0) return withScript
    const count = leftOut.length === 1 ? text.oneLeftOut : text.manyLeftOut.replace('{n}', String(leftOut.length))
    const notice = `<aside class="preview-banner" aria-label="${escapeHtml(text.leftOutLabel)}"><p>${escapeHtml(count)}: <a href="${STATUS_PATH}?lang=${lang}">${escapeHtml(text.seeWhich)}</a>.</p></aside>`
    const afterBanner = /<aside class="preview-banner"[\s\S]*?<\/aside>/
    if (afterBanner.test(withScript)) return withScript.replace(afterBanner, (banner) => `${banner}${notice}`)
    return withScript.replace(/<body[^>]*>/, (body) => `${body}${notice}`)
  }

  const serveFiles = staticHandler(outDir, { decorateHtml, rules: previewHeaderRules(cmsOrigins) })
  let allowedHosts = new Set<string>()
  const secureCookie = hosted ? new URL(hosted.publicUrl).protocol === 'https:' : false

  /**
   * Hosted: true when the browser may see drafts. A valid signed link from the CMS starts a
   * session (the answer redirects to the same address without the link's token, so that the token
   * stays out of the pages' links and referrers); a valid session cookie continues it.
   */
  const signedIn = (request: http.IncomingMessage, response: http.ServerResponse, query: URLSearchParams) => {
    if (!hosted) return true
    const access = query.get(PREVIEW_ACCESS_PARAM)
    if (access !== null) {
      if (!verifyPreviewToken(hosted.secret, 'link', access)) return false
      const session = signPreviewToken(hosted.secret, 'session', PREVIEW_SESSION_SECONDS)
      // Inside the admin's Live Preview pane the preview is a frame of another site (the CMS's):
      // over HTTPS the cookie is SameSite=None and Partitioned so that browsers keep it there.
      const attributes = secureCookie ? 'Secure; SameSite=None; Partitioned' : 'SameSite=Lax'
      query.delete(PREVIEW_ACCESS_PARAM)
      const rest = query.toString()
      const location = `${encodePath(parseRequestTarget(request.url).path)}${rest ? `?${rest}` : ''}`
      response.writeHead(303, {
        'set-cookie': `${PREVIEW_SESSION_COOKIE}=${session}; Path=/; HttpOnly; Max-Age=${PREVIEW_SESSION_SECONDS}; ${attributes}`,
        location,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      })
      response.end()
      return null
    }
    return verifyPreviewToken(hosted.secret, 'session', requestCookies(request).get(PREVIEW_SESSION_COOKIE))
  }

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const target = parseRequestTarget(request.url)
    const { locale, text } = previewTexts(target.query)
    if (!allowedHosts.has(String(request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      return void response.end(text.wrongHost)
    }
    if (target.path === REBUILD_PATH) {
      if (request.method !== 'POST') return void response.writeHead(405, { allow: 'POST' }).end()
      if (!sameSecret(target.query.get('token') ?? '', token)) return void response.writeHead(403).end()
      void rebuild()
      return void response.writeHead(202).end()
    }
    // The live script and the build number say nothing about the content: no session needed.
    if (target.path === LIVE_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' })
      return void response.end(LIVE_SCRIPT)
    }
    if (target.path === VERSION_PATH) {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      return void response.end(JSON.stringify({ build: buildNumber, running: builds.busy() }))
    }
    const allowed = signedIn(request, response, target.query)
    if (allowed === null) return
    if (!allowed) return sendPreviewPage(response, 401, locale, text.signInTitle, `<p>${escapeHtml(text.signIn)}</p>`)
    if (target.path === STATUS_PATH) {
      const error = lastError ? `<p>${escapeHtml(text.lastFailed)}</p><pre>${escapeHtml(lastError)}</pre>` : ''
      const drafts =
        leftOut.length > 0
          ? leftOut.map((draft) => describeDraft(text, draft)).join('')
          : `<p>${escapeHtml(text.allShown)}</p>`
      return sendPreviewPage(
        response,
        200,
        locale,
        text.draftsTitle,
        `${builds.busy() ? `<p>${escapeHtml(text.running)}</p>` : ''}${error}${drafts}`,
      )
    }
    if (builds.busy() || !fs.existsSync(outDir)) {
      return sendPreviewPage(response, 503, locale, text.building, `<p>${escapeHtml(text.reloads)}</p>`, true)
    }
    if (target.path === PREVIEW_OPEN_PATH) {
      if (lastError) return sendPreviewPage(response, 500, locale, text.failed, `<p>${escapeHtml(lastError)}</p>`)
      const { type, slug, locale: lang } = parsePreviewOpen(target.query)
      if (slug !== undefined && !SLUG_PATTERN.test(slug))
        return sendPreviewPage(response, 400, locale, text.noDocument, `<p>${escapeHtml(text.badLink)}</p>`)
      // Only paths of this preview, never another host: the slug is checked and every segment encoded.
      const location = encodePath(documentPath(type, slug, lang))
      const left = leftOut.find((draft) => draft.type === type && (type === 'operating-model' || draft.slug === slug))
      if (left)
        return sendPreviewPage(
          response,
          200,
          locale,
          text.notShown,
          describeDraft(text, left, left.shown === 'published version' ? location : undefined),
        )
      return void response.writeHead(302, { location, 'cache-control': 'no-store' }).end()
    }
    return serveFiles(request, response)
  }

  const { server, url } = await listen(handler, port, hosted?.host ?? '127.0.0.1', 'preview server')
  const actualPort = (server.address() as AddressInfo).port
  allowedHosts = hosted
    ? new Set([new URL(hosted.publicUrl).host.toLowerCase()])
    : new Set([`localhost:${actualPort}`, `127.0.0.1:${actualPort}`])
  const base = hosted ? hosted.publicUrl.replace(/\/$/, '') : url
  return { url: base, buildUrl: `${base}${REBUILD_PATH}?token=${token}`, server, rebuild, leftOut: () => leftOut }
}

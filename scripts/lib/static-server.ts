import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pipeline } from 'node:stream'

import {
  type HeaderRule,
  headersFor,
  isRedirectStatus,
  matchRedirect,
  parseRedirectsFile,
  readHeaderRules,
  readRedirectRules,
  type RedirectRule,
  variesByLanguage,
} from './netlify-headers'
import { receiveFeedback } from './form-inbox'
import { previousSiteDir } from './site-dirs'

export { previousSiteDir }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
}

/** A request the server cannot make sense of: answered 400 by guardHandler. */
export class BadRequest extends Error {
  override name = 'BadRequest'
}

/** A request target in origin form, decoded: `path` always starts with exactly one "/". */
export interface RequestTarget {
  /** Decoded and normalized ("//a/../b" → "/b"): never "//host", never a backslash or NUL. */
  path: string
  /** Whether the path as sent ends with "/" (directory pages live at "…/"). */
  trailingSlash: boolean
  query: URLSearchParams
}

/**
 * The one parser of request targets for the local servers. `new URL(request.url, base)` throws
 * on "//" and reads "//host/x" as another host; this never does: anything that is not a plain
 * "/path?query" is a BadRequest (400), never an exception that takes the server down.
 */
export function parseRequestTarget(target: string | undefined): RequestTarget {
  if (!target || !target.startsWith('/')) throw new BadRequest('The request target must be a path starting with "/".')
  const queryAt = target.indexOf('?')
  const rawPath = (queryAt === -1 ? target : target.slice(0, queryAt)).split('#')[0]!
  const rawQuery = queryAt === -1 ? '' : target.slice(queryAt + 1).split('#')[0]!
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    throw new BadRequest('The path has an invalid percent-encoding.')
  }
  // Browsers read "/\host" as "//host", and no file of the site has a backslash or a control character in its name.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) throw new BadRequest('The path has a backslash or a control character.')
  return {
    path: path.posix.normalize(decoded),
    trailingSlash: rawPath.endsWith('/'),
    query: new URLSearchParams(rawQuery),
  }
}

/** A decoded path as it goes back into a Location header: every segment percent-encoded, so always same-origin. */
export function encodePath(decodedPath: string): string {
  return decodedPath.split('/').map(encodeURIComponent).join('/')
}

/** The file inside `root` for a decoded, normalized path, or null; never a file outside it. */
function fileFor(root: string, decodedPath: string): string | null {
  const candidate = path.resolve(root, `.${decodedPath}`)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null
  const asIndex = path.join(candidate, 'index.html')
  try {
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate
    if (fs.statSync(asIndex, { throwIfNoEntry: false })?.isFile()) return asIndex
  } catch {
    // e.g. ENOTDIR, ENAMETOOLONG: no such file
  }
  return null
}

/** Maps a URL path (as sent, query allowed) to a file inside `root`, or null; never a file outside it. */
export function resolveFile(root: string, urlPath: string): string | null {
  try {
    return fileFor(path.resolve(root), parseRequestTarget(urlPath).path)
  } catch (error) {
    if (error instanceof BadRequest) return null
    throw error
  }
}

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void | Promise<void>

/**
 * Every local server's handlers go through this: a malformed request is answered 400, any other
 * failure 500 with a plain message (the stack goes to the log, never to the client), and a
 * failure after the headers were sent ends that one response. The server itself never goes down.
 */
export function guardHandler(
  handler: Handler,
  name = 'server',
): (request: http.IncomingMessage, response: http.ServerResponse) => void {
  const fail = (response: http.ServerResponse, error: unknown) => {
    const malformed = error instanceof BadRequest
    if (!malformed) console.error(`The ${name} could not answer a request:`, error)
    if (response.headersSent) {
      response.destroy()
      return
    }
    response
      .writeHead(malformed ? 400 : 500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end(malformed ? `Bad request: ${error.message}` : 'Internal server error')
  }
  return (request, response) => {
    try {
      const result = handler(request, response)
      if (result) result.catch((error: unknown) => fail(response, error))
    } catch (error) {
      fail(response, error)
    }
  }
}

/**
 * Sends a file with the given head. It is opened before the head is written, so a file that is
 * gone (the site folder swapped by a rebuild) is a 404; a read error later ends that response only.
 */
function sendFile(
  response: http.ServerResponse,
  file: string,
  status: number,
  headers: http.OutgoingHttpHeaders,
  notFound: () => void,
): void {
  const stream = fs.createReadStream(file)
  stream.once('error', () => {
    if (!response.headersSent) notFound()
  })
  stream.once('ready', () => {
    response.writeHead(status, headers)
    pipeline(stream, response, (error) => {
      if (error) response.destroy()
    })
  })
}

export interface StaticOptions {
  /** netlify.toml's header rules (read from the repository by default). */
  rules?: HeaderRule[]
  /** netlify.toml's [[redirects]] (read from the repository by default); the site's `_redirects` go first. */
  redirects?: RedirectRule[]
  /** Changes every HTML page before it is sent (the preview adds its notices). */
  decorateHtml?: (html: string) => string
  /**
   * Where the site's feedback form keeps what readers send (as Netlify Forms does on Netlify);
   * without it, a POST is refused with 405 like any other method a static site does not take.
   */
  formInboxDir?: string
}

/**
 * Serves the files of a built site as Netlify does: the redirects and rewrites of the site's
 * `_redirects` and of netlify.toml (a rule that is not forced only where no file exists), the
 * trailing-slash redirects, the 404 page, and the response headers of netlify.toml (so that the
 * CSP is in force locally and in the tests too).
 */
export function staticHandler(root: string, options: StaticOptions = {}): Handler {
  const publishedRoot = path.resolve(root)
  const rules = options.rules ?? readHeaderRules()
  const configRedirects = options.redirects ?? readRedirectRules()
  const siteRedirects = redirectsReader()
  return (request, response) => {
    if (request.method === 'POST' && options.formInboxDir) {
      // The form posts to its own page; any page of the site would do, as on Netlify.
      return receiveFeedback(request, response, parseRequestTarget(request.url).path, options.formInboxDir)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: options.formInboxDir ? 'GET, HEAD, POST' : 'GET, HEAD' }).end()
      return
    }
    // A rebuild swaps the site folder with two renames; in between, the site being replaced answers.
    const absoluteRoot = fs.existsSync(publishedRoot) ? publishedRoot : previousSiteDir(publishedRoot)
    const target = parseRequestTarget(request.url)
    const file = fileFor(absoluteRoot, target.path)
    const redirects = [...siteRedirects(absoluteRoot), ...configRedirects]
    // Locally every rebuild must show at once, whatever the production cache rules say (their
    // Cache-Control is dropped, whatever its case, so that the response has only this one).
    const production = Object.entries(headersFor(rules, target.path)).filter(
      ([name]) => name.toLowerCase() !== 'cache-control',
    )
    // Where a Language rule could answer, caches must keep one answer per language.
    const vary = variesByLanguage(redirects, target.path) ? { vary: 'Accept-Language' } : {}
    const headersOf = (served: string | null) => ({
      ...Object.fromEntries(production),
      'content-type': served
        ? (TYPES[path.extname(served)] ?? 'application/octet-stream')
        : 'text/plain; charset=utf-8',
      'cache-control': 'no-cache',
      ...vary,
    })
    /** A redirect to a decoded path on this site: encoded again, so the Location can only be same-origin. */
    const redirectTo = (status: number, sitePath: string, query = '') =>
      void response
        .writeHead(status, { location: `${encodePath(sitePath)}${query}`, 'cache-control': 'no-cache', ...vary })
        .end()

    const notFoundText = () => response.writeHead(404, headersOf(null)).end('Not found')
    const notFound = () => answer(fileFor(absoluteRoot, '/404.html'), 404, notFoundText)
    /** Sends `served`, or calls `missing` when there is no such file (or it vanished while being opened). */
    const answer = (served: string | null, status: number, missing: () => void) => {
      if (!served) return missing()
      if (request.method === 'HEAD') return void response.writeHead(status, headersOf(served)).end()
      if (options.decorateHtml && served.endsWith('.html')) {
        let html: string
        try {
          html = fs.readFileSync(served, 'utf8')
        } catch {
          return missing()
        }
        return void response.writeHead(status, headersOf(served)).end(options.decorateHtml(html))
      }
      sendFile(response, served, status, headersOf(served), missing)
    }

    // Netlify's rules come first; one that is not forced applies only where no file exists (so an
    // old address of a renamed document leads on unless a document has taken it since).
    const match = matchRedirect(redirects, {
      path: target.path,
      fileExists: file !== null,
      acceptLanguage: request.headers['accept-language'],
    })
    if (match && isRedirectStatus(match.rule.status)) {
      // As on Netlify, the query goes along (re-encoded from its parsed form).
      const query = target.query.toString()
      return redirectTo(match.rule.status, match.target, query ? `?${query}` : '')
    }
    // A rewrite (200, or a 404 page of the reader's language): that file, at this address.
    if (match) return answer(fileFor(absoluteRoot, match.target), match.rule.status, notFound)
    // Directory pages live at "…/": redirect "/fi" to "/fi/" as Netlify does. The address is
    // rebuilt from the normalized path, so "//evil.example/..%2ffi" can only lead to "/fi/".
    if (file && file.endsWith(`${path.sep}index.html`) && !target.trailingSlash) {
      return redirectTo(301, target.path === '/' ? '/' : `${target.path}/`)
    }
    answer(file, 200, notFound)
  }
}

/**
 * The rules of the site's `_redirects` file, read again whenever a rebuild replaces it; a line the
 * server cannot honour is left out and named once in the log.
 */
function redirectsReader(): (root: string) => RedirectRule[] {
  let cached: { key: string; rules: RedirectRule[] } | null = null
  return (root) => {
    const file = path.join(root, '_redirects')
    let key: string
    let text: string
    try {
      const stat = fs.statSync(file)
      key = `${file}:${stat.mtimeMs}:${stat.size}`
      if (cached?.key === key) return cached.rules
      text = fs.readFileSync(file, 'utf8')
    } catch {
      return []
    }
    const { rules, problems } = parseRedirectsFile(text, file)
    for (const problem of problems) console.warn(`Left out of the local redirects: ${problem}`)
    cached = { key, rules }
    return rules
  }
}

/** Listens on a loopback port (0: any free one) and says where; every request goes through guardHandler. */
export function listen(
  handler: Handler,
  port = 0,
  host = '127.0.0.1',
  name = 'server',
): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(guardHandler(handler, name))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      // Later errors (e.g. EMFILE on accept) are logged; whoever runs the server may listen too.
      server.on('error', (error) => console.error(`The ${name} reported an error:`, error))
      const { port: actual } = server.address() as AddressInfo
      resolve({ server, url: `http://${host}:${actual}` })
    })
  })
}

/** A small static file server for the built site: for `npm start` and the end-to-end tests. */
export function serveStatic(
  root: string,
  port = 0,
  host = '127.0.0.1',
  options: Pick<StaticOptions, 'formInboxDir'> = {},
): Promise<{ server: http.Server; url: string }> {
  return listen(staticHandler(root, options), port, host, 'site server')
}

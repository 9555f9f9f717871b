import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { type HeaderRule, headersFor, readHeaderRules } from './netlify-headers'

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

/** Maps a URL path to a file inside `root`, or null; never a file outside it. */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null
  const asIndex = path.join(candidate, 'index.html')
  if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  if (fs.existsSync(asIndex)) return asIndex
  return null
}

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void

/**
 * Serves the files of a built site, with its 404 page, Netlify's trailing-slash redirects and the
 * response headers of netlify.toml (so that the CSP is in force locally and in the tests too).
 */
export function staticHandler(root: string, rules: HeaderRule[] = readHeaderRules()): Handler {
  const absoluteRoot = path.resolve(root)
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const urlPath = request.url ?? '/'
    // Directory pages live at "…/": redirect "/fi" to "/fi/" as Netlify does.
    const file = resolveFile(absoluteRoot, urlPath)
    if (file && file.endsWith(`${path.sep}index.html`) && !urlPath.split('?')[0]!.endsWith('/')) {
      response.writeHead(301, { location: `${urlPath.split('?')[0]}/` }).end()
      return
    }
    const status = file ? 200 : 404
    // Like the Netlify rules: a missing page under /fi/, /en/ or /sv/ gets that language's 404 page.
    const language = /^\/(fi|en|sv)\//.exec(urlPath)?.[1]
    const served = file ?? (language && resolveFile(absoluteRoot, `/${language}/404/`)) ?? resolveFile(absoluteRoot, '/404.html')
    const type = served ? (TYPES[path.extname(served)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8'
    // Locally every rebuild must show at once, whatever the production cache rules say (their
    // Cache-Control is dropped, whatever its case, so that the response has only this one).
    const production = Object.entries(headersFor(rules, urlPath.split('?')[0]!)).filter(([name]) => name.toLowerCase() !== 'cache-control')
    response.writeHead(status, { ...Object.fromEntries(production), 'content-type': type, 'cache-control': 'no-cache' })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    if (served) fs.createReadStream(served).pipe(response)
    else response.end('Not found')
  }
}

/** Listens on a loopback port (0: any free one) and says where. */
export function listen(handler: Handler, port = 0, host = '127.0.0.1'): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      resolve({ server, url: `http://${host}:${actual}` })
    })
  })
}

/** A small static file server for the built site: for `npm start` and the end-to-end tests. */
export function serveStatic(root: string, port = 0, host = '127.0.0.1'): Promise<{ server: http.Server; url: string }> {
  return listen(staticHandler(root), port, host)
}

/**
 * The CMS's production server: Next.js (Payload's admin panel and REST API) behind a plain Node
 * HTTP server. The only thing it does itself is answer anonymous reads that the read cache already
 * holds (src/readCache.ts): Next's routing costs several milliseconds a request, and the site's
 * build and headless readers ask for the same published lists again and again. Everything else,
 * including every signed-in request and every cache miss, is Next's as with `next start`.
 *
 *   node server.ts [--port 3000] [--hostname 0.0.0.0]     (PORT and HOSTNAME work too)
 *
 * Run after `next build`, with the same environment as `next start` (PAYLOAD_SECRET, DATABASE_URI…).
 * Node 22.18 or later runs this TypeScript file as it is (type stripping).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import next from 'next'

import { answerFromReadCache } from './src/readCache.ts'

// As `next start` does: React and Next load their production builds only with NODE_ENV=production.
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`The port must be a number from 0 to 65535, not "${values.port ?? process.env.PORT}".`)
  process.exit(2)
}

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((request, response) => {
  if (answerFromReadCache(request, response)) return
  handle(request, response).catch((error: unknown) => {
    // Next answers its own errors; this is only for a failure inside Next's handler itself.
    console.error(error)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    response.end('Internal Server Error')
  })
})
server.listen(port, hostname, () => console.log(`CMS ready on http://${hostname}:${port}`))

function stop() {
  server.close()
  server.closeIdleConnections()
  void app.close().finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)

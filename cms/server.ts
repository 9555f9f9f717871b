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
import { guardRequest, refuseRateAcrossInstances } from './src/requestGuards.ts'

// As `next start` does: React and Next load their production builds only with NODE_ENV=production.
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`The port must be a number from 0 to 65535, not "${values.port ?? process.env.PORT}".`)
  process.exit(2)
}

// On a public interface in production the CMS must know its own address: Payload accepts session
// cookies only from it (CSRF) and marks them Secure over https (src/serverUrl.ts).
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(hostname)
if (process.env.NODE_ENV === 'production' && !loopback && !process.env.PAYLOAD_PUBLIC_SERVER_URL) {
  console.error(
    "Set PAYLOAD_PUBLIC_SERVER_URL to the CMS's public address (e.g. https://cms.example.org) before serving it on a public interface.",
  )
  process.exit(2)
}

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

/** Answers a failure of this server or of Next's handler itself without a stack trace to the client. */
function failed(response: http.ServerResponse, error: unknown) {
  console.error(error)
  if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
  response.end('Internal Server Error')
}

const server = http.createServer((request, response) => {
  try {
    if (guardRequest(request, response) || answerFromReadCache(request, response)) return
    // A sign-in (or other account) attempt is counted in the database too, for every instance together.
    const acrossInstances = refuseRateAcrossInstances(request, response)
    const answer = acrossInstances
      ? acrossInstances.then((refused) => (refused ? undefined : handle(request, response)))
      : handle(request, response)
    answer.catch((error: unknown) => failed(response, error))
  } catch (error) {
    failed(response, error)
  }
})
// A request Node cannot parse gets a 400 and the connection closes; it never reaches the handlers.
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
  else socket.destroy()
})
server.listen(port, hostname, () => console.log(`CMS ready on http://${hostname}:${port}`))

function stop() {
  server.close()
  server.closeIdleConnections()
  void app.close().finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)

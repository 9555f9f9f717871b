import http from 'node:http'

import { listen } from './static-server'

/**
 * A small reverse proxy that spreads requests over several CMS instances in turn, as a host's load
 * balancer does: it passes the client's address in X-Forwarded-For (so the CMS runs with
 * TRUST_PROXY=1), keeps the Host the client asked for, and streams bodies both ways. An instance
 * that does not answer gets the next request's turn skipped, and the client a 502.
 */
export interface Balancer {
  url: string
  server: http.Server
  /** Which instance answered each request so far, by index (for the rehearsal's assertions). */
  served: number[]
  close(): void
}

export async function startBalancer(targets: string[], port = 0): Promise<Balancer> {
  if (targets.length === 0) throw new Error('The balancer needs at least one instance.')
  const served: number[] = []
  let next = 0
  const upstreams = targets.map((target) => new URL(target))

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const index = next
    next = (next + 1) % upstreams.length
    const upstream = upstreams[index]!
    const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ')
    const proxied = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http' },
      },
      (answer) => {
        served.push(index)
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
        answer.pipe(response)
      },
    )
    proxied.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      response.end('The CMS instance did not answer.')
    })
    request.pipe(proxied)
  }

  const { server, url } = await listen(handler, port, '127.0.0.1', 'balancer')
  return {
    url,
    server,
    served,
    close: () => {
      server.close()
      server.closeAllConnections()
    },
  }
}

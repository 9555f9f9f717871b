import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BadRequest, parseRequestTarget, resolveFile, serveStatic } from '../../scripts/lib/static-server'

// The local site server (npm start, the e2e tests): paths stay inside the site, redirects stay on it.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-static-'))
let server: http.Server
let base: string

beforeAll(async () => {
  for (const [file, text] of Object.entries({
    'index.html': '<!doctype html><title>home</title>',
    'fi/index.html': '<!doctype html><title>fi</title>',
    'evil.example/index.html': '<!doctype html><title>a folder named like a host</title>',
    '404.html': '<!doctype html><title>not found</title>',
  })) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
  ;({ server, url: base } = await serveStatic(root))
})

afterAll(() => {
  server?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** fetch cannot send "//x" or "/\x" as they are; a raw path keeps them. */
async function get(rawPath: string): Promise<Response> {
  const { request } = await import('node:http')
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET' }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve(
          new Response(response.statusCode === 301 || response.statusCode === 302 ? null : Buffer.concat(chunks), {
            status: response.statusCode,
            headers: Object.entries(response.headers).flatMap(([name, value]) =>
              typeof value === 'string' ? [[name, value]] : [],
            ) as [string, string][],
          }),
        ),
      )
    })
      .on('error', reject)
      .end()
  })
}

describe('request targets', () => {
  it('decodes and normalizes paths, so "//host" can never be read as another host', () => {
    expect(parseRequestTarget('/fi/?q=1').path).toBe('/fi/')
    expect(parseRequestTarget('//').path).toBe('/')
    expect(parseRequestTarget('///evil.example/x').path).toBe('/evil.example/x')
    expect(parseRequestTarget('//evil.example/..%2ffi').path).toBe('/fi')
    expect(parseRequestTarget('/%2e%2e/%2e%2e/etc/passwd').path).toBe('/etc/passwd')
    expect(parseRequestTarget('/a?b=%ff').query.get('b')).toBe('\ufffd')
  })

  it('refuses what is not a plain path as a bad request', () => {
    for (const target of [
      undefined,
      '',
      '*',
      'http://evil.example/',
      'evil.example:443',
      '/%',
      '/%ff',
      '/%00',
      '/a%0d%0aSet-Cookie:x',
      '/\\evil',
      '/%5cevil',
    ]) {
      expect(() => parseRequestTarget(target), String(target)).toThrow(BadRequest)
    }
  })

  it('never maps a path to a file outside the site', () => {
    expect(resolveFile(root, '/fi/')).toBe(path.join(root, 'fi', 'index.html'))
    expect(resolveFile(root, '/fi/?q=1')).toBe(path.join(root, 'fi', 'index.html'))
    expect(resolveFile(root, '/../../etc/passwd')).toBeNull()
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveFile(root, '/..%2f..%2fetc/passwd')).toBeNull()
    expect(resolveFile(root, '/%00')).toBeNull()
    expect(resolveFile(root, `/${'a'.repeat(5000)}`)).toBeNull()
    expect(resolveFile(root, '/missing/')).toBeNull()
  })
})

describe('the site server', () => {
  it('redirects "/fi" to "/fi/" as Netlify does', async () => {
    const response = await get('/fi')
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/fi/')
  })

  it('never redirects to another host (the trailing-slash redirect used to echo "//evil.example/…")', async () => {
    for (const rawPath of [
      '//evil.example',
      '//evil.example/..%2ffi',
      '///evil.example',
      '//fi',
      '/fi/..%2f..%2f/evil.example',
    ]) {
      const response = await get(rawPath)
      const location = response.headers.get('location')
      expect(response.status, rawPath).toBeLessThan(500)
      if (location) {
        expect(location, rawPath).toMatch(/^\/(?![/\\])/)
        expect(new URL(location, base).host, rawPath).toBe(new URL(base).host)
      }
    }
  })

  it('answers malformed paths with 400 and stays up', async () => {
    for (const rawPath of ['/%', '/%ff', '/%00', '/\\evil', '/%5cevil']) {
      expect((await get(rawPath)).status, rawPath).toBe(400)
    }
    expect((await get('/fi/')).status).toBe(200)
  })

  it('answers a missing page with the 404 page', async () => {
    const response = await get('/nothing-here/')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('not found')
  })
})

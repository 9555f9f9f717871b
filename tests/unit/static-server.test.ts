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
    'fi/404/index.html': '<!doctype html><title>ei löydy</title>',
    'en/index.html': '<!doctype html><title>en</title>',
    'sv/index.html': '<!doctype html><title>sv</title>',
    'fi/uusi/index.html': '<!doctype html><title>uusi</title>',
    'fi/varattu/index.html': '<!doctype html><title>varattu</title>',
    // As the build writes it for renamed documents; the last two only to try the matching.
    _redirects: [
      '# Old addresses',
      '/fi/vanha/ /fi/uusi/ 301',
      '/fi/varattu/ /fi/uusi/ 301',
      '/fi/pakotettu/ /fi/uusi/ 301!',
      '/fi/%C3%A4%C3%A4ni/ /fi/uusi/ 301',
    ].join('\n'),
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
async function get(rawPath: string, headers: Record<string, string | string[]> = {}): Promise<Response> {
  const { request } = await import('node:http')
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve(
          new Response([301, 302, 303, 307, 308].includes(response.statusCode!) ? null : Buffer.concat(chunks), {
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

describe('the site server answers redirects as Netlify does', () => {
  const redirected = async (rawPath: string, headers: Record<string, string | string[]> = {}) => {
    const response = await get(rawPath, headers)
    return { status: response.status, location: response.headers.get('location'), vary: response.headers.get('vary') }
  }

  it('sends a reader at the root to the home page of their browser’s first language, though a file is there', async () => {
    expect(await redirected('/', { 'accept-language': 'en-GB,fi;q=0.5' })).toEqual({
      status: 302,
      location: '/en/',
      vary: 'Accept-Language',
    })
    expect((await redirected('/', { 'accept-language': 'fi' })).location).toBe('/fi/')
    expect((await redirected('/', { 'accept-language': 'sv-FI' })).location).toBe('/sv/')
    expect((await redirected('/?utm_source=x&a=%C3%A4', { 'accept-language': 'sv' })).location).toBe(
      '/sv/?utm_source=x&a=%C3%A4',
    )
  })

  it('serves the chooser page to every other reader, whatever their Accept-Language says', async () => {
    for (const language of ['', 'de', 'de,fi', '*', ',', ';q=0', 'fi_FI', 'x'.repeat(8000), '\u00e4', 'fi\u00ff']) {
      const response = await get('/', language ? { 'accept-language': language } : {})
      expect(response.status, JSON.stringify(language).slice(0, 40)).toBe(200)
      expect(response.headers.get('vary')).toBe('Accept-Language')
      expect(await response.text()).toContain('<title>home</title>')
    }
    const twice = await get('/', { 'accept-language': ['de', 'fi'] })
    expect(twice.status).toBe(200)
    // Only the root depends on the language.
    expect((await get('/fi/')).headers.get('vary')).toBeNull()
  })

  it('leads an old address to its new page unless a page has taken it since, and a forced rule always', async () => {
    for (const old of [
      '/fi/vanha/',
      '/fi/vanha',
      '/fi/vanha//',
      '/fi/x/../vanha/',
      '/fi%2fvanha/',
      '/fi/%C3%A4%C3%A4ni/',
    ])
      expect(await redirected(old), old).toMatchObject({ status: 301, location: '/fi/uusi/', vary: null })
    expect(await redirected('/fi/vanha/?q=1')).toMatchObject({ location: '/fi/uusi/?q=1' })
    const taken = await get('/fi/varattu/')
    expect(taken.status).toBe(200)
    expect(await taken.text()).toContain('varattu')
    fs.mkdirSync(path.join(root, 'fi', 'pakotettu'), { recursive: true })
    fs.writeFileSync(path.join(root, 'fi', 'pakotettu', 'index.html'), '<!doctype html><title>shadowed</title>')
    expect(await redirected('/fi/pakotettu/')).toMatchObject({ status: 301, location: '/fi/uusi/' })
  })

  it('answers a missing page under a language with that language’s 404 page, and any other with /404.html', async () => {
    const finnish = await get('/fi/ei-ole/')
    expect(finnish.status).toBe(404)
    expect(await finnish.text()).toContain('ei löydy')
    // No /en/404/ in this site: Netlify's own 404.html then.
    const english = await get('/en/missing')
    expect(english.status).toBe(404)
    expect(await english.text()).toContain('not found')
  })

  it('answers hostile paths with a 4xx, the normal file or a redirect on this site, and stays up', async () => {
    const hostile = [
      '/fi/..%2f..%2f..%2fetc/passwd',
      '/fi/%2e%2e/%2e%2e/vanha/',
      '/fi/vanha/%2f%2fevil.example',
      '/%2f%2fevil.example/',
      '/fi/vanha%00/',
      '/fi/vanha%5c/',
      `/fi/${'a'.repeat(8000)}`,
      `/${'fi/'.repeat(2000)}`,
      `/fi/vanha/${'%2e%2e/'.repeat(500)}`,
      '/fi/%ff/',
      '/?%ff=%ff',
    ]
    for (const rawPath of hostile) {
      for (const language of ['fi', 'en', 'x'.repeat(100)]) {
        const { status, location } = await redirected(rawPath, { 'accept-language': language })
        expect(status, rawPath.slice(0, 60)).toBeLessThan(500)
        if (location) expect(new URL(location, base).host, rawPath.slice(0, 60)).toBe(new URL(base).host)
        if (location) expect(location, rawPath.slice(0, 60)).toMatch(/^\/(?![/\\])/)
      }
    }
    expect((await get('/fi/')).status).toBe(200)
  })
})

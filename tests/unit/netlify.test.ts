import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import {
  cspDirectives,
  firstLanguage,
  headersFor,
  matchRedirect,
  parseRedirectsFile,
  pathMatches,
  readHeaderRules,
  readRedirectRules,
  RedirectRuleError,
} from '../../scripts/lib/netlify-headers'

const rules = readHeaderRules()
const page = headersFor(rules, '/fi/components/digipaja/')
const csp = cspDirectives(page['Content-Security-Policy'] ?? '')

describe('netlify.toml response headers', () => {
  it('match paths the way Netlify does', () => {
    expect(pathMatches('/*', '/fi/')).toBe(true)
    expect(pathMatches('/_astro/*', '/_astro/global.abc.css')).toBe(true)
    expect(pathMatches('/_astro/*', '/fi/_astro/x.css')).toBe(false)
    expect(pathMatches('/robots.txt', '/robots.txt')).toBe(true)
    expect(pathMatches('/robots.txt', '/robots.txt.bak')).toBe(false)
  })

  it('set a CSP that allows only the site itself, with no inline scripts or styles', () => {
    expect(csp['default-src']).toEqual(["'self'"])
    for (const directive of ['script-src', 'style-src']) {
      expect(csp[directive], directive).toBeDefined()
      expect(csp[directive]).not.toContain("'unsafe-inline'")
      expect(csp[directive]).not.toContain("'unsafe-eval'")
      expect(
        csp[directive]!.every((source) => source.startsWith("'")),
        `${directive} names no other host`,
      ).toBe(true)
    }
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(csp['form-action']).toEqual(["'self'"])
    for (const directive of ['img-src', 'font-src', 'connect-src']) {
      expect(
        csp[directive]!.every((source) => source === "'self'" || source === 'data:'),
        directive,
      ).toBe(true)
    }
  })

  it('set HSTS, nosniff, a referrer policy and a permissions policy on every page', () => {
    expect(page['Strict-Transport-Security']).toMatch(/max-age=(\d{8,})/)
    expect(Number(/max-age=(\d+)/.exec(page['Strict-Transport-Security']!)![1])).toBeGreaterThanOrEqual(31_536_000)
    expect(page['X-Content-Type-Options']).toBe('nosniff')
    expect(page['Referrer-Policy']).toMatch(/^(no-referrer|strict-origin|strict-origin-when-cross-origin|same-origin)$/)
    expect(page['Permissions-Policy']).toMatch(/camera=\(\)/)
    expect(page['Permissions-Policy']).toMatch(/geolocation=\(\)/)
  })

  it('cache hashed assets for a year and pages not at all beyond revalidation', () => {
    expect(headersFor(rules, '/_astro/global.abc.css')['Cache-Control']).toMatch(/max-age=31536000.*immutable/)
    expect(page['Cache-Control']).toBeUndefined()
  })
})

/** netlify.toml text in a file of its own, for the parser's error messages. */
const tomlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-netlify-'))
afterAll(() => fs.rmSync(tomlDir, { recursive: true, force: true }))
let tomlFiles = 0
function tomlFile(text: string): string {
  const dir = path.join(tomlDir, String(++tomlFiles))
  fs.mkdirSync(dir)
  const file = path.join(dir, 'netlify.toml')
  fs.writeFileSync(file, text)
  return file
}

const rule = (fields: string) => `[[redirects]]\n${fields}\n`

describe('netlify.toml redirects', () => {
  const redirects = readRedirectRules()
  const atRoot = (acceptLanguage?: string) => matchRedirect(redirects, { path: '/', fileExists: true, acceptLanguage })

  it('send a reader at the root to the home page of their browser’s first language, over the chooser page that exists there', () => {
    // Without force, Netlify never applied these: the root's index.html shadows them.
    for (const lang of ['fi', 'en', 'sv']) {
      const match = atRoot(lang)
      expect(match?.rule.force, lang).toBe(true)
      expect(match?.rule.status, lang).toBe(302)
      expect(match?.target, lang).toBe(`/${lang}/`)
    }
    expect(atRoot('sv-FI,fi;q=0.8')?.target).toBe('/sv/')
    expect(atRoot('EN-gb')?.target).toBe('/en/')
  })

  it('leave every other reader on the chooser page: another first language, no header, or a header that reads as none', () => {
    // Netlify matches the first language only, whatever the q-values say.
    for (const header of [
      undefined,
      '',
      'de',
      'de-DE,fi;q=0.9',
      '*',
      ',fi',
      ';q=1',
      'fin',
      'f',
      '\u00ff',
      'a'.repeat(10_000),
    ]) {
      expect(atRoot(header), JSON.stringify(header)).toBeNull()
    }
  })

  it('give a missing page the not-found page of its language, but never over a page that exists', () => {
    const missing = matchRedirect(redirects, { path: '/fi/ei-ole/', fileExists: false })
    expect(missing?.rule.status).toBe(404)
    expect(missing?.target).toBe('/fi/404/')
    expect(matchRedirect(redirects, { path: '/sv/saknas', fileExists: false })?.target).toBe('/sv/404/')
    expect(matchRedirect(redirects, { path: '/fi/toimintamalli/', fileExists: true })).toBeNull()
    expect(matchRedirect(redirects, { path: '/de/', fileExists: false })).toBeNull()
  })

  it('are refused, naming the rule, where the local server could not answer as Netlify does', () => {
    const cases: [string, RegExp][] = [
      [rule('from = "/a"\nto = "/b"\nconditions = { Country = ["FI"] }'), /\[\[redirects\]\] 1: "conditions".*Country/],
      [rule('from = "/a"\nto = "/b"\nconditions = { Language = "fi" }'), /\[\[redirects\]\] 1: "conditions.Language"/],
      [rule('from = "/a"\nto = "/b"\nquery = { id = ":id" }'), /\[\[redirects\]\] 1: .*"query"/],
      [
        rule('from = "/a"\nto = "https://evil.example/"'),
        /"to" "https:\/\/evil.example\/" must be a path on this site/,
      ],
      [rule('from = "/a"\nto = "//evil.example/"'), /"to" .* must be a path on this site/],
      [rule('from = "/a"\nto = "/b?x=1"'), /"to" .* must be a path on this site/],
      [rule('from = "a"\nto = "/b"'), /"from" "a" must be a path on this site/],
      [rule('from = "/a/*/b"\nto = "/b"'), /"\*" only as its last segment/],
      [rule('from = "/a*"\nto = "/b"'), /"\*" only as a whole last segment/],
      [rule('from = "/a/:id"\nto = "/b/:slug"'), /uses :slug/],
      [rule('from = "/a%"\nto = "/b"'), /invalid percent-encoding/],
      [rule('from = "/a"\nto = "/b"\nstatus = 418'), /"status" 418/],
      [rule('from = "/a"\nto = "/b"\nforce = "yes"'), /"force" true or false/],
      [rule('from = "/ok"\nto = "/b"') + rule('to = "/b"'), /\[\[redirects\]\] 2: "from" and "to" must be strings/],
    ]
    for (const [text, message] of cases) {
      expect(() => readRedirectRules(tomlFile(text)), text).toThrow(RedirectRuleError)
      expect(() => readRedirectRules(tomlFile(text)), text).toThrow(message)
    }
  })
})

describe('redirect matching', () => {
  const rules = readRedirectRules(
    tomlFile(
      [
        rule('from = "/vanha/*"\nto = "/uusi/:splat"\nstatus = 301'),
        rule('from = "/tapahtuma/:year/:slug"\nto = "/tapahtumat/:slug-:year/"\nstatus = 302'),
        rule('from = "/aina"\nto = "/kohde/"\nforce = true'),
        rule('from = "/aina"\nto = "/toinen/"'),
        rule('from = "/tyhja/*"\nto = "/:splat"'),
      ].join('\n'),
    ),
  )
  const match = (urlPath: string, fileExists = false) => matchRedirect(rules, { path: urlPath, fileExists })

  it('fills splats and placeholders, with or without a trailing slash, and defaults to 301', () => {
    expect(match('/vanha/a/b.html')?.target).toBe('/uusi/a/b.html')
    expect(match('/vanha')?.target).toBe('/uusi/')
    expect(match('/tapahtuma/2024/messut/')).toMatchObject({
      target: '/tapahtumat/messut-2024/',
      rule: { status: 302 },
    })
    expect(match('/tapahtuma/2024')).toBeNull()
    expect(match('/aina/')).toMatchObject({ target: '/kohde/', rule: { status: 301 } })
  })

  it('apply the first rule that matches, and only forced rules where a file exists', () => {
    expect(match('/aina', true)?.target).toBe('/kohde/')
    expect(match('/vanha/x', true)).toBeNull()
  })

  it('never lead to another host, whatever the path holds', () => {
    // Paths arrive decoded and normalized; an empty splat cannot leave "//" at the front.
    expect(match('/tyhja/')?.target).toBe('/')
    expect(match('/tyhja/evil.example')?.target).toBe('/evil.example')
    expect(match(`/vanha/${'a'.repeat(100_000)}`)?.target).toHaveLength('/uusi/'.length + 100_000)
    expect(match('/vanha/ä ö/%2f')?.target).toBe('/uusi/ä ö/%2f')
  })

  it('read the first language of Accept-Language only, as Netlify does', () => {
    expect(firstLanguage('fi-FI,fi;q=0.9,en;q=0.8')).toBe('fi-fi')
    expect(firstLanguage('de;q=0.1, fi;q=1')).toBe('de')
    expect(firstLanguage(['sv', 'fi'])).toBe('sv')
    for (const junk of [undefined, '', '*', '  ', ',', 'fi_FI', '12', 'fi-', '\u0000fi'])
      expect(firstLanguage(junk), junk).toBeNull()
  })
})

describe('the _redirects file the build writes', () => {
  it('honours plain paths and leaves out, by line, what the build never writes', () => {
    const { rules, problems } = parseRedirectsFile(
      [
        '# comment',
        '',
        '/fi/vanha/ /fi/uusi/ 301',
        '/fi/oletus/ /fi/uusi/',
        '/fi/pakko/ /fi/uusi/ 302!',
        '/fi/ulos/ //evil.example/ 301',
        '/fi/ulos2/ https://evil.example/ 301',
        '/fi/* /fi/ 301',
        '/fi/:x /fi/ 301',
        '/fi/yksin',
        '/fi/outo/ /fi/uusi/ kolme',
        '/fi/liikaa/ /fi/uusi/ 301 Language=fi',
      ].join('\n'),
    )
    expect(rules.map(({ from, to, status, force }) => [from, to, status, force])).toEqual([
      ['/fi/vanha/', '/fi/uusi/', 301, false],
      ['/fi/oletus/', '/fi/uusi/', 301, false],
      ['/fi/pakko/', '/fi/uusi/', 302, true],
    ])
    expect(problems).toHaveLength(7)
    expect(problems[0]).toMatch(/^_redirects, line 6: "to" "\/\/evil.example\/"/)
  })
})

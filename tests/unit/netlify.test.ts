import { describe, expect, it } from 'vitest'

import { cspDirectives, headersFor, pathMatches, readHeaderRules } from '../../scripts/lib/netlify-headers'

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

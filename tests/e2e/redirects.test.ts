import { AxeBuilder } from '@axe-core/playwright'
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { detailPath, homePath } from '@toolkit/contract/routes'
import { isRedirectStatus, parseRedirectsFile, readRedirectRules } from '../../scripts/lib/netlify-headers'
import { resolveFile, serveStatic } from '../../scripts/lib/static-server'
import { redirectRules } from '../../site/src/lib/redirects'
import { builtSite, useBrowser } from '../helpers/site'

// Every redirect of netlify.toml and of the built site's _redirects, answered by the local server
// over the built site as Netlify answers it: a rule that is not forced never applies where a file
// exists ("shadowing"), Language rules read the first language of Accept-Language only.

const siteDir = inject('siteDir')
const { snapshot } = builtSite()
const session = useBrowser()

// The built site with a `_redirects` for two renamed documents, as the build writes it after a
// rename (the seed corpus has none): one old slug is free, the other has been taken by another
// document since. The site's own entries are linked, not copied.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-redirects-'))
const [renamed, other] = snapshot.collections.components
const renamedSnapshot = structuredClone(snapshot)
renamedSnapshot.collections.components[0]!.previousSlugs = ['vanha-nimi', other!.slug]
const redirectsText = `${fs.readFileSync(path.join(siteDir, '_redirects'), 'utf8')}${redirectRules(renamedSnapshot)}`
let server: http.Server
let base: string

beforeAll(async () => {
  for (const entry of fs.readdirSync(siteDir)) {
    if (entry !== '_redirects') fs.symlinkSync(path.join(siteDir, entry), path.join(root, entry))
  }
  fs.writeFileSync(path.join(root, '_redirects'), redirectsText)
  ;({ server, url: base } = await serveStatic(root))
})

afterAll(() => {
  server?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

async function get(urlPath: string, acceptLanguage?: string) {
  const response = await fetch(`${base}${urlPath}`, {
    redirect: 'manual',
    // fetch sends "Accept-Language: *" unless told otherwise, which no rule matches.
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  })
  return { status: response.status, location: response.headers.get('location'), body: await response.text() }
}

const fileText = (urlPath: string) => fs.readFileSync(resolveFile(siteDir, urlPath)!, 'utf8')

describe('netlify.toml redirects on the built site', () => {
  const rules = readRedirectRules()

  it.each(rules.map((rule) => [rule.source, rule] as const))('%s answers as Netlify does', async (_, rule) => {
    // A request the rule is written for: its splat and placeholders filled with a page that does not exist.
    const fill = (pattern: string) =>
      pattern
        .replace(/\*$/, 'ei-tallaista-sivua')
        .replace(/:(?!splat\b)[A-Za-z_]\w*/g, 'x')
        .replace(':splat', 'ei-tallaista-sivua')
    const requestPath = fill(rule.from)
    const { status, location, body } = await get(requestPath, rule.languages?.[0])
    if (!rule.force && resolveFile(siteDir, requestPath)) {
      // Shadowed: the file answers, as on Netlify.
      expect(status).toBe(200)
      expect(body).toBe(fileText(requestPath))
    } else if (isRedirectStatus(rule.status)) {
      expect({ status, location }).toEqual({ status: rule.status, location: fill(rule.to) })
      expect((await get(fill(rule.to))).status, `${fill(rule.to)} exists`).toBe(200)
    } else {
      // A rewrite (the 404 page of a language): that page's content at the requested address.
      expect(status).toBe(rule.status)
      expect(resolveFile(siteDir, fill(rule.to)), `${fill(rule.to)} exists`).not.toBeNull()
      expect(body).toBe(fileText(fill(rule.to)))
    }
  })

  it('send a reader at the root to their browser’s first language, whatever follows it', async () => {
    expect(await get('/', 'fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7')).toMatchObject({ status: 302, location: '/fi/' })
    expect(await get('/', 'en-US,en;q=0.9,fi;q=0.8')).toMatchObject({ status: 302, location: '/en/' })
    expect(await get('/', 'sv-FI,sv;q=0.9')).toMatchObject({ status: 302, location: '/sv/' })
  })

  it('leave everyone else on the root page, a chooser that names each language in itself', async () => {
    const chooser = fileText('/')
    for (const language of [undefined, 'de-DE,de;q=0.9,fi;q=0.8', 'ru', '*']) {
      const { status, body } = await get('/', language)
      expect(status, String(language)).toBe(200)
      expect(body).toBe(chooser)
    }
    for (const lang of ['fi', 'en', 'sv'] as const) {
      expect(chooser).toMatch(
        new RegExp(`<li lang="${lang}">\\s*<h2>\\s*<a href="${homePath(lang)}" hreflang="${lang}">`),
      )
    }
  })

  it('never move a reader who chose a language: the language rules apply at the root only', async () => {
    expect(await get(homePath('fi'), 'en')).toMatchObject({ status: 200 })
    expect(await get(detailPath('sv', 'components', renamed!.slug), 'fi')).toMatchObject({ status: 200 })
  })
})

describe('the built _redirects on the built site', () => {
  const lines = redirectsText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))

  it('is written as the local server and Netlify read it: every line honoured', () => {
    const { rules, problems } = parseRedirectsFile(redirectsText)
    expect(problems).toEqual([])
    expect(rules).toHaveLength(lines.length)
    expect(lines.length).toBeGreaterThanOrEqual(6)
  })

  it.each(lines)('%s', async (line) => {
    const [from, to, status = '301'] = line.split(/\s+/) as [string, string, string?]
    const answer = await get(from)
    if (!status.endsWith('!') && resolveFile(siteDir, from)) {
      // The old slug belongs to another document now: its page wins.
      expect(answer.status).toBe(200)
      expect(answer.body).toBe(fileText(from))
    } else {
      expect({ status: answer.status, location: answer.location }).toEqual({
        status: Number.parseInt(status),
        location: to,
      })
      expect((await get(to)).status, `${to} exists`).toBe(200)
      // Without its trailing slash too, as Netlify normalizes it.
      expect((await get(from.replace(/\/$/, ''))).location).toBe(to)
    }
  })

  it('covers both cases: a free old address and one another document has taken', async () => {
    expect((await get(detailPath('fi', 'components', 'vanha-nimi'))).location).toBe(
      detailPath('fi', 'components', renamed!.slug),
    )
    expect((await get(detailPath('en', 'components', other!.slug))).status).toBe(200)
  })
})

describe('the root chooser in a browser', () => {
  // The accessibility scan of every page opens the root in an English browser, which now lands
  // on /en/: the chooser is scanned here, in a browser whose language no rule matches.
  it('has zero axe violations in a browser whose language no rule matches', async () => {
    const context = await session.browser.newContext({ locale: 'de-DE' })
    try {
      const page = await context.newPage()
      expect((await page.goto(`${base}/`))!.status()).toBe(200)
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze()
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('works without JavaScript: a link to each home page, each in its own language', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' })
    try {
      const page = await context.newPage()
      expect((await page.goto(`${base}/`))!.status()).toBe(200)
      const links = await page
        .locator('main a')
        .evaluateAll((anchors) =>
          anchors.map((a) => [a.getAttribute('hreflang'), a.closest('[lang]')!.getAttribute('lang'), a.textContent]),
        )
      expect(links).toEqual([
        ['fi', 'fi', 'Suomi'],
        ['en', 'en', 'English'],
        ['sv', 'sv', 'Svenska'],
      ])
      await page.getByRole('link', { name: 'Svenska' }).click()
      await page.waitForURL((url) => url.pathname === homePath('sv'))
    } finally {
      await context.close()
    }
  })

  it('takes a Swedish browser from the root straight to the Swedish home page', async () => {
    const context = await session.browser.newContext({ locale: 'sv-SE' })
    try {
      const page = await context.newPage()
      await page.goto(`${base}/`)
      expect(new URL(page.url()).pathname).toBe(homePath('sv'))
    } finally {
      await context.close()
    }
  })
})

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { resolveFile } from '../../scripts/lib/static-server'
import { sectionPath } from '@toolkit/contract/routes'
import { builtPages } from '../helpers/site'

// Every internal link and anchor of the built site leads somewhere: read from the files, no browser.
const root = inject('siteDir')
const pages = builtPages()
const html = (file: string) => fs.readFileSync(file, 'utf8')
const decode = (value: string) =>
  value.replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))

const ids = new Map<string, Set<string>>()
function idsOf(file: string): Set<string> {
  let found = ids.get(file)
  if (!found)
    ids.set(file, (found = new Set([...html(file).matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)))))
  return found
}

describe('internal links', () => {
  it('point to pages, files and anchors that exist, on every page', () => {
    const broken: string[] = []
    let checked = 0
    for (const page of pages) {
      const file = resolveFile(root, page)!
      for (const match of html(file).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = decode(match[1]!)
        if (/^(https?:|mailto:|tel:|data:)/.test(target) && !target.startsWith('https://digiosallisuus.example.org'))
          continue
        const url = new URL(target, `https://digiosallisuus.example.org${page}`)
        const targetFile = url.pathname === page ? file : resolveFile(root, url.pathname)
        checked++
        if (!targetFile) broken.push(`${page} → ${target}`)
        else if (
          url.hash &&
          targetFile.endsWith('.html') &&
          !idsOf(targetFile).has(decodeURIComponent(url.hash.slice(1)))
        ) {
          broken.push(`${page} → ${target} (no such anchor)`)
        }
      }
    }
    expect(checked).toBeGreaterThan(1000)
    expect(broken).toEqual([])
  })

  it('gives every page one h1 and unique ids', () => {
    for (const page of pages.filter((p) => p.endsWith('/'))) {
      const text = html(resolveFile(root, page)!)
      expect(text.match(/<h1[\s>]/g)?.length, page).toBe(1)
      const all = [...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
      expect(all.length - new Set(all).size, `${page} repeats an id`).toBe(0)
    }
  })

  it('lists every page in the sitemap, except the not-found and offline pages', () => {
    const sitemap = html(path.join(root, 'sitemap-0.xml'))
    const offline = (['fi', 'en', 'sv'] as const).map((lang) => sectionPath(lang, 'offline'))
    for (const page of pages.filter((p) => p.endsWith('/') && !p.includes('404'))) {
      const listed = sitemap.includes(`<loc>https://digiosallisuus.example.org${page}</loc>`)
      expect(listed, page).toBe(!offline.includes(page))
    }
  })
})

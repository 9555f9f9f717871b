import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BuildLane, BuildStopped } from '../../scripts/lib/build-lane'
import { previousSiteDir, serveStatic } from '../../scripts/lib/static-server'
import { redirectRules } from '../../site/src/lib/redirects'
import { generateCorpus } from '../../scripts/bench/corpus'

// Publishing on the embedded default: the public site's build goes before the preview's, the local
// server keeps answering while a rebuild swaps the site, and old addresses of renamed documents
// lead to their new pages (as Netlify's _redirects does) without ever leaving the site.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('build lane', () => {
  it('runs one build at a time and stops a running preview build for the public site', async () => {
    const lane = new BuildLane()
    const log: string[] = []
    let running = 0
    const build = (name: string, ms: number) => async (signal: AbortSignal) => {
      running++
      expect(running).toBe(1)
      log.push(`start ${name}`)
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, ms)
          signal.addEventListener('abort', () => {
            clearTimeout(timer)
            reject(signal.reason)
          })
        })
        log.push(`end ${name}`)
      } finally {
        running--
      }
    }
    const preview = lane.run('preview', build('preview', 200))
    await wait(20)
    const secondPreview = lane.run('preview', build('preview 2', 10))
    const site = lane.run('site', build('site', 30))
    await expect(preview).rejects.toBeInstanceOf(BuildStopped)
    await site
    await secondPreview
    expect(log).toEqual(['start preview', 'start site', 'end site', 'start preview 2', 'end preview 2'])
  })

  it('never stops a public build', async () => {
    const lane = new BuildLane()
    const aborted: boolean[] = []
    const first = lane.run('site', async (signal) => {
      await wait(30)
      aborted.push(signal.aborted)
    })
    await lane.run('site', async () => undefined)
    await first
    expect(aborted).toEqual([false])
  })
})

describe('the local site server during a rebuild, and old addresses', () => {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-publish-')), 'dist')
  let server: http.Server
  let base: string

  beforeAll(async () => {
    const files: Record<string, string> = {
      'fi/index.html': '<!doctype html><title>fi</title>',
      'fi/toimintamalli/uusi/index.html': '<!doctype html><title>uusi</title>',
      'fi/toimintamalli/varattu/index.html': '<!doctype html><title>varattu</title>',
      '404.html': '<!doctype html><title>not found</title>',
      _redirects: [
        '# comment',
        '/fi/toimintamalli/vanha/ /fi/toimintamalli/uusi/ 301',
        // Taken by a document since: the page wins, as on Netlify.
        '/fi/toimintamalli/varattu/ /fi/toimintamalli/uusi/ 301',
        // Never another host, nor a pattern.
        '/fi/ulos/ //evil.example/ 301',
        '/fi/ulos2/ https://evil.example/ 301',
        '/fi/* /fi/ 301',
      ].join('\n'),
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      fs.writeFileSync(path.join(root, file), text)
    }
    ;({ server, url: base } = await serveStatic(root))
  })

  afterAll(() => {
    server?.close()
    fs.rmSync(path.dirname(root), { recursive: true, force: true })
  })

  const get = (urlPath: string) => fetch(`${base}${urlPath}`, { redirect: 'manual' })

  it('leads an old address to the new page, with or without its trailing slash', async () => {
    for (const old of ['/fi/toimintamalli/vanha/', '/fi/toimintamalli/vanha']) {
      const response = await get(old)
      expect(response.status, old).toBe(301)
      expect(response.headers.get('location')).toBe('/fi/toimintamalli/uusi/')
    }
  })

  it('serves the page that has the address now, and ignores rules that would leave the site', async () => {
    expect((await get('/fi/toimintamalli/varattu/')).status).toBe(200)
    for (const away of ['/fi/ulos/', '/fi/ulos2/', '/fi/mika-tahansa/'])
      expect((await get(away)).status, away).toBe(404)
  })

  it('answers from the previous site in the instant the new one is being moved into place', async () => {
    fs.renameSync(root, previousSiteDir(root))
    try {
      const response = await get('/fi/toimintamalli/uusi/')
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('uusi')
    } finally {
      fs.renameSync(previousSiteDir(root), root)
    }
  })
})

describe('redirect rules written by the site build', () => {
  it('lists every old slug in every language, and only well-formed slugs', () => {
    const snapshot = generateCorpus({ items: 20 })
    const component = snapshot.collections.components[0]!
    component.previousSlugs = ['vanha-nimi', 'bad slug\n/fi/ //evil.example/', component.slug]
    const rules = redirectRules(snapshot).split('\n')
    expect(rules).toContain(`/fi/toimintamalli/vanha-nimi/ /fi/toimintamalli/${component.slug}/ 301`)
    expect(rules).toContain(`/en/model/vanha-nimi/ /en/model/${component.slug}/ 301`)
    expect(rules).toContain(`/sv/modell/vanha-nimi/ /sv/modell/${component.slug}/ 301`)
    expect(rules.filter((rule) => rule.includes('evil'))).toEqual([])
    expect(rules.filter((rule) => rule && !rule.startsWith('#'))).toHaveLength(3)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { precacheList, writeServiceWorker } from '../../site/integrations/service-worker'

/** A tiny built site with the pages the worker cares about and some it does not. */
function fakeSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-sw-'))
  const files = [
    'fi/index.html',
    'en/index.html',
    'sv/index.html',
    'fi/ilman-yhteytta/index.html',
    'en/offline/index.html',
    'sv/utan-uppkoppling/index.html',
    'fi/lunttilaput/index.html',
    'fi/lunttilaput/kela/index.html',
    'en/cheat-sheets/kela/index.html',
    'fi/itsearvio/mista-aloitan/index.html',
    'fi/toimintamalli/digipaja/index.html',
    'fi/koulutuspaketit/alkeet/pack.zip',
    '_astro/global.abc.css',
    '_astro/x.def.js',
    'favicon.svg',
    'pagefind/pagefind.js',
  ]
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), `content of ${file}`)
  }
  return dir
}

describe('service worker', () => {
  it('precaches the shell, home and offline pages, cheat sheets and the self-assessment, nothing else', () => {
    const list = precacheList(fakeSite())
    expect(list).toEqual([
      '/_astro/global.abc.css',
      '/_astro/x.def.js',
      '/en/',
      '/en/cheat-sheets/kela/',
      '/en/offline/',
      '/favicon.svg',
      '/fi/',
      '/fi/ilman-yhteytta/',
      '/fi/itsearvio/mista-aloitan/',
      '/fi/lunttilaput/',
      '/fi/lunttilaput/kela/',
      '/sv/',
      '/sv/utan-uppkoppling/',
    ])
  })

  it('gets a new version whenever a precached file changes, and only then', () => {
    const dir = fakeSite()
    const first = writeServiceWorker(dir)
    expect(writeServiceWorker(dir).version).toBe(first.version)
    fs.writeFileSync(path.join(dir, 'fi/toimintamalli/digipaja/index.html'), 'changed, but not kept offline')
    expect(writeServiceWorker(dir).version).toBe(first.version)
    fs.writeFileSync(path.join(dir, 'fi/lunttilaput/kela/index.html'), 'a corrected cheat sheet')
    const second = writeServiceWorker(dir)
    expect(second.version).not.toBe(first.version)
    const worker = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8')
    expect(worker).toContain(`"version":"${second.version}"`)
    expect(worker).toContain('"/fi/lunttilaput/kela/"')
    expect(worker).not.toContain('/* MANIFEST */')
    expect(second.files).toBe(13)
  })

  it('refuses to write a worker whose offline page is missing', () => {
    const dir = fakeSite()
    fs.rmSync(path.join(dir, 'en/offline'), { recursive: true })
    expect(() => writeServiceWorker(dir)).toThrow(/offline page \/en\/offline\/ is missing/)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { closeSearchIndex, indexForSearch } from '../../site/integrations/search-index'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'))
afterAll(async () => {
  await closeSearchIndex()
  fs.rmSync(root, { recursive: true, force: true })
})

function site(name: string, pages: number): string {
  const dir = path.join(root, name)
  for (let i = 0; i < pages; i++) {
    const page = path.join(dir, `page-${i}`, 'index.html')
    fs.mkdirSync(path.dirname(page), { recursive: true })
    fs.writeFileSync(
      page,
      `<!doctype html><html lang="fi"><head><title>${name} ${i}</title></head><body><main data-pagefind-body><h1>${name} ${i}</h1><p>Digitaidot ja työnhaku, sivu ${i}.</p></main></body></html>`,
    )
  }
  return dir
}

describe('search indexing', () => {
  // Pagefind's Node API has one backend per process, shared by every index built in it.
  it('indexes several sites at the same time without one closing the other', async () => {
    const sites = Array.from({ length: 4 }, (_, i) => site(`site-${i}`, 20 + i * 15))
    const counts = await Promise.all(sites.map((dir) => indexForSearch(dir)))
    expect(counts).toEqual([20, 35, 50, 65])
    for (const dir of sites) expect(fs.existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true)
  })

  it('fails with what Pagefind said when its backend panics (the API alone waits forever), and indexes the next site', async () => {
    const failing = path.join(root, 'not-writable')
    fs.mkdirSync(failing)
    fs.writeFileSync(path.join(failing, 'pagefind'), 'a file where the index folder should go')
    site('not-writable', 2)
    await expect(indexForSearch(failing)).rejects.toThrow(
      /Pagefind could not index .*not-writable.*exit 101.*panicked.*(File exists|Not a directory)/s,
    )
    expect(await indexForSearch(site('after-failure', 3))).toBe(3)
  }, 20_000)
})

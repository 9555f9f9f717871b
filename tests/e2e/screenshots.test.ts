import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { locales } from '@toolkit/contract/locales'
import { layoutProblems, screenPages, screenWidths } from '../../scripts/lib/screenshots'
import { builtPages, builtSite, useBrowser } from '../helpers/site'
import { loadSnapshot } from '../helpers/snapshot'
import { runTask } from '../helpers/tasks'

const siteDir = inject('siteDir')
const snapshotPath = inject('snapshotPath')
const session = useBrowser()
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-screenshots-'))
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('npm run screenshots', () => {
  it('pictures every main page type in fi, en and sv at 320, 768 and 1280 px, none scrolling sideways or with text over text', async () => {
    const run = await runTask(['screenshots', '--site', siteDir, '--snapshot', snapshotPath, '--out', outDir], {})
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
    const pages = screenPages(loadSnapshot(snapshotPath))
    const expected = locales.flatMap((lang) =>
      pages.flatMap((page) => screenWidths.map((width) => `${lang}-${page.name}-${width}.png`)),
    )
    expect(fs.readdirSync(outDir).sort()).toEqual(expected.sort())
    for (const name of expected) {
      const { width, height } = pngSize(path.join(outDir, name))
      expect(width, name).toBe(Number(/-(\d+)\.png$/.exec(name)![1]))
      // Full pages: at least the screen's height.
      expect(height, name).toBeGreaterThanOrEqual(800)
    }
    expect(run.stdout).toContain(`${expected.length} screenshots in ${outDir}`)
  }, 600_000)

  it('says which site is missing instead of picturing nothing', async () => {
    const missing = path.join(outDir, 'no-site')
    const run = await runTask(['screenshots', '--site', missing, '--out', outDir], {})
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`No built site in ${missing}`)
  }, 120_000)
})

describe('every built page on the narrowest phone', () => {
  it('neither scrolls sideways nor draws text over text at 320 px', async () => {
    const { siteUrl } = builtSite()
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } })
    const found: string[] = []
    const pages = builtPages()
    for (const address of pages) {
      await page.goto(new URL(address, siteUrl).href)
      for (const problem of await layoutProblems(page)) found.push(`${address}: ${problem}`)
    }
    await page.close()
    expect(pages.length).toBeGreaterThan(300)
    expect(found).toEqual([])
  }, 600_000)
})

describe('the layout check', () => {
  it('finds content wider than the screen and text drawn over text, and ignores hidden and scrolled-away text', async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } })
    await page.setContent(`<!doctype html><html lang="fi"><body style="margin:0;font:16px sans-serif">
      <p style="position:absolute;top:100px;left:10px;margin:0">Ensimmäinen teksti</p>
      <p style="position:absolute;top:104px;left:20px;margin:0">Toinen teksti</p>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);top:100px;left:10px">Vain ruudunlukijalle</span>
      <div style="overflow-x:auto;margin-top:200px"><table><tr><td style="white-space:nowrap">${'leveä solu '.repeat(20)}</td></tr></table></div>
      <div class="liian-leveä" style="width:400px;margin-top:20px">Leveä laatikko</div>
    </body></html>`)
    const problems = await layoutProblems(page)
    expect(problems.find((problem) => problem.startsWith('scrolls sideways'))).toMatch(
      /400 px of content on a 320 px screen \(div\.liian-leveä to 400 px\)/,
    )
    const overlaps = problems.filter((problem) => problem.startsWith('text overlaps'))
    expect(overlaps).toEqual([expect.stringMatching(/"Ensimmäinen teksti" and "Toinen teksti"/)])
    await page.setContent(
      '<!doctype html><html lang="fi"><body><h1>Otsikko</h1><p>Kappale, joka mahtuu.</p></body></html>',
    )
    expect(await layoutProblems(page)).toEqual([])
    await page.close()
  })
})

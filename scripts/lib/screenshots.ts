import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { locales, type Locale } from '@toolkit/contract/locales'
import { type DetailSection, detailPath, homePath, searchQueryParameter, sectionPath } from '@toolkit/contract/routes'
import type { Snapshot } from '@toolkit/contract/snapshot'

/** The screen widths the site is checked at: the narrowest phone, a tablet, a laptop. */
export const screenWidths = [320, 768, 1280] as const
const screenHeight = 800

/** The page types a reader meets most, each a path in every language. */
export interface ScreenPage {
  name: string
  path: (lang: Locale) => string
}

/**
 * The pages the screenshots cover: home, a component, the outcomes, a cheat sheet, the
 * self-assessment and a search with results, taken from the snapshot the site was built from.
 */
export function screenPages(snapshot: Snapshot): ScreenPage[] {
  const first = (section: DetailSection): string => {
    const slug = snapshot.collections[section][0]?.slug
    if (!slug) throw new Error(`The snapshot has no ${section}: the screenshots need one of each page type.`)
    return slug
  }
  const component = first('components')
  const cheatSheet = first('cheat-sheets')
  const selfAssessment = first('self-assessments')
  return [
    { name: 'home', path: homePath },
    { name: 'component', path: (lang) => detailPath(lang, 'components', component) },
    { name: 'outcomes', path: (lang) => sectionPath(lang, 'indicators') },
    { name: 'cheat-sheet', path: (lang) => detailPath(lang, 'cheat-sheets', cheatSheet) },
    { name: 'self-assessment', path: (lang) => detailPath(lang, 'self-assessments', selfAssessment) },
    { name: 'search', path: (lang) => `${sectionPath(lang, 'search')}?${searchQueryParameter}=digi` },
  ]
}

/** What a reader would see go wrong on one screen. */
export interface LayoutProblem {
  page: string
  lang: Locale
  width: number
  problem: string
}

export interface ScreenshotsResult {
  files: string[]
  problems: LayoutProblem[]
}

/**
 * Opens every page in every language at every width, saves a full-page screenshot of each
 * (`<lang>-<page>-<width>.png` in `outDir`) and checks it for sideways scrolling and overlapping
 * text. Search results are drawn by a script, so each page waits until the network is quiet.
 */
export async function takeScreenshots(options: {
  browser: Browser
  siteUrl: string
  snapshot: Snapshot
  outDir: string
  log?: (line: string) => void
}): Promise<ScreenshotsResult> {
  const { browser, siteUrl, snapshot, outDir, log = () => undefined } = options
  fs.mkdirSync(outDir, { recursive: true })
  const result: ScreenshotsResult = { files: [], problems: [] }
  const screens = screenPages(snapshot)
  for (const width of screenWidths) {
    const context = await browser.newContext({ viewport: { width, height: screenHeight } })
    try {
      const page = await context.newPage()
      for (const screen of screens) {
        for (const lang of locales) {
          const address = screen.path(lang)
          const response = await page.goto(new URL(address, siteUrl).href, { waitUntil: 'networkidle' })
          if (!response?.ok()) {
            result.problems.push({ page: address, lang, width, problem: `answered ${response?.status() ?? 'nothing'}` })
            continue
          }
          // Web fonts and the search island settle before the picture is taken.
          await page.evaluate(() => document.fonts.ready.then(() => undefined))
          for (const problem of await layoutProblems(page))
            result.problems.push({ page: address, lang, width, problem })
          const file = path.join(outDir, `${lang}-${screen.name}-${width}.png`)
          await page.screenshot({ path: file, fullPage: true })
          result.files.push(file)
          log(`${path.basename(file)}  ${address}`)
        }
      }
    } finally {
      await context.close()
    }
  }
  return result
}

/**
 * The page's layout problems as sentences: content wider than the screen (naming the widest
 * elements that stick out) and pieces of text drawn over each other. Text that is hidden,
 * visually hidden (the skip link's and screen readers' helpers) or scrolled out of its own box
 * (a wide table in its scrolling wrapper) does not count.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  // tsx keeps function names by wrapping them in __name(), which the page does not have.
  await page.evaluate('globalThis.__name ??= (target) => target')
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    const viewport = root.clientWidth
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : ''
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('')
      return `${element.tagName.toLowerCase()}${id}${classes}`
    }
    const excerpt = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 40))

    /**
     * The part of a rectangle that `element` and its clipping ancestors let show (a wide table
     * scrolls inside its wrapper; screen-reader text is clipped to a pixel), or null when none does.
     */
    const shown = (rect: DOMRect, element: Element | null) => {
      let { left, top, right, bottom } = rect
      for (let ancestor = element; ancestor; ancestor = ancestor.parentElement) {
        if (ancestor === root || ancestor === document.body) continue
        const style = getComputedStyle(ancestor)
        const clipped = style.clipPath !== 'none' || style.clip !== 'auto'
        if (!clipped && style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const box = ancestor.getBoundingClientRect()
        if (clipped && (box.width <= 1 || box.height <= 1)) return null
        left = Math.max(left, box.left)
        top = Math.max(top, box.top)
        right = Math.min(right, box.right)
        bottom = Math.min(bottom, box.bottom)
      }
      return right - left > 1 && bottom - top > 1 ? { left, top, right, bottom } : null
    }

    if (root.scrollWidth > viewport) {
      // The outermost elements whose visible part passes the screen's right edge, for a message
      // one can act on.
      const sticking = [...document.body.querySelectorAll('*')].filter((element) => {
        const part = element.checkVisibility() ? shown(element.getBoundingClientRect(), element.parentElement) : null
        return part !== null && part.right > viewport + 1
      })
      const outermost = sticking.filter(
        (element) => !sticking.some((other) => other !== element && other.contains(element)),
      )
      problems.push(
        `scrolls sideways: ${root.scrollWidth} px of content on a ${viewport} px screen (${outermost
          .slice(0, 3)
          .map((element) => `${describe(element)} to ${Math.round(element.getBoundingClientRect().right)} px`)
          .join(', ')})`,
      )
    }

    interface TextBox {
      left: number
      top: number
      right: number
      bottom: number
      node: Text
    }
    const boxes: TextBox[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement
      if (!node.data.trim() || !parent || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) {
        const part = shown(rect, parent)
        if (part) boxes.push({ ...part, node })
      }
    }
    // A sweep from top to bottom: only boxes whose heights meet can overlap.
    boxes.sort((a, b) => a.top - b.top)
    const reported = new Set<string>()
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!
      for (let j = i + 1; j < boxes.length && boxes[j]!.top < a.bottom; j++) {
        const b = boxes[j]!
        if (a.node === b.node) continue
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        // Lines may touch and descenders may dip into the next line; text drawn over text may not.
        const lowest = Math.min(a.bottom - a.top, b.bottom - b.top)
        if (across <= 2 || down <= lowest * 0.3) continue
        const message = `text overlaps: ${excerpt(a.node.data)} and ${excerpt(b.node.data)} at ${Math.round(
          Math.max(a.left, b.left),
        )},${Math.round(Math.max(a.top, b.top) + window.scrollY)}`
        reported.add(message)
      }
    }
    problems.push(...[...reported].slice(0, 5))
    return problems
  })
}

import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { sections } from '@toolkit/contract/routes'
import { siteFeedbackPaths } from '@toolkit/contract/safe-link'
import { type BenchContext, formatBytes, type Row } from './context'

/**
 * Page weight of the real corpus's build: for every HTML page, the gzip size of the HTML plus the
 * CSS and JavaScript files it references (each file gzipped on its own, as a server sends it).
 * JavaScript is expected only where a page does something with it: search, the tools and
 * course-pack filters, print buttons, the planner, the self-assessment, the events list's clock,
 * the feedback form and offline support.
 */
export interface PageWeight {
  page: string
  htmlBytes: number
  cssBytes: number
  jsBytes: number
  scripts: string[]
  total: number
}

const gzipSize = (data: Buffer | string) => zlib.gzipSync(data, { level: 9 }).length

function htmlFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined)

/** The weight of one page: its HTML, its stylesheets and scripts (files and inline code). */
export function weighPage(root: string, file: string, gzipCache = new Map<string, number>()): PageWeight {
  const html = fs.readFileSync(file, 'utf8')
  const page = `/${path.relative(root, file).split(path.sep).join('/')}`.replace(/index\.html$/, '')
  const fileSize = (ref: string) => {
    const resolved = path.join(root, new URL(ref, `http://site${page}`).pathname)
    let size = gzipCache.get(resolved)
    if (size === undefined)
      gzipCache.set(resolved, (size = fs.existsSync(resolved) ? gzipSize(fs.readFileSync(resolved)) : 0))
    return size
  }
  let cssBytes = 0
  let jsBytes = 0
  const scripts: string[] = []
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href')
    if (href && /\bstylesheet\b/i.test(attribute(tag, 'rel') ?? '')) cssBytes += fileSize(href)
  }
  // A bundled island imports the modules it shares with others (/_astro/island.….js): each counts
  // once per page, as the browser fetches it once.
  const modules = new Set<string>()
  const addModule = (ref: string, from: string) => {
    const address = new URL(ref, `http://site${from}`).pathname
    if (modules.has(address)) return
    modules.add(address)
    jsBytes += fileSize(address)
    const file = path.join(root, address)
    if (!fs.existsSync(file)) return
    for (const [, imported] of fs
      .readFileSync(file, 'utf8')
      .matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      addModule(imported!, address)
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${match[1]}>`
    const type = attribute(tag, 'type') ?? ''
    if (/json/i.test(type)) continue // data (JSON-LD, islands' page data), not code
    const src = attribute(tag, 'src')
    if (src) {
      addModule(src, page)
      scripts.push(src)
    } else if (match[2]!.trim()) {
      jsBytes += gzipSize(match[2]!)
      scripts.push('(inline)')
    }
  }
  const htmlBytes = gzipSize(html)
  return { page, htmlBytes, cssBytes, jsBytes, scripts, total: htmlBytes + cssBytes + jsBytes }
}

/** The scripts a page may load, by what it does; anything else on a page is listed. */
export function unexpectedScripts(weight: PageWeight): string[] {
  const pathsOf = (section: keyof typeof sections) =>
    Object.entries(sections[section]).map(([lang, segment]) => `/${lang}/${segment}/`)
  const searchPages = pathsOf('search')
  const filterPages = [...pathsOf('tools'), ...pathsOf('course-packs')]
  const plannerPages = pathsOf('planner')
  // The events list moves an event that has ended into the past list by the reader's clock; the
  // feedback form fills in the page the reader came from.
  const eventPages = pathsOf('events')
  const assessmentSections = pathsOf('self-assessments')
  // Offline support (the service worker's registration and the offline/update notices) is on the
  // home pages and on the pages kept or downloaded for offline use (see `offline` in Base.astro).
  const homePages = Object.keys(sections.search).map((lang) => `/${lang}/`)
  const offlineSections = [...pathsOf('cheat-sheets'), ...pathsOf('course-packs'), ...assessmentSections]
  const offlinePages = [...homePages, ...searchPages, ...plannerPages, ...pathsOf('offline')]
  const island = (name: string) =>
    new RegExp(`^/_astro/${name}\\.astro_astro_type_script_index_\\d+_lang\\.[\\w-]+\\.js$`)
  return weight.scripts.filter((script) => {
    if (island('SearchPage').test(script)) return !searchPages.includes(weight.page)
    if (island('ListFilter').test(script)) return !filterPages.includes(weight.page)
    if (island('PrintButton').test(script)) return false // pages with print buttons (cheat sheets, handouts, outcomes)
    if (island('PlannerPage').test(script)) return !plannerPages.includes(weight.page)
    if (island('EventList').test(script)) return !eventPages.includes(weight.page)
    if (island('FeedbackForm').test(script)) return !siteFeedbackPaths.includes(weight.page)
    if (island('SelfAssessmentDetail').test(script))
      return !assessmentSections.some((prefix) => weight.page.startsWith(prefix))
    if (island('OfflineSupport').test(script)) {
      return !(offlinePages.includes(weight.page) || offlineSections.some((prefix) => weight.page.startsWith(prefix)))
    }
    return true
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export async function runWeightBench(context: BenchContext): Promise<Row[]> {
  const site = await context.realSite()
  const cache = new Map<string, number>()
  const weights = htmlFiles(site.outDir).map((file) => weighPage(site.outDir, file, cache))
  const heaviest = weights.reduce((max, weight) => (weight.total > max.total ? weight : max))
  const withJs = weights.filter((weight) => weight.jsBytes > 0)
  const unexpected = weights
    .map((weight) => ({ weight, scripts: unexpectedScripts(weight) }))
    .filter((entry) => entry.scripts.length > 0)
  const bench = 'weight'
  const medianTotal = median(weights.map((weight) => weight.total))
  const rows: Row[] = [
    { bench, metric: `pages weighed (HTML + CSS + JS, gzip -9)`, value: String(weights.length) },
    { bench, metric: 'median page', value: formatBytes(medianTotal), budget: '≤ 25 KB', ok: medianTotal <= 25 * 1024 },
    {
      bench,
      metric: `max page: ${heaviest.page}`,
      value: `${formatBytes(heaviest.total)} (HTML ${formatBytes(heaviest.htmlBytes)}, JS ${formatBytes(heaviest.jsBytes)})`,
    },
    { bench, metric: 'median HTML alone', value: formatBytes(median(weights.map((weight) => weight.htmlBytes))) },
    {
      bench,
      metric: 'pages with JS (search, filters, print, self-assessment, planner, events, feedback, offline support)',
      value: `${withJs.length}; max JS ${formatBytes(Math.max(0, ...withJs.map((weight) => weight.jsBytes)))}`,
    },
    {
      bench,
      metric: 'non-interactive pages with JS',
      value:
        unexpected.length === 0
          ? '0'
          : `${unexpected.length}: ${unexpected
              .slice(0, 5)
              .map((entry) => `${entry.weight.page} (${entry.scripts.join(', ')})`)
              .join('; ')}`,
      budget: '0',
      ok: unexpected.length === 0,
    },
  ]
  if (unexpected.length > 0) {
    console.log(
      'Pages with JavaScript beyond their interactive parts (search, filters, print, self-assessment, planner, events, feedback, offline support):',
    )
    for (const entry of unexpected) console.log(`  ${entry.weight.page}: ${entry.scripts.join(', ')}`)
  }
  return rows
}

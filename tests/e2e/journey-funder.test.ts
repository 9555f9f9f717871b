import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

import { homePath, sectionPath } from '@toolkit/contract/routes'
import { langs } from '../../site/src/i18n/locales'
import { reportNames } from '../../site/src/i18n/ui'
import { formatIndicatorValue, formatValue } from '../../site/src/lib/indicators'
import { localize } from '../../site/src/lib/localize'
import { sourceSection } from '../../site/src/lib/report-sources'
import { parseCsv } from '../helpers/csv'
import { builtSite, useBrowser } from '../helpers/site'

// Issue 21, the funder: reading the outcomes in English at 1280 px, from the home page. Every target
// and result in the charts can be seen, a budget is not shown as a target met, lower bounds are
// marked, the CSV names its sources, and the tables fit an A4 page when printed.
const { siteUrl, snapshot } = builtSite()
const session = useBrowser()
const indicators = snapshot.collections.indicators
const targets = indicators.filter((indicator) => indicator.target !== null && indicator.comparisonKind === 'target')
const budgets = indicators.filter((indicator) => indicator.target !== null && indicator.comparisonKind !== 'target')
const lowerBounds = indicators.filter((indicator) => indicator.valueQualifier === 'more-than')
/** An A4 sheet less the site's 12 mm print margins, in CSS pixels (96 to the inch): 186 mm. */
const a4ContentWidth = Math.floor(((210 - 2 * 12) / 25.4) * 96)

/** A chart bar as the reader sees it: its figure's kind, value, width on screen and the words beside it. */
interface MeasuredBar {
  chart: string
  key: string
  figure: string
  value: number
  width: number
  lowerBound: boolean
  label: string
  labelVisible: boolean
}

describe('the funder reads the outcomes in English', () => {
  it('goes from the home page to the outcomes, where every target and result in the charts has a visible bar and a label', async () => {
    const page = session.page
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(new URL(homePath('en'), siteUrl).href)
    await page.click(`main a[href="${sectionPath('en', 'indicators')}"]`)
    expect(new URL(page.url()).pathname).toBe(sectionPath('en', 'indicators'))
    // The corpus has targets, budgets and lower bounds, so the checks below have something to check.
    expect(targets.length).toBeGreaterThan(0)
    expect(budgets.length).toBeGreaterThan(0)
    expect(lowerBounds.length).toBeGreaterThan(0)

    const bars: MeasuredBar[] = await page.locator('main figure.chart g.chart-figure').evaluateAll((figures) =>
      figures.map((figure) => {
        const rect = figure.querySelector('rect')!.getBoundingClientRect()
        const text = figure.querySelector('text.chart-value') as SVGTextElement
        const box = text.getBoundingClientRect()
        return {
          chart: figure.closest('figure')!.id,
          key: figure.closest('g.chart-group')!.getAttribute('data-key')!,
          figure: figure.getAttribute('data-figure')!,
          value: Number(figure.getAttribute('data-value')),
          width: rect.width,
          lowerBound: figure.getAttribute('data-lower-bound') === 'true',
          label: text.textContent!.trim(),
          labelVisible: box.width > 0 && box.right <= document.documentElement.clientWidth,
        }
      }),
    )
    expect(bars.length).toBeGreaterThan(0)
    // No bar is too thin to see, and each has its value written beside it.
    for (const bar of bars) {
      expect(bar.width, `${bar.chart} ${bar.key} ${bar.figure}`).toBeGreaterThanOrEqual(2)
      expect(bar.label, `${bar.chart} ${bar.key}`).not.toBe('')
      expect(bar.labelVisible, `${bar.chart} ${bar.key} ${bar.label}`).toBe(true)
    }
    // Within a chart the bars keep the figures' proportions: its scale is its own unit's, so a
    // smaller figure is a shorter bar but still a bar (200 people beside 150, not beside 411 131 €).
    for (const chart of new Set(bars.map((bar) => bar.chart))) {
      const inChart = bars.filter((bar) => bar.chart === chart)
      const widest = Math.max(...inChart.map((bar) => bar.width))
      const largest = Math.max(...inChart.map((bar) => bar.value))
      for (const bar of inChart) {
        const share = bar.value / largest
        // A bar the minimum width keeps from vanishing is longer than its share; any other is its share.
        if (share * widest > 8)
          expect(Math.abs(bar.width / widest - share), `${chart} ${bar.key} ${bar.value}`).toBeLessThan(0.03)
      }
    }

    // Every target: its result and its target, each a bar, the target named as one and worded as the page words it.
    for (const indicator of targets) {
      const own = bars.filter((bar) => bar.key === indicator.slug)
      const result = own.find((bar) => bar.figure === 'result')
      const target = own.find((bar) => bar.figure === 'comparison')
      expect(result?.label, indicator.slug).toBe(`Result: ${formatIndicatorValue(indicator, 'en')}`)
      expect(target?.label, indicator.slug).toBe(`Target: ${formatValue(indicator, indicator.target!, 'en')}`)
      // Each chart has a title, a summary and its figures as a table: the text beside the picture.
      const chart = page.locator(`figure#${result!.chart}`)
      expect(await chart.locator('figcaption').textContent()).toMatch(/\S/)
      expect(await chart.locator('svg').getAttribute('role')).toBe('img')
      expect(await chart.locator(`svg title`).textContent()).toBe(await chart.locator('figcaption').textContent())
      const row = chart.locator(`details.chart-table tr[data-key="${indicator.slug}"]`)
      expect(await row.locator('td').allTextContents(), indicator.slug).toEqual([
        formatIndicatorValue(indicator, 'en'),
        formatValue(indicator, indicator.target!, 'en'),
      ])
    }

    // Funding is a budget granted or planned, and what was used of it: never a target, nor in a target's chart.
    for (const indicator of budgets) {
      const own = bars.filter((bar) => bar.key === indicator.slug)
      expect(own.map((bar) => bar.figure).sort(), indicator.slug).toEqual(['comparison', 'result'])
      const chart = page.locator(`figure#${own[0]!.chart}`)
      const words = `${await chart.locator('figcaption').textContent()} ${await chart.locator('p').first().textContent()}`
      expect(words, indicator.slug).toMatch(/not targets/)
      for (const bar of own) expect(bar.label, indicator.slug).not.toMatch(/target/i)
      const comparison = own.find((bar) => bar.figure === 'comparison')!
      expect(comparison.label).toMatch(/^(Granted|Planned): /)
      // The table names the budget too (after the column's name, which phones show beside it).
      expect(await page.locator(`tr#${indicator.slug} td`).nth(1).textContent()).toMatch(/(^|: )(Granted|Planned) \d/)
    }
    const targetCharts = new Set(targets.map((indicator) => bars.find((bar) => bar.key === indicator.slug)!.chart))
    for (const chart of targetCharts)
      expect(bars.filter((bar) => bar.chart === chart && budgets.some((budget) => budget.slug === bar.key))).toEqual([])
  })

  it('sees lower bounds marked in the charts and the tables, and sources in English', async () => {
    const page = session.page
    await page.goto(new URL(sectionPath('en', 'indicators'), siteUrl).href)
    for (const indicator of lowerBounds) {
      const cell = page.locator(`tr#${indicator.slug} td[data-value-qualifier]`)
      expect(await cell.getAttribute('data-value-qualifier'), indicator.slug).toBe('more-than')
      expect(formatIndicatorValue(indicator, 'en')).toMatch(/^more than /)
      expect(await cell.textContent(), indicator.slug).toContain(formatIndicatorValue(indicator, 'en'))
      const charted = page.locator(`g.chart-group[data-key="${indicator.slug}"] g[data-figure="result"]`)
      if ((await charted.count()) === 0) continue
      expect(await charted.getAttribute('data-lower-bound'), indicator.slug).toBe('true')
      expect(await charted.locator('path.chart-arrow').count(), indicator.slug).toBe(1)
      expect(await charted.locator('text').textContent(), indicator.slug).toContain('more than')
      const summary = await page.locator(`figure:has(g.chart-group[data-key="${indicator.slug}"]) > p`).textContent()
      expect(summary, indicator.slug).toContain('lower bound')
    }
    // Each source is the report's name and its section in English; no Finnish heading is left over.
    for (const indicator of indicators) {
      const cell = page.locator(`tr#${indicator.slug} td.source`)
      const text = (await cell.textContent())!
      expect(text, indicator.slug).toContain(reportNames[indicator.source.report].en)
      expect(text, indicator.slug).toContain(`section ${sourceSection(indicator.source.section, 'en').text}`)
      expect(await cell.locator('[lang="fi"]').count(), indicator.slug).toBe(0)
    }
    expect(await page.locator('main td.source').allTextContents()).not.toContainEqual(
      expect.stringMatching(/tiivistelmä|kehittäminen|rahoitus, euroa/i),
    )
  })

  it('downloads the CSV and reads it back: sources by name, lower bounds flagged', async () => {
    const page = session.page
    await page.goto(new URL(sectionPath('en', 'indicators'), siteUrl).href)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('main a[href$="indicators.csv"]')])
    const file = await download.path()
    const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
    const column = (name: string) => {
      const index = header!.indexOf(name)
      expect(index, name).toBeGreaterThanOrEqual(0)
      return index
    }
    expect(rows).toHaveLength(indicators.length)
    for (const indicator of indicators) {
      const row = rows.find((candidate) => candidate[column('slug')] === indicator.slug)!
      expect(row, indicator.slug).toBeDefined()
      expect(row[column('name')], indicator.slug).toBe(localize(indicator, 'en').field('name').value)
      expect(row[column('source_report')], indicator.slug).toBe(reportNames[indicator.source.report].en)
      expect(row[column('source_report_code')], indicator.slug).toBe(indicator.source.report)
      expect(row[column('source_section')], indicator.slug).toBe(sourceSection(indicator.source.section, 'en').text)
      expect(row[column('value_qualifier')], indicator.slug).toBe(indicator.valueQualifier)
      expect(Number(row[column('value')]), indicator.slug).toBe(indicator.value)
    }
    const flagged = rows.filter((row) => row[column('value_qualifier')] === 'more-than').map((row) => row[0])
    expect(flagged.sort()).toEqual(lowerBounds.map((indicator) => indicator.slug).sort())
  })

  it.each(langs)(
    '%s: prints to A4 with every outcome table, its source column included, within the page',
    async (lang) => {
      const page = session.page
      try {
        await page.goto(new URL(sectionPath(lang, 'indicators'), siteUrl).href)
        const pdf = await page.pdf({ format: 'A4', printBackground: false })
        expect(pdf.toString('latin1', 0, 5)).toBe('%PDF-')
        // The same layout measured: print media at the width of an A4 page's printed area.
        await page.setViewportSize({ width: a4ContentWidth, height: 1000 })
        await page.emulateMedia({ media: 'print' })
        const tables = await page.locator('main table').evaluateAll((all) =>
          all
            .filter((table) => table.getClientRects().length > 0)
            .map((table) => ({
              id: table.closest('section.indicator-group')?.querySelector('h2')?.id ?? table.className,
              scrollWidth: table.scrollWidth,
              right: table.getBoundingClientRect().right,
              lastColumnRight: table.querySelector('thead th:last-child')!.getBoundingClientRect().right,
            })),
        )
        expect(tables.length).toBeGreaterThan(1)
        for (const table of tables) {
          expect(table.scrollWidth, `${lang} ${table.id}`).toBeLessThanOrEqual(a4ContentWidth)
          expect(table.right, `${lang} ${table.id}`).toBeLessThanOrEqual(a4ContentWidth + 0.5)
          expect(table.lastColumnRight, `${lang} ${table.id}: the source column`).toBeLessThanOrEqual(
            a4ContentWidth + 0.5,
          )
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(a4ContentWidth)
      } finally {
        await page.emulateMedia({ media: 'screen' })
        await page.setViewportSize({ width: 1280, height: 800 })
      }
    },
  )
})

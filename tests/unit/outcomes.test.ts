import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readContent } from '../../scripts/lib/content'
import { parseCsv } from '../helpers/csv'
import {
  breakdownNumber,
  comparisonCharts,
  comparisonLabel,
  formatIndicatorValue,
  headlineIndicatorSlugs,
  headlineIndicators,
  indicatorsCsv,
  indicatorsJson,
  type Indicator,
  withTarget,
} from '../../site/src/lib/indicators'

// The outcomes page's key figures are data: a list of indicator slugs, checked here against the corpus.
const corpusIndicators = new Map(
  readContent(path.resolve('content'))
    .filter((document) => document.type.key === 'indicators')
    .map((document) => [document.slug!, document.locales.fi!.data as { unit: string; target?: number | null }]),
)

describe('outcomes: key figures', () => {
  it('names only indicators that exist in the corpus, each once', () => {
    for (const slug of headlineIndicatorSlugs) expect(corpusIndicators.has(slug), slug).toBe(true)
    expect(new Set(headlineIndicatorSlugs).size).toBe(headlineIndicatorSlugs.length)
  })

  it('covers what funders ask first: reach against a target, recycled computers and satisfaction', () => {
    const headline = headlineIndicatorSlugs.map((slug) => corpusIndicators.get(slug)!)
    expect(headline.some((indicator) => indicator.unit === 'persons' && indicator.target != null)).toBe(true)
    expect(headline.some((indicator) => indicator.unit === 'computers-per-year')).toBe(true)
    expect(headline.some((indicator) => indicator.unit === 'score5')).toBe(true)
  })

  it("keeps the list's order and names the headline figures that are not published", () => {
    const published = [...headlineIndicatorSlugs]
      .reverse()
      .slice(1)
      .map((slug) => ({ slug }) as Indicator)
    const { headline, missing } = headlineIndicators([{ slug: 'something-else' } as Indicator, ...published])
    expect(headline.map((indicator) => indicator.slug)).toEqual(headlineIndicatorSlugs.slice(0, -1))
    expect(missing).toEqual([headlineIndicatorSlugs.at(-1)])
  })
})

/** An indicator as the snapshot has it, with only what these tests look at set. */
const indicator = (fields: Partial<Indicator>): Indicator =>
  ({
    slug: 'x',
    value: 300,
    valueQualifier: 'exact',
    unit: 'persons',
    target: null,
    comparisonKind: 'target',
    period: { start: '2022-03', end: '2023-08' },
    breakdown: [],
    project: 'dot',
    source: { report: 'dot', section: '2.1' },
    esfCode: null,
    esfProgrammePeriod: null,
    content: { fi: { name: 'Osallistujat', notes: null }, en: null, sv: null },
    ...fields,
  }) as Indicator

describe('outcomes: values as the reports word them', () => {
  it('writes "yli" and "noin" before a lower bound and an estimate, in every language', () => {
    const over = indicator({ valueQualifier: 'more-than' })
    expect(formatIndicatorValue(over, 'fi')).toBe('yli 300 henkilöä')
    expect(formatIndicatorValue(over, 'en')).toBe('more than 300 people')
    expect(formatIndicatorValue(over, 'sv')).toBe('över 300 personer')
    expect(formatIndicatorValue(indicator({ valueQualifier: 'about', value: 500 }), 'fi')).toBe('noin 500 henkilöä')
    expect(formatIndicatorValue(indicator({}), 'fi')).toBe('300 henkilöä')
  })

  it("qualifies an estimate's groups too, but not the counted parts of a lower bound", () => {
    expect(breakdownNumber(indicator({ valueQualifier: 'about' }), 260, 'en')).toBe('about 260')
    expect(breakdownNumber(indicator({ valueQualifier: 'more-than' }), 556, 'en')).toBe('556')
  })

  it('charts only targets: a budget granted or planned is named as one and is not a target', () => {
    const target = indicator({ slug: 't', target: 150 })
    const granted = indicator({ slug: 'g', unit: 'eur', value: 337155, target: 337155, comparisonKind: 'granted' })
    expect(withTarget([target, granted, indicator({ slug: 'none' })]).map((i) => i.slug)).toEqual(['t'])
    expect(comparisonLabel(granted, 'fi')).toBe('Myönnetty')
    expect(comparisonLabel(indicator({ target: 1, comparisonKind: 'planned' }), 'sv')).toBe('Planerat')
  })

  it('downloads say how exact each value is, what its comparison figure is and the ESF+ period of a code', () => {
    const rows = parseCsv(
      indicatorsCsv(
        [
          indicator({ slug: 'over', valueQualifier: 'more-than' }),
          indicator({ slug: 'budget', target: 5, comparisonKind: 'planned' }),
          indicator({ slug: 'coded', esfCode: 'EECO02', esfProgrammePeriod: '2021-2027', project: 'metropolia' }),
        ],
        'en',
      ).replace(/^\uFEFF/, ''),
    )
    const [header, ...body] = rows
    const column = (name: string) => header!.indexOf(name)
    expect(body.map((row) => row[column('value_qualifier')])).toEqual(['more-than', 'exact', 'exact'])
    expect(body.map((row) => row[column('target_kind')])).toEqual(['', 'planned', ''])
    expect(body.map((row) => row[column('esf_programme_period')])).toEqual(['', '', '2021-2027'])
    // A reader sees the report's name; a program keys on the code in a column of its own.
    expect(body.map((row) => row[column('source_report_code')])).toEqual(['dot', 'dot', 'dot'])
    expect(body[0]![column('source_report')]).toBe(
      'DOT – Developing digital skills in work activities, final report (City of Helsinki, 2023)',
    )
    const meta = { publisher: 'Esimerkkiyhdistys', url: 'https://x.example/fi/tulokset/' }
    const json = JSON.parse(indicatorsJson([indicator({ valueQualifier: 'about' })], 'fi', meta)) as {
      indicators: Record<string, unknown>[]
    }
    expect(json.indicators[0]).toMatchObject({ valueQualifier: 'about', targetKind: null, esfProgrammePeriod: null })
  })
})

describe('outcomes: a chart per unit and kind of comparison', () => {
  it('draws targets of each unit on their own scale, and budgets apart from targets', () => {
    const people = indicator({ slug: 'people', value: 200, target: 150 })
    const staff = indicator({ slug: 'staff', value: 194, target: 40 })
    const granted = indicator({
      slug: 'granted',
      unit: 'eur',
      value: 337155,
      target: 337155,
      comparisonKind: 'granted',
    })
    const planned = indicator({
      slug: 'planned',
      unit: 'eur',
      value: 411131,
      target: 411131,
      comparisonKind: 'planned',
    })
    const charts = comparisonCharts([granted, people, indicator({ slug: 'none' }), planned, staff])
    expect(charts.map((chart) => [chart.kind, chart.unit, chart.indicators.map((i) => i.slug)])).toEqual([
      ['target', 'persons', ['people', 'staff']],
      ['budget', 'eur', ['granted', 'planned']],
    ])
  })

  it('the corpus has targets and budgets to chart, in different units', () => {
    const charts = comparisonCharts(
      [...corpusIndicators.entries()].map(([slug, data]) => indicator({ ...(data as Partial<Indicator>), slug })),
    )
    expect(new Set(charts.map((chart) => chart.kind))).toEqual(new Set(['target', 'budget']))
  })
})

describe('outcomes: the corpus words its values as the reports do', () => {
  it('marks a value its own notes call "yli N" or "noin N" as a lower bound or an estimate', () => {
    const all = readContent(path.resolve('content')).filter((document) => document.type.key === 'indicators')
    const problems: string[] = []
    for (const document of all) {
      const data = document.locales.fi!.data as { value: number; valueQualifier?: string; notes?: string }
      const number = String(data.value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ?')
      const said = (word: string) => new RegExp(`\\b${word} ${number}(?![\\d,])`).test(data.notes ?? '')
      const qualifier = data.valueQualifier ?? 'exact'
      if (said('yli') && qualifier !== 'more-than') problems.push(`${document.slug}: notes say "yli ${data.value}"`)
      if (said('noin') && qualifier !== 'about') problems.push(`${document.slug}: notes say "noin ${data.value}"`)
    }
    expect(problems).toEqual([])
    // The reports' lower bounds and estimates are there, so the check above has something to check.
    const qualified = all.filter((d) => (d.locales.fi!.data as { valueQualifier?: string }).valueQualifier)
    expect(qualified.length).toBeGreaterThanOrEqual(8)
  })
})

describe('outcomes: open data a funder can reuse', () => {
  const meta = { publisher: 'Esimerkkiyhdistys', url: 'https://x.example/fi/tulokset/' }
  const figures = [
    indicator({ slug: 'score', unit: 'score5', value: 4.4, updatedAt: '2026-11-20T10:00:00.000Z' }),
    indicator({
      slug: 'people',
      value: 1200,
      content: { fi: { name: 'Nimi; puolipiste', notes: '=1+1' }, en: null, sv: null },
      updatedAt: '2026-11-28T10:00:00.000Z',
    }),
  ]

  it('opens in columns in Finnish Excel: ";" between fields, 4,4 for a decimal, BOM for ä', () => {
    const csv = indicatorsCsv(figures, 'fi')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    // As Finnish Excel splits it: on ";" outside quotes.
    const [header, score, people] = parseCsv(csv.slice(1), ';')
    expect(score![header!.indexOf('value')]).toBe('4,4')
    expect(people![header!.indexOf('name')]).toBe('Nimi; puolipiste')
    expect(people![header!.indexOf('notes')]).toBe("'=1+1")
    expect(score).toHaveLength(header!.length)
    // English keeps the comma and the decimal point.
    expect(indicatorsCsv(figures, 'en').split('\r\n')[1]).toContain(',4.4,')
  })

  it('describes the data set in the JSON: licence, publisher, sources, date and address', () => {
    const json = JSON.parse(indicatorsJson(figures, 'sv', meta)) as Record<string, unknown>
    expect(json).toMatchObject({
      publisher: 'Esimerkkiyhdistys',
      url: meta.url,
      license: { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      dateModified: '2026-11-28',
      language: 'sv',
    })
    expect(json.sources).toHaveLength(2)
    expect(String(json.licenseNotice)).toContain('Esimerkkiyhdistys')
    expect((json.indicators as unknown[]).length).toBe(2)
  })
})

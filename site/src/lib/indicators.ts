import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { comparisonLabels, formatNumber, qualifierWords, unitLabels } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { reportNames, t } from '../i18n/ui'
import { contentLicence, contentLicenceNotice } from '@toolkit/contract/licence'
import { indicatorUnits, reports } from '@toolkit/contract/vocabulary'
import { csvCell } from '@toolkit/contract/escape'
import { localize } from './localize'
import { sourceSection } from './report-sources'

export type Indicator = SnapshotDocument<'indicators'>

/**
 * The figures a funder looks for first, in the order the outcomes page shows them: participants,
 * trainings, staff reached against the target, recycled computers, satisfaction. This list is the
 * one place that says which indicators are headline figures; tests/unit/outcomes.test.ts checks
 * that each is in the corpus (content/indicators/).
 */
export const headlineIndicatorSlugs = [
  'dot-osallistujat-yhteensa',
  'metropolia-koulutuskokonaisuuden-osallistujat',
  'dot-koulutukset',
  'dot-henkilostoosallistujat',
  'dot-kierratetyt-tietokoneet',
  'dot-kokonaistyytyvaisyys',
] as const

/**
 * The published headline indicators in the list's order. Editors may unpublish or rename one in the
 * CMS; the page then shows the others, and `missing` names what is left out so the build can say so.
 */
export function headlineIndicators(indicators: Indicator[]): { headline: Indicator[]; missing: string[] } {
  const bySlug = new Map(indicators.map((indicator) => [indicator.slug, indicator]))
  return {
    headline: headlineIndicatorSlugs.flatMap((slug) => bySlug.get(slug) ?? []),
    missing: headlineIndicatorSlugs.filter((slug) => !bySlug.has(slug)),
  }
}

/** "4,4 / 5", "6 000 tietokonetta vuodessa", "337 155 €"; for a qualified value, "noin 500 henkilöä". */
export function formatValue(indicator: Indicator, value: number, lang: Lang, qualified = false): string {
  const unit = unitLabels[indicator.unit][lang]
  const number = qualified ? qualifiedNumber(indicator, value, lang) : formatNumber(value, lang)
  return unit ? `${number} ${unit}` : number
}

/** The indicator's own value, worded as the report words it: "yli 300 henkilöä", not "300 henkilöä". */
export function formatIndicatorValue(indicator: Indicator, lang: Lang): string {
  return formatValue(indicator, indicator.value, lang, true)
}

/** A number with the indicator's qualifier before it ("noin 500", "more than 300"). */
export function qualifiedNumber(indicator: Indicator, value: number, lang: Lang): string {
  const word = qualifierWords[indicator.valueQualifier][lang]
  return word ? `${word} ${formatNumber(value, lang)}` : formatNumber(value, lang)
}

/**
 * A breakdown part's number: an estimate's parts are estimates too ("noin 260"); a lower bound's
 * parts are counts of their own (of "yli 1000 tehtävää", 556 were active), so they stay as given.
 */
export function breakdownNumber(indicator: Indicator, value: number, lang: Lang): string {
  return indicator.valueQualifier === 'about' ? qualifiedNumber(indicator, value, lang) : formatNumber(value, lang)
}

/** What the comparison figure is called here: "Tavoite", or a budget's "Myönnetty" / "Suunniteltu". */
export function comparisonLabel(indicator: Indicator, lang: Lang): string {
  return comparisonLabels[indicator.comparisonKind][lang]
}

/** Indicators whose comparison figure is a target to be reached (a budget is not one). */
export function withTarget(indicators: Indicator[]): Indicator[] {
  return indicators.filter((indicator) => indicator.target !== null && indicator.comparisonKind === 'target')
}

/**
 * The comparison charts: one per unit and per kind of comparison figure, so that each chart has its
 * own scale (200 people against a target of 150 is not drawn on an axis that reaches 411 131 €) and a
 * budget granted or planned is never drawn as a target met. Units in the vocabulary's order, targets
 * before budgets.
 */
export interface ComparisonChart {
  unit: Indicator['unit']
  kind: 'target' | 'budget'
  indicators: Indicator[]
}

export function comparisonCharts(indicators: Indicator[]): ComparisonChart[] {
  const compared = indicators.filter((indicator) => indicator.target !== null)
  return (['target', 'budget'] as const).flatMap((kind) =>
    indicatorUnits
      .map((unit) => ({
        unit,
        kind,
        indicators: compared.filter(
          (indicator) => indicator.unit === unit && (indicator.comparisonKind === 'target') === (kind === 'target'),
        ),
      }))
      .filter((chart) => chart.indicators.length > 0),
  )
}

export function formatPeriod(indicator: Indicator): string {
  const month = (value: string) => {
    const [year, m] = value.split('-')
    return `${Number(m)}/${year}`
  }
  return indicator.period.start === indicator.period.end
    ? month(indicator.period.start)
    : `${month(indicator.period.start)}–${month(indicator.period.end)}`
}

const columns = [
  'slug',
  'name',
  'value',
  'value_qualifier',
  'unit',
  'target',
  'target_kind',
  'period_start',
  'period_end',
  'breakdown',
  'project',
  'source_report',
  'source_report_code',
  'source_section',
  'esf_code',
  'esf_programme_period',
  'notes',
] as const

/** What the comparison figure is (target, granted, planned), or null when there is none to name. */
const targetKind = (indicator: Indicator) => (indicator.target === null ? null : indicator.comparisonKind)

/** The programme period of the ESF+ code, or null when the figure carries no code. */
const esfPeriod = (indicator: Indicator) => (indicator.esfCode ? indicator.esfProgrammePeriod : null)

/**
 * How the CSV of each language is written so that the spreadsheet its readers use opens it in
 * columns: Finnish and Swedish Excel (as set up in Finland) separate fields with ";" and write 4,4;
 * English Excel separates with "," and writes 4.4.
 */
export const csvFormats: Record<Lang, { separator: ',' | ';'; decimal: '.' | ',' }> = {
  fi: { separator: ';', decimal: ',' },
  sv: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
}

/**
 * Every indicator as one row: CSV with a header (RFC 4180 quoting, the separator and decimal mark of
 * the language's spreadsheet), UTF-8 with a BOM so that Excel reads ä and ö right; a text that a
 * spreadsheet would run as a formula is kept as text.
 */
export function indicatorsCsv(indicators: Indicator[], lang: Lang): string {
  const rows = indicators.map((indicator) => {
    const i = localize(indicator, lang)
    return [
      indicator.slug,
      i.field('name').value,
      indicator.value,
      indicator.valueQualifier,
      indicator.unit,
      indicator.target,
      targetKind(indicator),
      indicator.period.start,
      indicator.period.end,
      indicator.breakdown.map((part) => `${part.key}=${part.value}`).join(' '),
      indicator.project,
      // A reader sees the report's name and the section in the file's language; a program keys on the code.
      reportNames[indicator.source.report][lang],
      indicator.source.report,
      sourceSection(indicator.source.section, lang).text,
      indicator.esfCode,
      esfPeriod(indicator),
      i.field('notes').value,
    ]
  })
  const { separator, decimal } = csvFormats[lang]
  return `\uFEFF${[columns, ...rows].map((row) => row.map((cell) => csvCell(cell, decimal)).join(separator)).join('\r\n')}\r\n`
}

/** Who publishes the figures and where: the open-data description a reuser needs with the data. */
export interface DatasetMeta {
  publisher: string
  /** The outcomes page's public address. */
  url: string
}

/** The newest change among the figures, as a day: when the data set was last modified. */
export function datasetModified(indicators: Indicator[]): string | null {
  const newest = indicators
    .map((indicator) => indicator.updatedAt)
    .sort()
    .at(-1)
  return newest ? newest.slice(0, 10) : null
}

/**
 * What the data set is, who publishes it, under which licence, from which sources and when it last
 * changed: the head of indicators.json and the outcomes page's schema.org Dataset, from one place.
 */
export function datasetFacts(indicators: Indicator[], lang: Lang, meta: DatasetMeta) {
  return {
    title: t(lang, 'datasetTitle'),
    description: t(lang, 'datasetDescription'),
    language: lang,
    publisher: meta.publisher,
    url: meta.url,
    license: { spdx: contentLicence.spdx, name: contentLicence.name, url: contentLicence.url },
    licenseNotice: contentLicenceNotice(lang, meta.publisher),
    sources: reports.map((report) => reportNames[report][lang]),
    dateModified: datasetModified(indicators),
  }
}

/**
 * The same as JSON: a description of the data set (title, publisher, licence, sources, date,
 * address) and the figures, with the language each text is in and the full name of each source report.
 */
export function indicatorsJson(indicators: Indicator[], lang: Lang, meta: DatasetMeta): string {
  const figures = indicators.map((indicator) => {
    const i = localize(indicator, lang)
    const name = i.field('name')
    const notes = i.field('notes')
    return {
      slug: indicator.slug,
      name: name.value,
      nameLanguage: name.lang,
      value: indicator.value,
      valueQualifier: indicator.valueQualifier,
      unit: indicator.unit,
      target: indicator.target,
      targetKind: targetKind(indicator),
      period: indicator.period,
      breakdown: indicator.breakdown,
      project: indicator.project,
      source: {
        ...indicator.source,
        title: reportNames[indicator.source.report][lang],
        sectionTitle: sourceSection(indicator.source.section, lang).text,
      },
      esfCode: indicator.esfCode,
      esfProgrammePeriod: esfPeriod(indicator),
      notes: notes.value,
      notesLanguage: notes.value ? notes.lang : null,
    }
  })
  const dataset = {
    ...datasetFacts(indicators, lang, meta),
    indicators: figures,
  }
  return `${JSON.stringify(dataset, null, 2)}\n`
}

import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { formatNumber, unitLabels } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { reportNames } from '../i18n/ui'
import { csvCell } from '@toolkit/contract/escape'
import { localize } from './localize'

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

/** "4,4 / 5", "6 000 tietokonetta vuodessa", "337 155 €". */
export function formatValue(indicator: Indicator, value: number, lang: Lang): string {
  const unit = unitLabels[indicator.unit][lang]
  return unit ? `${formatNumber(value, lang)} ${unit}` : formatNumber(value, lang)
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
  'unit',
  'target',
  'period_start',
  'period_end',
  'breakdown',
  'project',
  'source_report',
  'source_section',
  'esf_code',
  'notes',
] as const

/**
 * Every indicator as one row: RFC 4180 CSV with a header, UTF-8 with a BOM so that spreadsheet
 * programs read ä and ö right; a text that a spreadsheet would run as a formula is kept as text.
 */
export function indicatorsCsv(indicators: Indicator[], lang: Lang): string {
  const rows = indicators.map((indicator) => {
    const i = localize(indicator, lang)
    return [
      indicator.slug,
      i.field('name').value,
      indicator.value,
      indicator.unit,
      indicator.target,
      indicator.period.start,
      indicator.period.end,
      indicator.breakdown.map((part) => `${part.key}=${part.value}`).join(' '),
      indicator.project,
      indicator.source.report,
      indicator.source.section,
      indicator.esfCode,
      i.field('notes').value,
    ]
  })
  return `\uFEFF${[columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** The same as JSON, with the language each text is in and the full name of each source report. */
export function indicatorsJson(indicators: Indicator[], lang: Lang): string {
  return `${JSON.stringify(
    indicators.map((indicator) => {
      const i = localize(indicator, lang)
      const name = i.field('name')
      const notes = i.field('notes')
      return {
        slug: indicator.slug,
        name: name.value,
        nameLanguage: name.lang,
        value: indicator.value,
        unit: indicator.unit,
        target: indicator.target,
        period: indicator.period,
        breakdown: indicator.breakdown,
        project: indicator.project,
        source: { ...indicator.source, title: reportNames[indicator.source.report][lang] },
        esfCode: indicator.esfCode,
        notes: notes.value,
        notesLanguage: notes.value ? notes.lang : null,
      }
    }),
    null,
    2,
  )}\n`
}

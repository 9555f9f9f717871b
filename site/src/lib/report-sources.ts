import { reportSectionTitles, type Report } from '@toolkit/contract/vocabulary'
import type { Lang } from '../i18n/locales'

/** A source as every collection stores it: which report, and the section as editors write it. */
export interface ReportSource {
  report: Report
  section: string
}

/**
 * A source's section in the page's language, and the language it ended up in: "9 Loppuraportin
 * tiivistelmä" reads "9 Summary of the final report" on an English page. The section is a number,
 * a title, or a number followed by a title, the title possibly in brackets (a sub-heading:
 * "1.1 (Digipaja)"); the title is translated from reportSectionTitles, never guessed. A title not
 * in that list stays Finnish, and `lang` says so, so that the page can mark it as Finnish.
 */
export function sourceSection(section: string, lang: Lang): { text: string; lang: Lang } {
  const match = /^(\d+(?:\.\d+)*)?\s*(?:\((.+)\)|(.+))?$/.exec(section.trim())
  const number = match?.[1]
  const title = match?.[2] ?? match?.[3]
  // A bare number reads the same in every language.
  if (lang === 'fi' || !title) return { text: section, lang }
  const translated = reportSectionTitles[title]?.[lang]
  if (!translated) return { text: section, lang: 'fi' }
  const titled = match?.[2] ? `(${translated})` : translated
  return { text: number ? `${number} ${titled}` : titled, lang }
}

import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { reportSectionTitles } from '@toolkit/contract/vocabulary'
import { readContent } from '../../scripts/lib/content'
import { sourceSection } from '../../site/src/lib/report-sources'

// A source's section is written once, as the Finnish report prints it; English and Swedish pages
// name it in their own language from the vocabulary's translations of the reports' headings.
describe('report sources in the page language', () => {
  it('translates a section title after its number, in brackets or not, and leaves a bare number as it is', () => {
    expect(sourceSection('9 Loppuraportin tiivistelmä', 'en')).toEqual({
      text: '9 Summary of the final report',
      lang: 'en',
    })
    expect(sourceSection('1.2 (Laitekierrätys)', 'sv')).toEqual({
      text: '1.2 (Återvinning av digitala enheter)',
      lang: 'sv',
    })
    expect(sourceSection('Tiivistelmä', 'en')).toEqual({ text: 'Summary', lang: 'en' })
    expect(sourceSection('3 (taulukko 1)', 'en').text).toBe('3 (table 1)')
    expect(sourceSection('2.1', 'sv')).toEqual({ text: '2.1', lang: 'sv' })
    expect(sourceSection('9 Loppuraportin tiivistelmä', 'fi')).toEqual({
      text: '9 Loppuraportin tiivistelmä',
      lang: 'fi',
    })
    expect(sourceSection('5 Projektin julkinen rahoitus, euroa', 'en')).toEqual({
      text: "5 The project's public funding, euros",
      lang: 'en',
    })
  })

  it('keeps a title it has no translation for in Finnish, and says so', () => {
    expect(sourceSection('4 Uusi otsikko', 'en')).toEqual({ text: '4 Uusi otsikko', lang: 'fi' })
  })

  it('has an English and a Swedish title for every section title the corpus cites', () => {
    const untranslated = new Set<string>()
    let cited = 0
    for (const document of readContent(path.resolve('content'))) {
      const sources = (document.locales.fi?.data as { source?: unknown; sources?: unknown } | undefined) ?? {}
      const all = [sources.source, ...(Array.isArray(sources.sources) ? sources.sources : [])].filter(Boolean) as {
        section: string
      }[]
      cited += all.length
      for (const { section } of all)
        for (const lang of ['en', 'sv'] as const)
          if (sourceSection(section, lang).lang !== lang) untranslated.add(`${document.slug}: ${section} (${lang})`)
    }
    expect([...untranslated]).toEqual([])
    // The corpus's sources were read, so that the check above had something to check.
    expect(cited).toBeGreaterThan(100)
    expect(Object.keys(reportSectionTitles).length).toBeGreaterThan(10)
  })
})

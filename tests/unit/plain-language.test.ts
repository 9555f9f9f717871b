import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { locales } from '@toolkit/contract/locales'
import { readContent } from '../../scripts/lib/content'
import { PLAIN_LIMITS, plainTextProblems, sentences, subordinateClauses, words } from '../../scripts/lib/readability'

// Plain language that is checked, not just labelled: every plain-language text of the corpus, in every
// language it has, meets the limits of scripts/lib/readability.ts (docs/plain-language.md says why).
const corpus = readContent(path.resolve('content'))
/** The documents a learner uses: each has a plain-language summary in every language. */
const learnerFacing = ['cheat-sheets', 'course-packs', 'badges', 'components'] as const

type Data = Record<string, unknown>
function plainTexts(): { where: string; lang: (typeof locales)[number]; text: string }[] {
  return corpus.flatMap((document) =>
    locales.flatMap((lang) => {
      const data = document.locales[lang]?.data as Data | undefined
      if (!data) return []
      const where = `${document.type.key}/${document.slug ?? ''} ${lang}`
      const texts =
        typeof data.plainSummary === 'string' ? [{ where: `${where} plainSummary`, lang, text: data.plainSummary }] : []
      // The self-assessment's results are read by the same readers, right after answering.
      if (document.type.key === 'self-assessments')
        for (const [index, level] of ((data.levelTexts ?? []) as { text: string }[]).entries())
          texts.push({ where: `${where} levelTexts.${index}`, lang, text: level.text })
      return texts
    }),
  )
}

describe('the plain-language check', () => {
  it('counts sentences, words and subordinate clauses as a reader meets them', () => {
    expect(sentences('Avaa sovellus. Valitse Kirjaudu!\nKirjoita tunnus')).toEqual([
      'Avaa sovellus.',
      'Valitse Kirjaudu!',
      'Kirjoita tunnus',
    ])
    expect(words('Mene osoitteeseen https://www.suomi.fi/ ja valitse “Kirjaudu”.')).toHaveLength(6)
    expect(subordinateClauses('Jos et muista salasanaa, kysy ohjaajalta, koska hän auttaa.', 'fi')).toBe(2)
    expect(subordinateClauses('Fråga om hjälp när du behöver det.', 'sv')).toBe(1)
  })

  it('finds what misses each limit, and passes a text that meets them', () => {
    const long = Array.from({ length: PLAIN_LIMITS.maxWords + 1 }, () => 'sana').join(' ')
    expect(plainTextProblems(`${long}.`, 'fi').map((p) => p.problem)).toContain(
      `${PLAIN_LIMITS.maxWords + 1} words (at most ${PLAIN_LIMITS.maxWords})`,
    )
    expect(plainTextProblems('Täytä käyttöönottosuunnitelmalomake.', 'fi')[0]!.problem).toMatch(/over 20 letters/)
    expect(plainTextProblems('If you can, ask when the person who helps is in.', 'en').map((p) => p.problem)).toContain(
      '3 subordinate clauses (at most 1)',
    )
    expect(plainTextProblems('Avaa sovellus. Valitse Kirjaudu. Kirjoita tunnus.', 'fi')).toEqual([])
  })
})

describe('plain language in the corpus', () => {
  it('gives every learner-facing document a plain-language summary in Finnish, English and Swedish', () => {
    const missing = corpus
      .filter((document) => (learnerFacing as readonly string[]).includes(document.type.key))
      .flatMap((document) =>
        locales
          .filter((lang) => typeof (document.locales[lang]?.data as Data | undefined)?.plainSummary !== 'string')
          .map((lang) => `${document.type.key}/${document.slug} ${lang}`),
      )
    expect(missing).toEqual([])
  })

  it('keeps every plain-language text within the limits, in every language', () => {
    const texts = plainTexts()
    expect(texts.length).toBeGreaterThan(100)
    const failing = texts.flatMap(({ where, lang, text }) =>
      plainTextProblems(text, lang).map((problem) => `${where}: ${problem.problem} «${problem.sentence}»`),
    )
    expect(failing).toEqual([])
  })
})

import type { Locale } from '@toolkit/contract/locales'

/**
 * The plain-language check every plain-language text passes (tests/unit/plain-language.test.ts).
 * The thresholds follow Selkokeskus's guidance for selkokieli (Finnish Centre for Easy Language,
 * "Selkokielen mittari" and its writing guidelines; the same centre's guidance for lätt svenska): short
 * sentences of one clause where possible, common and short words, one thing at a time. Selkokeskus
 * gives no single number, so these are the limits this project set and keeps (docs/plain-language.md):
 *
 * - a text's sentences average at most 10 words, and no sentence has more than 16;
 * - no word is longer than the language's limit, unless it is a name on the allowed list;
 * - a sentence has at most one subordinate clause (counted by the words that start one).
 */
export const PLAIN_LIMITS = {
  averageWords: 10,
  maxWords: 16,
  /** Finnish compounds are long by nature; Swedish ones a little shorter; English words shorter still. */
  maxWordLength: { fi: 20, sv: 18, en: 14 } satisfies Record<Locale, number>,
  maxSubordinateClauses: 1,
} as const

/**
 * Long words a plain text may use because they are names or the one word for a thing (a reader sees
 * them on the service itself), in any language.
 */
export const ALLOWED_LONG_WORDS = new Set(
  [
    'Virtuaaliverstas',
    'Virtuaaliverstaan',
    'Virtuaaliverstaassa',
    'Virtuaaliverstaalla',
    'Virtuaaliverstaalle',
    'digikulma.metropolia.fi',
    'Ammattikorkeakoulu',
    'Metropolia-ammattikorkeakoulu',
    'Digiosallisuuden',
    'Myndigheten',
    'organisations',
    'organisation’s',
    'organisation',
    'information',
    'accessibility',
    'identification',
    'identification.',
  ].map((word) => word.toLowerCase()),
)

/**
 * Words that open a subordinate clause, per language. Only words that (nearly) always do so: Swedish
 * "att", "om" and "som" and English "that" are also an infinitive mark, a preposition and a determiner,
 * and counting them would fail plain sentences, so clauses they open are not counted.
 */
const SUBORDINATORS: Record<Locale, string[]> = {
  fi: [
    'että',
    'koska',
    'jos',
    'kun',
    'vaikka',
    'jotta',
    'joka',
    'jotka',
    'jonka',
    'joita',
    'jossa',
    'jolla',
    'jolle',
    'mikä',
    'kunnes',
    'ennen kuin',
  ],
  sv: [
    'eftersom',
    'när',
    'medan',
    'innan',
    'tills',
    'därför att',
    'så att',
    'vilket',
    'vilka',
    'fast',
    'fastän',
    'ifall',
  ],
  en: [
    'because',
    'if',
    'when',
    'which',
    'who',
    'whom',
    'whose',
    'although',
    'while',
    'until',
    'unless',
    'so that',
    'where',
  ],
}

export interface PlainTextProblem {
  sentence: string
  problem: string
}

/** The sentences of a text: split after . ! ? and at line breaks (a list item is a sentence of its own). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence))
}

/** The words of a sentence: runs of letters, digits and inner hyphens or apostrophes (a URL is one word). */
export function words(sentence: string): string[] {
  return sentence
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
}

/** How many subordinate clauses a sentence opens, by the words that open one. */
export function subordinateClauses(sentence: string, lang: Locale): number {
  const lower = ` ${words(sentence).join(' ').toLowerCase()} `
  return SUBORDINATORS[lang].reduce((count, word) => count + (lower.split(` ${word} `).length - 1), 0)
}

/** Every way a plain-language text misses the limits; empty when it meets them all. */
export function plainTextProblems(text: string, lang: Locale): PlainTextProblem[] {
  const problems: PlainTextProblem[] = []
  const all = sentences(text)
  if (all.length === 0) return problems
  const counts = all.map((sentence) => words(sentence).length)
  const average = counts.reduce((sum, count) => sum + count, 0) / all.length
  if (average > PLAIN_LIMITS.averageWords)
    problems.push({
      sentence: '(the whole text)',
      problem: `sentences average ${average.toFixed(1)} words (at most ${PLAIN_LIMITS.averageWords})`,
    })
  all.forEach((sentence, index) => {
    if (counts[index]! > PLAIN_LIMITS.maxWords)
      problems.push({ sentence, problem: `${counts[index]} words (at most ${PLAIN_LIMITS.maxWords})` })
    const long = words(sentence).filter(
      (word) => [...word].length > PLAIN_LIMITS.maxWordLength[lang] && !ALLOWED_LONG_WORDS.has(word.toLowerCase()),
    )
    if (long.length > 0)
      problems.push({
        sentence,
        problem: `word${long.length > 1 ? 's' : ''} over ${PLAIN_LIMITS.maxWordLength[lang]} letters: ${long.join(', ')}`,
      })
    const clauses = subordinateClauses(sentence, lang)
    if (clauses > PLAIN_LIMITS.maxSubordinateClauses)
      problems.push({
        sentence,
        problem: `${clauses} subordinate clauses (at most ${PLAIN_LIMITS.maxSubordinateClauses})`,
      })
  })
  return problems
}

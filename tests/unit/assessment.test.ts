import { describe, expect, it } from 'vitest'

import {
  type Answers,
  answersFrom,
  type AssessmentPageData,
  levelFor,
  MAX_SUGGESTIONS,
  recommend,
  resultText,
  scoreAnswers,
  type ScoringData,
  summariseResult,
} from '../../site/src/lib/assessment'

const levels: ScoringData['levels'] = [
  { level: 'beginner', minimum: 0 },
  { level: 'basic', minimum: 1 },
  { level: 'independent', minimum: 1.75 },
  { level: 'advanced', minimum: 2.5 },
]
// Two questions per area, keys a1/a2 … e1/e2.
const questions = (['1', '2', '3', '4', '5'] as const).flatMap((area, index) =>
  [1, 2].map((n) => ({ key: `${'abcde'[index]}${n}`, area })),
)
const rules: ScoringData['rules'] = [
  {
    scope: 'overall',
    levels: ['beginner', 'basic'],
    coursePacks: ['first-steps'],
    cheatSheets: [],
    badges: ['starter'],
  },
  { scope: '4', levels: ['beginner'], coursePacks: [], cheatSheets: ['scams', 'passwords'], badges: [] },
  { scope: '2', levels: ['beginner', 'basic'], coursePacks: ['first-steps'], cheatSheets: ['email'], badges: [] },
  {
    scope: 'overall',
    levels: ['independent', 'advanced'],
    coursePacks: ['peer-instructor'],
    cheatSheets: [],
    badges: ['advanced'],
  },
]
// When one question is answered low: d1 is the password question, b1 the e-services one.
const answerRules: ScoringData['answerRules'] = [
  { question: 'b1', cheatSheets: ['get-bank-codes', 'strong-id'], coursePacks: ['e-services'], badges: [] },
  { question: 'd1', cheatSheets: ['passwords'], coursePacks: [], badges: [] },
]
const data: ScoringData = { questions, levels, rules, answerRules }
const all = (value: number): Answers => Object.fromEntries(questions.map((q) => [q.key, value]))

describe('self-assessment scoring', () => {
  it('places an average on the highest threshold it reaches', () => {
    expect(levelFor(0, levels)).toBe('beginner')
    expect(levelFor(0.99, levels)).toBe('beginner')
    expect(levelFor(1, levels)).toBe('basic')
    expect(levelFor(1.75, levels)).toBe('independent')
    expect(levelFor(2.49, levels)).toBe('independent')
    expect(levelFor(3, levels)).toBe('advanced')
  })

  it('gives a level per area and overall from the answers', () => {
    const answers = { ...all(3), d1: 0, d2: 1 } // safety weak, everything else strong
    const result = scoreAnswers(data, answers)
    expect(result.answered).toBe(10)
    expect(result.areas.find((a) => a.area === '4')).toMatchObject({
      average: 0.5,
      level: 'beginner',
      answered: 2,
      total: 2,
    })
    expect(result.areas.find((a) => a.area === '1')).toMatchObject({ average: 3, level: 'advanced' })
    expect(result.overall).toEqual({ average: 2.5, level: 'advanced' })
  })

  it('leaves unanswered areas without a level and ignores answers off the scale', () => {
    const result = scoreAnswers(data, { a1: 2, a2: 7, b1: -1, c1: 1.5, zz: 3 })
    expect(result.answered).toBe(1)
    expect(result.areas.find((a) => a.area === '1')).toMatchObject({ answered: 1, average: 2, level: 'independent' })
    expect(result.areas.find((a) => a.area === '2')).toMatchObject({ answered: 0, average: null, level: null })
    expect(scoreAnswers(data, {}).overall).toBeNull()
  })

  const slugs = (suggestions: { kind: string; slug: string }[]) =>
    suggestions.map((item) => `${item.kind}/${item.slug}`)

  it('recommends from the level rules when no answer is low: the weakest area first, the overall result last', () => {
    const levelOnly = { ...data, answerRules: [] }
    expect(slugs(recommend(levelOnly, all(0)))).toEqual([
      // Every area equally weak: the rules in area order, overall last, each rule's first item before any second.
      'cheatSheets/email',
      'cheatSheets/scams',
      'coursePacks/first-steps',
      'cheatSheets/passwords',
      'badges/starter',
    ])
    expect(slugs(recommend(levelOnly, all(3)))).toEqual(['coursePacks/peer-instructor', 'badges/advanced'])
    // Strong overall but weak in safety: the safety rule comes before the overall one.
    expect(slugs(recommend(levelOnly, { ...all(3), d1: 0, d2: 0 }))).toEqual([
      'cheatSheets/scams',
      'cheatSheets/passwords',
      'coursePacks/peer-instructor',
      'badges/advanced',
    ])
  })

  it('puts the skills the person lacks first: "En osaa" to e-services and passwords, high elsewhere', () => {
    const answers = { ...all(3), b1: 0, d1: 0 }
    const chosen = slugs(recommend(data, answers))
    // Each low answer gets its first item before any gets a second.
    expect(chosen.slice(0, MAX_SUGGESTIONS)).toEqual([
      'cheatSheets/get-bank-codes',
      'cheatSheets/passwords',
      'cheatSheets/strong-id',
    ])
    // The level result still counts: after them, what the (high) overall level calls for.
    expect(chosen).toContain('coursePacks/peer-instructor')
  })

  it('takes "En osaa" before "Osaan vähän", and ignores answers above it', () => {
    expect(slugs(recommend(data, { ...all(3), b1: 1, d1: 0 })).slice(0, 2)).toEqual([
      'cheatSheets/passwords',
      'cheatSheets/get-bank-codes',
    ])
    expect(slugs(recommend(data, { ...all(3), b1: 2, d1: 2 }))).not.toContain('cheatSheets/passwords')
  })

  it('names each document once, whichever rules name it', () => {
    const chosen = slugs(recommend(data, { ...all(0) }))
    expect(new Set(chosen).size).toBe(chosen.length)
    expect(chosen.filter((id) => id === 'cheatSheets/passwords')).toHaveLength(1)
  })

  it('follows the rules it is given: an editor changing a rule changes the advice', () => {
    const edited: ScoringData['rules'] = [
      { ...rules[1]!, levels: ['beginner', 'basic'], cheatSheets: ['two-step-login'] },
    ]
    const answers = { ...all(3), d1: 2, d2: 1 } // safety at "basic"
    const noAnswerRules = { ...data, answerRules: [] }
    expect(slugs(recommend(noAnswerRules, answers))).not.toContain('cheatSheets/two-step-login')
    expect(slugs(recommend({ ...noAnswerRules, rules: edited }, answers))).toEqual(['cheatSheets/two-step-login'])
  })
})

// What the island shows and lets the reader copy (site/src/scripts/self-assessment.ts).
describe('self-assessment result', () => {
  const page: AssessmentPageData = {
    ...data,
    slug: 'mista-aloitan',
    title: 'Mistä aloitan?',
    items: {
      coursePacks: { 'first-steps': { title: 'Alkeiden alkeet', url: '/fi/koulutuspaketit/first-steps/' } },
      // 'passwords' and 'email' are recommended by a rule but not published: they are left out.
      cheatSheets: {
        scams: { title: 'Huijaukset', url: '/fi/lunttilaput/scams/' },
        'get-bank-codes': { title: 'Pankkitunnukset', url: '/fi/lunttilaput/get-bank-codes/' },
        'strong-id': { title: 'Kirjautuminen', url: '/fi/lunttilaput/strong-id/' },
      },
      badges: { starter: { title: 'Aloittaja', url: '/fi/osaamismerkit/starter/' } },
    },
    levelNames: { beginner: 'Ensiaskeleet', basic: 'Perustaidot', independent: 'Itsenäinen', advanced: 'Edistynyt' },
    levelTexts: { beginner: 'Aloita alusta.' },
    areaNames: { '1': 'Tieto', '2': 'Viestintä', '3': 'Sisällöt', '4': 'Turvallisuus', '5': 'Ongelmat' },
    help: 'Kysy pajan ohjaajalta.',
    messages: {
      questionOf: 'Kysymys {n} / {total}',
      answeredCount: 'Vastattu {answered} / {total}',
      answerOne: 'Vastaa ainakin yhteen.',
      yourResult: 'Tuloksesi',
      overallLevel: 'Kokonaistaso',
      area: 'Osa-alue',
      level: 'Taso',
      notAnswered: 'Ei vastattu',
      startHere: 'Aloita tästä',
      nothingToSuggest: 'Ei ehdotuksia.',
      kindNames: { cheatSheets: 'lunttilappu', coursePacks: 'koulutuspaketti', badges: 'osaamismerkki' },
      whereToGetHelp: 'Mistä saat apua',
      lastQuestion: 'Viimeinen kysymys.',
      resultCopied: 'Kopioitu.',
      answersForgotten: 'Unohdettu.',
    },
  }

  it('takes only positions on the scale from the form', () => {
    expect(
      answersFrom([
        ['a1', '0'],
        ['a2', '3'],
        ['b1', '4'],
        ['b2', '1.5'],
        ['c1', ''],
        ['c2', ' 2'],
      ]),
    ).toEqual({ a1: 0, a2: 3 })
  })

  it('names the levels, says which areas were not answered, and lists at most three items the page knows', () => {
    const answers = { a1: 0, a2: 0, d1: 0, b1: 0 }
    const scored = scoreAnswers(data, answers)
    const summary = summariseResult(page, scored, recommend(data, answers, scored))
    expect(summary.overall).toEqual({ line: 'Kokonaistaso: Ensiaskeleet', text: 'Aloita alusta.' })
    expect(summary.areas.map((area) => `${area.name}: ${area.level}`)).toEqual([
      'Tieto: Ensiaskeleet',
      'Viestintä: Ensiaskeleet',
      'Sisällöt: Ei vastattu',
      'Turvallisuus: Ensiaskeleet',
      'Ongelmat: Ei vastattu',
    ])
    // 'passwords' (second in turn) is not published: it is skipped and takes no place.
    expect(summary.suggestions).toEqual([
      { ...page.items.cheatSheets['get-bank-codes']!, kind: 'cheatSheets', kindName: 'lunttilappu' },
      { ...page.items.cheatSheets['strong-id']!, kind: 'cheatSheets', kindName: 'lunttilappu' },
      // Then the level rules: the weakest areas' first ('email' is not published either).
      { ...page.items.cheatSheets.scams!, kind: 'cheatSheets', kindName: 'lunttilappu' },
    ])
    expect(summary.help).toBe('Kysy pajan ohjaajalta.')
  })

  it('copies as text with full addresses and where to get help, and says when there is nothing to suggest', () => {
    const scored = scoreAnswers(data, { a1: 0 })
    const text = resultText(
      page,
      summariseResult(page, scored, recommend(data, { a1: 0 }, scored)),
      'https://example.org/fi/itsearvio/mista-aloitan/',
    )
    expect(text.split('\n')).toEqual([
      'Mistä aloitan?',
      '',
      'Kokonaistaso: Ensiaskeleet',
      'Tieto: Ensiaskeleet',
      'Viestintä: Ei vastattu',
      'Sisällöt: Ei vastattu',
      'Turvallisuus: Ei vastattu',
      'Ongelmat: Ei vastattu',
      '',
      'Aloita tästä:',
      '- Alkeiden alkeet (koulutuspaketti): https://example.org/fi/koulutuspaketit/first-steps/',
      '- Aloittaja (osaamismerkki): https://example.org/fi/osaamismerkit/starter/',
      '',
      'Mistä saat apua:',
      'Kysy pajan ohjaajalta.',
    ])
    const strong = scoreAnswers(data, all(3))
    const nothing = summariseResult({ ...page, help: null }, strong, recommend(data, all(3), strong))
    expect(nothing.overall?.text).toBeNull()
    expect(nothing.suggestions).toEqual([])
    expect(
      resultText({ ...page, help: null }, nothing, 'https://example.org/')
        .split('\n')
        .slice(-2),
    ).toEqual(['Aloita tästä:', 'Ei ehdotuksia.'])
  })
})

import { describe, expect, it } from 'vitest'

import {
  type Answers,
  answersFrom,
  type AssessmentPageData,
  levelFor,
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
const data: ScoringData = { questions, levels, rules }
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

  it('recommends what the matching rules list, each item once and in rule order', () => {
    const weak = recommend(scoreAnswers(data, all(0)), rules)
    expect(weak).toEqual({
      coursePacks: ['first-steps'],
      cheatSheets: ['scams', 'passwords', 'email'],
      badges: ['starter'],
    })
    const strong = recommend(scoreAnswers(data, all(3)), rules)
    expect(strong).toEqual({ coursePacks: ['peer-instructor'], cheatSheets: [], badges: ['advanced'] })
    // Strong overall but weak in safety: the safety rule still applies.
    const mixed = recommend(scoreAnswers(data, { ...all(3), d1: 0, d2: 0 }), rules)
    expect(mixed.cheatSheets).toEqual(['scams', 'passwords'])
    expect(mixed.coursePacks).toEqual(['peer-instructor'])
  })

  it('follows the rules it is given: an editor changing a rule changes the advice', () => {
    const edited: ScoringData['rules'] = [
      { ...rules[1]!, levels: ['beginner', 'basic'], cheatSheets: ['two-step-login'] },
    ]
    const answers = { ...all(3), d1: 1, d2: 1 } // safety at "basic"
    expect(recommend(scoreAnswers(data, answers), rules).cheatSheets).toEqual([])
    expect(recommend(scoreAnswers(data, answers), edited).cheatSheets).toEqual(['two-step-login'])
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
      cheatSheets: { scams: { title: 'Huijaukset', url: '/fi/lunttilaput/scams/' } },
      badges: {},
    },
    levelNames: { beginner: 'Ensiaskeleet', basic: 'Perustaidot', independent: 'Itsenäinen', advanced: 'Edistynyt' },
    levelTexts: { beginner: 'Aloita alusta.' },
    areaNames: { '1': 'Tieto', '2': 'Viestintä', '3': 'Sisällöt', '4': 'Turvallisuus', '5': 'Ongelmat' },
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
      coursePacks: 'Koulutuspaketit',
      cheatSheets: 'Lunttilaput',
      badges: 'Osaamismerkit',
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

  it('names the levels, says which areas were not answered, and lists only the items the page knows', () => {
    const scored = scoreAnswers(data, { a1: 0, a2: 0, d1: 0 })
    const summary = summariseResult(page, scored, recommend(scored, rules))
    expect(summary.overall).toEqual({ line: 'Kokonaistaso: Ensiaskeleet', text: 'Aloita alusta.' })
    expect(summary.areas.map((area) => `${area.name}: ${area.level}`)).toEqual([
      'Tieto: Ensiaskeleet',
      'Viestintä: Ei vastattu',
      'Sisällöt: Ei vastattu',
      'Turvallisuus: Ensiaskeleet',
      'Ongelmat: Ei vastattu',
    ])
    expect(summary.suggestions).toEqual([
      { kind: 'coursePacks', items: [page.items.coursePacks['first-steps']] },
      { kind: 'cheatSheets', items: [page.items.cheatSheets.scams] },
    ])
  })

  it('copies as text with full addresses, and says when there is nothing to suggest', () => {
    const scored = scoreAnswers(data, { a1: 0 })
    const text = resultText(
      page,
      summariseResult(page, scored, recommend(scored, rules)),
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
      '- Alkeiden alkeet: https://example.org/fi/koulutuspaketit/first-steps/',
    ])
    const strong = scoreAnswers(data, all(3))
    const nothing = summariseResult(page, strong, recommend(strong, rules))
    expect(nothing.overall?.text).toBeNull()
    expect(nothing.suggestions).toEqual([])
    expect(resultText(page, nothing, 'https://example.org/').split('\n').slice(-2)).toEqual([
      'Aloita tästä:',
      'Ei ehdotuksia.',
    ])
  })
})

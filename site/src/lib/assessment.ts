import type { SnapshotDocument } from '@toolkit/contract/snapshot'

/**
 * Scoring of the "Mistä aloitan?" self-assessment. Pure functions on the document's own data, so
 * the page's script, the no-JavaScript explanation and the tests all use the same rules.
 */
type Assessment = SnapshotDocument<'self-assessments'>
export type Level = Assessment['levels'][number]['level']
export type Scope = Assessment['rules'][number]['scope']
export type Area = Exclude<Scope, 'overall'>
export const AREAS: readonly Area[] = ['1', '2', '3', '4', '5']
/** Answers are the position on the four-step scale: 0 "I don't know how" … 3 "I can help others". */
export const MAX_ANSWER = 3

export interface ScoringData {
  questions: { key: string; area: Area }[]
  levels: Assessment['levels']
  rules: Assessment['rules']
}
export type Answers = Record<string, number>

export interface AreaResult {
  area: Area
  answered: number
  total: number
  /** Mean answer 0–3, or null when no question of the area was answered. */
  average: number | null
  level: Level | null
}
export interface AssessmentResult {
  areas: AreaResult[]
  overall: { average: number; level: Level } | null
  answered: number
  total: number
}
export interface Recommendations {
  coursePacks: string[]
  cheatSheets: string[]
  badges: string[]
}

/** The level whose threshold is the highest one the average reaches (thresholds start at 0 and rise). */
export function levelFor(average: number, levels: ScoringData['levels']): Level {
  let found = levels[0]!.level
  for (const row of levels) if (average >= row.minimum) found = row.level
  return found
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length)

/** Only whole answers on the scale count; anything else (a tampered or stale saved answer) is ignored. */
const valid = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_ANSWER

export function scoreAnswers(data: ScoringData, answers: Answers): AssessmentResult {
  const given = data.questions.filter((question) => valid(answers[question.key]))
  const areas = AREAS.map((area) => {
    const questions = data.questions.filter((question) => question.area === area)
    const values = questions.map((question) => answers[question.key]).filter(valid)
    const average = mean(values)
    return { area, answered: values.length, total: questions.length, average, level: average === null ? null : levelFor(average, data.levels) }
  })
  const overallAverage = mean(given.map((question) => answers[question.key]!))
  return {
    areas,
    overall: overallAverage === null ? null : { average: overallAverage, level: levelFor(overallAverage, data.levels) },
    answered: given.length,
    total: data.questions.length,
  }
}

/** Everything the rules recommend for this result, each item once, in the order the rules list them. */
export function recommend(result: AssessmentResult, rules: ScoringData['rules']): Recommendations {
  const levelOf = (scope: Scope) => (scope === 'overall' ? (result.overall?.level ?? null) : (result.areas.find((a) => a.area === scope)?.level ?? null))
  const chosen: Recommendations = { coursePacks: [], cheatSheets: [], badges: [] }
  for (const rule of rules) {
    const level = levelOf(rule.scope)
    if (!level || !rule.levels.includes(level)) continue
    for (const kind of ['coursePacks', 'cheatSheets', 'badges'] as const) {
      for (const slug of rule[kind]) if (!chosen[kind].includes(slug)) chosen[kind].push(slug)
    }
  }
  return chosen
}

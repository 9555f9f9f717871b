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

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length

/** Only whole answers on the scale count; anything else (a tampered or stale saved answer) is ignored. */
const valid = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_ANSWER

export function scoreAnswers(data: ScoringData, answers: Answers): AssessmentResult {
  const given = data.questions.filter((question) => valid(answers[question.key]))
  const areas = AREAS.map((area) => {
    const questions = data.questions.filter((question) => question.area === area)
    const values = questions.map((question) => answers[question.key]).filter(valid)
    const average = mean(values)
    return {
      area,
      answered: values.length,
      total: questions.length,
      average,
      level: average === null ? null : levelFor(average, data.levels),
    }
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
  const levelOf = (scope: Scope) =>
    scope === 'overall' ? (result.overall?.level ?? null) : (result.areas.find((a) => a.area === scope)?.level ?? null)
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

/** The kinds of material a rule can recommend, in the order a result lists them. */
export type RecommendationKind = keyof Recommendations
export const RECOMMENDATION_KINDS = [
  'coursePacks',
  'cheatSheets',
  'badges',
] as const satisfies readonly RecommendationKind[]

/** The self-assessment page's words for the island, in its language. */
export interface AssessmentMessages {
  /** "Question {n} of {total}" */
  questionOf: string
  /** "{answered} of {total} answered" */
  answeredCount: string
  answerOne: string
  yourResult: string
  overallLevel: string
  area: string
  level: string
  notAnswered: string
  startHere: string
  nothingToSuggest: string
  coursePacks: string
  cheatSheets: string
  badges: string
  resultCopied: string
  answersForgotten: string
}

export interface RecommendedItem {
  title: string
  url: string
}

/**
 * The self-assessment island's page data (built by SelfAssessmentDetail.astro): the scoring data,
 * and the titles and addresses of everything a rule can recommend, so that showing a result needs
 * no request.
 */
export interface AssessmentPageData extends ScoringData {
  slug: string
  title: string
  items: Record<RecommendationKind, Record<string, RecommendedItem>>
  levelNames: Record<Level, string>
  levelTexts: Partial<Record<Level, string>>
  areaNames: Record<Area, string>
  messages: AssessmentMessages
}

/** Where "remember on this device" keeps the answers to one assessment (in this browser only). */
export const answersStorageKey = (slug: string): string => `digiosallisuus:self-assessment:${slug}`

/** The answers in the form's values: a position on the scale per question; anything else is left out. */
export function answersFrom(entries: Iterable<[string, FormDataEntryValue]>): Answers {
  const given: Answers = {}
  for (const [key, value] of entries) if (typeof value === 'string' && /^[0-3]$/.test(value)) given[key] = Number(value)
  return given
}

/** A result as the page shows it and as its text copy says it, in the page's words. */
export interface ResultSummary {
  /** The overall level's line ("Overall level: Basic") and its description, when anything was answered. */
  overall: { line: string; text: string | null } | null
  areas: { name: string; level: string }[]
  /** The recommended items that the page knows, by kind, kinds without any left out. */
  suggestions: { kind: RecommendationKind; items: RecommendedItem[] }[]
}

export function summariseResult(
  data: AssessmentPageData,
  scored: AssessmentResult,
  chosen: Recommendations,
): ResultSummary {
  const levelName = (level: Level | null) => (level ? data.levelNames[level] : data.messages.notAnswered)
  return {
    overall: scored.overall
      ? {
          line: `${data.messages.overallLevel}: ${levelName(scored.overall.level)}`,
          text: data.levelTexts[scored.overall.level] || null,
        }
      : null,
    areas: scored.areas.map((area) => ({ name: data.areaNames[area.area], level: levelName(area.level) })),
    suggestions: RECOMMENDATION_KINDS.map((kind) => ({
      kind,
      items: chosen[kind].map((slug) => data.items[kind][slug]).filter((item) => item !== undefined),
    })).filter((suggestion) => suggestion.items.length > 0),
  }
}

/** The result as plain text, to copy into a message or a CV: addresses in full (`base` is the page's). */
export function resultText(data: AssessmentPageData, summary: ResultSummary, base: string): string {
  const lines = [data.title, '']
  if (summary.overall) lines.push(summary.overall.line)
  for (const area of summary.areas) lines.push(`${area.name}: ${area.level}`)
  lines.push('', `${data.messages.startHere}:`)
  if (summary.suggestions.length === 0) lines.push(data.messages.nothingToSuggest)
  for (const suggestion of summary.suggestions)
    for (const item of suggestion.items) lines.push(`- ${item.title}: ${new URL(item.url, base).href}`)
  return lines.join('\n')
}

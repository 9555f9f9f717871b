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
  /** What to recommend when one question is answered low (LOW_ANSWER or below). */
  answerRules: Assessment['answerRules']
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

/**
 * The kinds of material a rule can recommend, in the order one rule's items are taken: the smallest
 * step first (a one-page cheat sheet, then a course, then a badge that shows the skill).
 */
export const RECOMMENDATION_KINDS = ['cheatSheets', 'coursePacks', 'badges'] as const
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number]

/** One recommended document: its kind and slug. */
export interface Suggestion {
  kind: RecommendationKind
  slug: string
}

/** An answer at or below this (0 "En osaa", 1 "Osaan vähän, tarvitsen apua") calls for the question's answer rules. */
export const LOW_ANSWER = 1
/** A result names a few next steps, not a reading list: at most this many. */
export const MAX_SUGGESTIONS = 3

const itemsOf = (rule: Pick<Assessment['rules'][number], RecommendationKind>): Suggestion[] =>
  RECOMMENDATION_KINDS.flatMap((kind) => rule[kind].map((slug) => ({ kind, slug })))

/** The first item of every list, then the second of every list…: each list has its turn before any has a second. */
function interleave(lists: Suggestion[][]): Suggestion[] {
  const out: Suggestion[] = []
  for (let round = 0; lists.some((list) => round < list.length); round++)
    for (const list of lists) if (round < list.length) out.push(list[round]!)
  return out
}

/**
 * Everything to recommend for these answers, best first, each document once. The skills the
 * person lacks come first: the answer rules of the questions answered low ("En osaa" before
 * "Osaan vähän", then in the order the editor lists the rules, most urgent first), taken in turns
 * so that each such skill is among the first items; then the level rules, the weakest area's first
 * and the overall result's last. The page shows the first MAX_SUGGESTIONS of these that it can
 * link to (summariseResult).
 */
export function recommend(data: ScoringData, answers: Answers, result = scoreAnswers(data, answers)): Suggestion[] {
  const answerOf = (key: string): number | null => {
    const value = answers[key]
    return valid(value) ? value : null
  }
  const byAnswer = data.answerRules
    .map((rule) => ({ rule, answer: answerOf(rule.question) }))
    .filter((entry): entry is { rule: (typeof data.answerRules)[number]; answer: number } => entry.answer !== null)
    .filter(({ answer }) => answer <= LOW_ANSWER)
    .sort((a, b) => a.answer - b.answer) // stable: rules with the same answer keep the editor's order
    .map(({ rule }) => itemsOf(rule))

  const weakestFirst = result.areas
    .filter((area) => area.average !== null)
    .sort((a, b) => a.average! - b.average! || AREAS.indexOf(a.area) - AREAS.indexOf(b.area))
    .map((area) => area.area)
  const levelOf = (scope: Scope) =>
    scope === 'overall' ? (result.overall?.level ?? null) : (result.areas.find((a) => a.area === scope)?.level ?? null)
  const applying = data.rules.filter((rule) => {
    const level = levelOf(rule.scope)
    return level !== null && rule.levels.includes(level)
  })
  // Array.prototype.sort is stable: rules of the same area keep the editor's order.
  const byArea = applying
    .filter((rule): rule is typeof rule & { scope: Area } => rule.scope !== 'overall')
    .sort((a, b) => weakestFirst.indexOf(a.scope) - weakestFirst.indexOf(b.scope))
    .map(itemsOf)
  const byOverall = applying.filter((rule) => rule.scope === 'overall').map(itemsOf)

  const seen = new Set<string>()
  return [...interleave(byAnswer), ...interleave(byArea), ...interleave(byOverall)].filter((item) => {
    const id = `${item.kind}/${item.slug}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

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
  /** What each kind of document is called in a suggestion ("Lunttilappu"). */
  kindNames: Record<RecommendationKind, string>
  /** The heading of the assessment's "where to get help" text. */
  whereToGetHelp: string
  /** "Question {n} of {total}. This is the last one: press Show my result." */
  lastQuestion: string
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
  /** Where to get help (the assessment's own text), shown with every result; null when the editor left it empty. */
  help: string | null
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
  /** The next steps: at most MAX_SUGGESTIONS recommended items that the page knows, best first. */
  suggestions: (RecommendedItem & { kind: RecommendationKind; kindName: string })[]
  /** Where to get help, when the assessment says. */
  help: string | null
}

export function summariseResult(
  data: AssessmentPageData,
  scored: AssessmentResult,
  chosen: Suggestion[],
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
    // A rule may name a document that is not published: it is skipped and does not take a place.
    suggestions: chosen
      .flatMap(({ kind, slug }) => {
        const item = data.items[kind][slug]
        return item ? [{ ...item, kind, kindName: data.messages.kindNames[kind] }] : []
      })
      .slice(0, MAX_SUGGESTIONS),
    help: data.help,
  }
}

/** The result as plain text, to copy into a message or a CV: addresses in full (`base` is the page's). */
export function resultText(data: AssessmentPageData, summary: ResultSummary, base: string): string {
  const lines = [data.title, '']
  if (summary.overall) lines.push(summary.overall.line)
  for (const area of summary.areas) lines.push(`${area.name}: ${area.level}`)
  lines.push('', `${data.messages.startHere}:`)
  if (summary.suggestions.length === 0) lines.push(data.messages.nothingToSuggest)
  for (const item of summary.suggestions)
    lines.push(`- ${item.title} (${item.kindName}): ${new URL(item.url, base).href}`)
  if (summary.help) lines.push('', `${data.messages.whereToGetHelp}:`, summary.help)
  return lines.join('\n')
}

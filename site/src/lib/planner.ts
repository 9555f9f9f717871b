/**
 * The adoption planner ("Ota malli käyttöön"): from the components an organisation picks and a few
 * facts about it, a plan in the model's order with steps, roles, resources, risks and materials,
 * what the reports say about people and time, and a printable document of it.
 * Pure functions, shared by the page's script and the tests; the data comes from the components.
 */
import { escapeHtml } from '@toolkit/contract/escape'

export const plannerFacts = {
  size: ['small', 'medium', 'large'],
  staffSkills: ['low', 'mixed', 'good'],
  group: ['unemployed', 'rehabilitation', 'multilingual'],
} as const
export type FactName = keyof typeof plannerFacts
export type Facts = { [K in FactName]: (typeof plannerFacts)[K][number] | null }

export interface Material {
  kind: 'coursePack' | 'cheatSheet' | 'selfAssessment' | 'tool' | 'badge'
  title: string
  url: string
  /** The course pack's ZIP, when it has one. */
  download?: string
  /** A course pack's length (its durationMinutes), when it gives one. */
  minutes?: number
}
export interface PlannerComponent {
  slug: string
  title: string
  summary: string | null
  url: string
  steps: { title: string; text: string }[]
  roles: { role: string; description: string }[]
  resources: string | null
  risks: { risk: string; action: string }[]
  materials: Material[]
  /** The figures on people and time the reports give for this part, each with its source. */
  knownEffort: string[]
  /** Why a small organisation starts with this part; null when it is not in that set. */
  smallStart: string | null
}
export interface PlannerData {
  /** In the model's order. */
  components: PlannerComponent[]
  /** Course packs that train staff, offered first when staff skills are not yet strong. */
  staffPacks: Material[]
}

/** The advice a fact adds to "before you start"; the words are on the page, in its language. */
export type NoteKey = 'staffFirst' | 'combineRoles' | 'startSmall' | 'reachOut' | 'voluntary' | 'plainLanguage'

export interface Plan {
  components: PlannerComponent[]
  notes: NoteKey[]
  /** Staff course packs to take before the rest (empty unless staff skills need it). */
  staffPacks: Material[]
  /** Every material of the chosen components, each once, staff packs first. */
  materials: Material[]
}

export function buildPlan(data: PlannerData, chosen: readonly string[], facts: Facts): Plan {
  const components = data.components.filter((component) => chosen.includes(component.slug))
  const notes: NoteKey[] = []
  const staffFirst = facts.staffSkills === 'low' || facts.staffSkills === 'mixed'
  if (staffFirst) notes.push('staffFirst')
  if (facts.size === 'small') notes.push('combineRoles')
  if (facts.size === 'large') notes.push('startSmall')
  if (facts.group === 'unemployed') notes.push('reachOut')
  if (facts.group === 'rehabilitation') notes.push('voluntary')
  if (facts.group === 'multilingual') notes.push('plainLanguage')
  const staffPacks = staffFirst ? data.staffPacks : []
  const materials: Material[] = []
  for (const material of [...staffPacks, ...components.flatMap((component) => component.materials)]) {
    if (!materials.some((known) => known.url === material.url)) materials.push(material)
  }
  return { components, notes, staffPacks, materials }
}

/** The "a small organisation starts here" set: the parts that say why, in the model's order. */
export function smallStartSet(data: PlannerData): string[] {
  return data.components.filter((component) => component.smallStart).map((component) => component.slug)
}

/** What a plan takes in people and time, as far as the reports and the materials tell. */
export interface EffortSummary {
  /** Each role once (by name, ignoring case), with the titles of the parts that need it. */
  roles: { role: string; parts: string[] }[]
  /** The parts for which the reports give figures on people or time, with those figures. */
  known: { title: string; figures: string[] }[]
  /** The titles of the parts for which the reports give no such figures. */
  unknown: string[]
  /** The course packs among the materials, and their length together (only packs that give one). */
  packs: { count: number; minutes: number }
}

export function effortSummary(plan: Plan): EffortSummary {
  const roles: EffortSummary['roles'] = []
  for (const component of plan.components) {
    for (const { role } of component.roles) {
      const known = roles.find((entry) => entry.role.toLocaleLowerCase() === role.toLocaleLowerCase())
      if (!known) roles.push({ role, parts: [component.title] })
      else if (!known.parts.includes(component.title)) known.parts.push(component.title)
    }
  }
  const packs = plan.materials.filter((material) => material.kind === 'coursePack')
  return {
    roles,
    known: plan.components
      .filter((component) => component.knownEffort.length > 0)
      .map((component) => ({ title: component.title, figures: component.knownEffort })),
    unknown: plan.components
      .filter((component) => component.knownEffort.length === 0)
      .map((component) => component.title),
    packs: { count: packs.length, minutes: packs.reduce((sum, pack) => sum + (pack.minutes ?? 0), 0) },
  }
}

/** The choices as an address query (?c=…&c=…&size=…), so that a plan can be shared with no server. */
export function planQuery(chosen: readonly string[], facts: Facts): string {
  const params = new URLSearchParams()
  for (const slug of chosen) params.append('c', slug)
  for (const name of Object.keys(plannerFacts) as FactName[]) if (facts[name]) params.set(name, facts[name]!)
  return params.toString()
}

/** Reads choices back from an address; unknown components and values are dropped, not trusted. */
export function parsePlanQuery(query: string, known: readonly string[]): { chosen: string[]; facts: Facts } {
  const params = new URLSearchParams(query)
  const chosen = [...new Set(params.getAll('c'))].filter((slug) => known.includes(slug))
  const fact = <K extends FactName>(name: K) => {
    const value = params.get(name)
    return (plannerFacts[name] as readonly string[]).includes(value ?? '') ? (value as Facts[K]) : null
  }
  return { chosen, facts: { size: fact('size'), staffSkills: fact('staffSkills'), group: fact('group') } }
}

/** The planner page's words, in its language: the plan's, and the page's own around it. */
export interface PlannerWords {
  title: string
  beforeYouStart: string
  notes: Record<NoteKey, string>
  steps: string
  roles: string
  resources: string
  risks: string
  whatToDo: string
  materials: string
  staffTraining: string
  download: string
  facts: string
  smallStartWhy: string
  /** The roles-and-time summary: its heading and sentences ({count}, {hours}, {parts} placeholders). */
  effort: {
    heading: string
    known: string
    packs: string
    roles: string
    unknown: string
    notGiven: string
  }
  factNames: Record<FactName, string>
  /** By "<fact>_<value>", e.g. "size_small". */
  factValues: Record<string, string>
  chooseOne: string
  linkCopied: string
  /** The downloaded document's file name and its closing line ({site}, {url}, {date} placeholders). */
  fileName: string
  madeWith: string
}

/** The planner island's page data (built by PlannerPage.astro). */
export interface PlannerPageData {
  data: PlannerData
  words: PlannerWords
  /** The site's name in the page's language, for the downloaded document. */
  siteName: string
}

/** The facts given, one line each in the page's words ("Size: small"), in the planner's order. */
export function factLines(facts: Facts, words: Pick<PlannerWords, 'factNames' | 'factValues'>): string[] {
  return (Object.keys(plannerFacts) as FactName[])
    .filter((name) => facts[name])
    .map((name) => `${words.factNames[name]}: ${words.factValues[`${name}_${facts[name]}`]}`)
}

/** A printed page's A4 layout and type for the downloaded plan; the document carries it inline. */
const DOCUMENT_CSS = `@page { size: A4; margin: 18mm 16mm; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 0.5rem; } h2 { font-size: 15pt; margin: 1.4rem 0 0.4rem; } h3 { font-size: 12pt; margin: 1rem 0 0.3rem; }
a { color: #00457a; } .print-address { overflow-wrap: anywhere; color: #333; }
section { break-inside: auto; } h2, h3 { break-after: avoid; }
footer { margin-top: 2rem; border-top: 1px solid #999; padding-top: 0.5rem; font-size: 9pt; }
@media print { body { margin: 0; max-width: none; padding: 0; } }`

/**
 * The plan as a self-contained HTML document that a word processor or a browser opens and prints:
 * an HTML file rather than DOCX, because the planner runs in the browser and the docx library
 * would multiply the page's script, while every office machine opens and prints HTML. `body` is
 * the plan as the page shows it (made with text nodes, so already escaped); its headings move up
 * one level, since the document's own title is its only h1. The other values are escaped here.
 */
export function planDocument(parts: {
  lang: string
  title: string
  body: string
  /** The closing line: where the plan was made and its address. */
  footer: string
}): string {
  const body = parts.body.replace(
    /<(\/?)h([34])\b/g,
    (_, slash: string, level: string) => `<${slash}h${Number(level) - 1}`,
  )
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(parts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${DOCUMENT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(parts.title)}</h1>`,
    body,
    '</main>',
    `<footer><p>${escapeHtml(parts.footer)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

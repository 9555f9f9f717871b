/**
 * The adoption planner ("Ota malli käyttöön"): from the components an organisation picks and a few
 * facts about it, a plan in the model's order with steps, roles, resources, risks and materials.
 * Pure functions, shared by the page's script and the tests; the data comes from the components.
 */
import { escapeMarkdown, escapeMarkdownInline, markdownUrl } from '@toolkit/contract/escape'

export const plannerFacts = {
  size: ['small', 'medium', 'large'],
  staffSkills: ['low', 'mixed', 'good'],
  group: ['unemployed', 'rehabilitation', 'multilingual'],
} as const
export type FactName = keyof typeof plannerFacts
export type Facts = { [K in FactName]: (typeof plannerFacts)[K][number] | null }

export interface Material {
  kind: 'coursePack' | 'cheatSheet' | 'tool' | 'badge'
  title: string
  url: string
  /** The course pack's ZIP, when it has one. */
  download?: string
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

export interface PlanWords {
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
  factLines: string[]
}

/** The planner page's words, in its language: the plan's, and the page's own around it. */
export interface PlannerWords extends Omit<PlanWords, 'factLines'> {
  factNames: Record<FactName, string>
  /** By "<fact>_<value>", e.g. "size_small". */
  factValues: Record<string, string>
  chooseOne: string
  linkCopied: string
}

/** The planner island's page data (built by PlannerPage.astro). */
export interface PlannerPageData {
  data: PlannerData
  words: PlannerWords
}

/** The facts given, one line each in the page's words ("Size: small"), in the planner's order. */
export function factLines(facts: Facts, words: Pick<PlannerWords, 'factNames' | 'factValues'>): string[] {
  return (Object.keys(plannerFacts) as FactName[])
    .filter((name) => facts[name])
    .map((name) => `${words.factNames[name]}: ${words.factValues[`${name}_${facts[name]}`]}`)
}

/**
 * The plan as Markdown, to save, send or paste into the organisation's own documents. Content
 * text is escaped (`inline` for what must stay on its line), so that it shows as written; the
 * page's own words are trusted.
 */
export function planToMarkdown(plan: Plan, words: PlanWords, origin: string): string {
  const inline = escapeMarkdownInline
  const link = (title: string, url: string) => `[${inline(title)}](${markdownUrl(new URL(url, origin).href)})`
  const out: string[] = [`# ${words.title}`, '']
  if (words.factLines.length > 0) out.push(`## ${words.facts}`, '', ...words.factLines.map((line) => `- ${line}`), '')
  if (plan.notes.length > 0 || plan.staffPacks.length > 0) {
    out.push(`## ${words.beforeYouStart}`, '', ...plan.notes.map((note) => `- ${words.notes[note]}`))
    if (plan.staffPacks.length > 0) {
      out.push('', `${words.staffTraining}:`, '', ...plan.staffPacks.map((pack) => `- ${link(pack.title, pack.url)}`))
    }
    out.push('')
  }
  plan.components.forEach((component, index) => {
    out.push(`## ${index + 1}. ${inline(component.title)}`, '')
    if (component.summary) out.push(escapeMarkdown(component.summary), '')
    out.push(`<${new URL(component.url, origin).href}>`, '')
    if (component.steps.length > 0) {
      out.push(
        `### ${words.steps}`,
        '',
        ...component.steps.map((step, n) => `${n + 1}. **${inline(step.title)}** – ${inline(step.text)}`),
        '',
      )
    }
    if (component.roles.length > 0)
      out.push(
        `### ${words.roles}`,
        '',
        ...component.roles.map((role) => `- **${inline(role.role)}**: ${inline(role.description)}`),
        '',
      )
    if (component.resources) out.push(`### ${words.resources}`, '', escapeMarkdown(component.resources), '')
    if (component.risks.length > 0) {
      out.push(
        `### ${words.risks}`,
        '',
        ...component.risks.map((risk) => `- ${inline(risk.risk)} – ${words.whatToDo}: ${inline(risk.action)}`),
        '',
      )
    }
  })
  if (plan.materials.length > 0) {
    out.push(`## ${words.materials}`, '')
    for (const material of plan.materials) {
      out.push(
        `- ${link(material.title, material.url)}${material.download ? ` (${link(words.download, material.download)})` : ''}`,
      )
    }
    out.push('')
  }
  return out.join('\n')
}

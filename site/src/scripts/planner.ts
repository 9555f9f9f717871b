// The adoption-planner island: the choices live in the address (?c=…&size=…), so a plan can be
// bookmarked and shared without any server; printing and the downloaded document are made in the page.
import {
  buildPlan,
  effortSummary,
  type FactName,
  factLines,
  type Facts,
  type Material,
  type Plan,
  type PlannerData,
  type PlannerPageData,
  type PlannerWords,
  parsePlanQuery,
  planDocument,
  planQuery,
  plannerFacts,
} from '../lib/planner'
import { fillTemplate } from '../lib/template'
import { element, list } from './dom'
import { Island } from './island'

const factNames = Object.keys(plannerFacts) as FactName[]

export class Planner extends Island {
  static readonly moduleName = 'planner'
  private readonly form: HTMLFormElement
  private readonly message: HTMLElement
  private readonly section: HTMLElement
  private readonly body: HTMLElement
  private readonly status: HTMLElement
  private readonly download: HTMLAnchorElement
  private readonly factSelects: Record<FactName, HTMLSelectElement>
  private readonly data: PlannerData
  private readonly words: PlannerWords
  private readonly siteName: string
  /** The slugs of the components offered, in the model's order. */
  private readonly known: string[]
  /** The document file of the plan shown, released when a new plan replaces it. */
  private downloadUrl: string | null = null

  constructor(root: Element) {
    super(root, HTMLElement)
    this.form = this.required('form', HTMLFormElement)
    this.message = this.required('[data-planner-message]')
    this.section = this.required('[data-plan]')
    this.body = this.required('[data-plan-body]')
    this.status = this.required('[data-plan-status]')
    this.download = this.required('[data-plan-download]', HTMLAnchorElement)
    this.factSelects = Object.fromEntries(
      factNames.map((name) => [name, this.required(`select[name="${name}"]`, HTMLSelectElement)]),
    ) as Record<FactName, HTMLSelectElement>
    const makePlan = this.required('[data-make-plan]', HTMLButtonElement)
    const print = this.required('[data-plan-print]', HTMLButtonElement)
    const copy = this.required('[data-plan-copy]', HTMLButtonElement)
    const pageData = this.pageData<PlannerPageData>()
    this.data = pageData.data
    this.words = pageData.words
    this.siteName = pageData.siteName
    this.known = this.data.components.map((component) => component.slug)

    // A shared address opens with its choices made and the plan shown.
    const initial = parsePlanQuery(window.location.search, this.known)
    for (const slug of initial.chosen)
      this.required(`input[name="c"][value="${CSS.escape(slug)}"]`, HTMLInputElement).checked = true
    for (const name of factNames) if (initial.facts[name]) this.factSelects[name].value = initial.facts[name]!
    makePlan.hidden = false
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      this.makePlan(true)
    })
    // The "small organisation starts here" link ends in #plan: it opens on the plan itself.
    if (initial.chosen.length > 0) this.makePlan(window.location.hash === '#plan')

    print.addEventListener('click', () => window.print())
    copy.addEventListener('click', () => void this.copyLink())
  }

  /** The choices in the form, as the address would give them (unknown values dropped). */
  private read(): { chosen: string[]; facts: Facts } {
    const chosen = [...this.form.querySelectorAll<HTMLInputElement>('input[name="c"]:checked')].map(
      (input) => input.value,
    )
    const params = new URLSearchParams(planQuery(chosen, { size: null, staffSkills: null, group: null }))
    for (const name of factNames) if (this.factSelects[name].value) params.set(name, this.factSelects[name].value)
    return parsePlanQuery(params.toString(), this.known)
  }

  private makePlan(moveFocus: boolean): void {
    const { chosen, facts } = this.read()
    if (chosen.length === 0) {
      this.message.textContent = this.words.chooseOne
      this.section.hidden = true
      document.body.classList.remove('has-plan')
      return
    }
    this.message.textContent = ''
    const url = new URL(window.location.href)
    url.search = planQuery(chosen, facts)
    history.replaceState(null, '', url)
    const plan = buildPlan(this.data, chosen, facts)
    const lines = factLines(facts, this.words)
    this.render(plan, lines)
    // A fresh file for each plan, made from the plan as shown; the previous one is released.
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl)
    this.downloadUrl = URL.createObjectURL(new Blob([this.document()], { type: 'text/html;charset=utf-8' }))
    this.download.href = this.downloadUrl
    this.download.download = this.words.fileName
    this.section.hidden = false
    document.body.classList.add('has-plan')
    this.status.textContent = ''
    if (moveFocus) this.section.focus()
  }

  /** The plan shown, as a document to save and print: its links absolute, so that they work from the file. */
  private document(): string {
    const copy = this.body.cloneNode(true) as HTMLElement
    for (const link of copy.querySelectorAll('a')) link.setAttribute('href', link.href)
    return planDocument({
      lang: document.documentElement.lang,
      title: this.words.title,
      body: copy.innerHTML,
      footer: fillTemplate(this.words.madeWith, {
        site: this.siteName,
        url: window.location.href,
        date: new Date().toLocaleDateString(document.documentElement.lang),
      }),
    })
  }

  private render(plan: Plan, lines: string[]): void {
    const words = this.words
    const link = (text: string, href: string) => element('a', text, { href })
    // The address after each material, shown in print and in the document, where a link cannot be followed.
    const address = (href: string) =>
      element('span', ` ${new URL(href, window.location.href).href}`, { class: 'print-address' })
    const materialItem = (material: Material): (Node | string)[] =>
      material.download
        ? [
            link(material.title, material.url),
            address(material.url),
            ' (',
            link(words.download, material.download),
            ')',
          ]
        : [link(material.title, material.url), address(material.url)]
    const parts: Node[] = []
    if (lines.length > 0)
      parts.push(
        element('h3', words.facts),
        list(
          'ul',
          lines.map((line) => [line]),
        ),
      )
    if (plan.notes.length > 0 || plan.staffPacks.length > 0) {
      parts.push(element('h3', words.beforeYouStart))
      if (plan.notes.length > 0)
        parts.push(
          list(
            'ul',
            plan.notes.map((note) => [words.notes[note]]),
          ),
        )
      if (plan.staffPacks.length > 0)
        parts.push(element('p', `${words.staffTraining}:`), list('ul', plan.staffPacks.map(materialItem)))
    }
    parts.push(this.effort(plan))
    plan.components.forEach((component, index) => {
      const article = element('section', undefined, { class: 'plan-step', 'aria-labelledby': `plan-${component.slug}` })
      const heading = element('h3', undefined, { id: `plan-${component.slug}` })
      heading.append(`${index + 1}. `, link(component.title, component.url))
      article.append(heading)
      if (component.summary) article.append(element('p', component.summary))
      if (component.smallStart) {
        const why = element('p')
        why.append(element('strong', `${words.smallStartWhy}:`), ` ${component.smallStart}`)
        article.append(why)
      }
      if (component.steps.length > 0) {
        article.append(
          element('h4', words.steps),
          list(
            'ol',
            component.steps.map((step) => [element('strong', step.title), ` – ${step.text}`]),
          ),
        )
      }
      if (component.roles.length > 0) {
        article.append(
          element('h4', words.roles),
          list(
            'ul',
            component.roles.map((role) => [element('strong', role.role), `: ${role.description}`]),
          ),
        )
      }
      if (component.resources) article.append(element('h4', words.resources), element('p', component.resources))
      if (component.risks.length > 0) {
        article.append(
          element('h4', words.risks),
          list(
            'ul',
            component.risks.map((risk) => [risk.risk, element('br'), `${words.whatToDo}: ${risk.action}`]),
          ),
        )
      }
      if (component.materials.length > 0)
        article.append(element('h4', words.materials), list('ul', component.materials.map(materialItem)))
      parts.push(article)
    })
    if (plan.materials.length > 0)
      parts.push(element('h3', words.materials), list('ul', plan.materials.map(materialItem)))
    this.body.replaceChildren(...parts)
  }

  /** Roles and time in sum: what the reports give, the course packs' length, and plainly what is not known. */
  private effort(plan: Plan): HTMLElement {
    const words = this.words.effort
    const summary = effortSummary(plan)
    const section = element('section', undefined, { class: 'plan-effort', 'aria-labelledby': 'plan-effort' })
    section.append(element('h3', words.heading, { id: 'plan-effort' }))
    if (summary.known.length > 0) {
      section.append(
        element('p', words.known),
        list(
          'ul',
          summary.known.map((part) => [element('strong', `${part.title}:`), ` ${part.figures.join('; ')}`]),
        ),
      )
    }
    if (summary.packs.count > 0) {
      const hours = Math.round((summary.packs.minutes / 60) * 10) / 10
      section.append(
        element(
          'p',
          fillTemplate(words.packs, {
            count: summary.packs.count,
            hours: hours.toLocaleString(document.documentElement.lang),
          }),
        ),
      )
    }
    if (summary.roles.length > 0) {
      section.append(
        element('p', fillTemplate(words.roles, { count: summary.roles.length })),
        list(
          'ul',
          summary.roles.map((role) => [element('strong', role.role), ` (${role.parts.join(', ')})`]),
        ),
      )
    }
    if (summary.unknown.length > 0)
      section.append(element('p', fillTemplate(words.unknown, { parts: summary.unknown.join(', ') })))
    section.append(element('p', words.notGiven))
    return section
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(window.location.href)
      this.status.textContent = this.words.linkCopied
    } catch {
      this.status.textContent = window.location.href
    }
  }
}

// The adoption-planner island: the choices live in the address (?c=…&size=…), so a plan can be
// bookmarked and shared without any server; printing and the Markdown file are made in the page.
import { buildPlan, type FactName, type Material, type Plan, parsePlanQuery, planQuery, plannerFacts, type PlanWords, planToMarkdown } from '../lib/planner'
import type { PlannerData } from '../lib/planner'

interface PageWords extends Omit<PlanWords, 'factLines'> {
  factNames: Record<FactName, string>
  factValues: Record<string, string>
  chooseOne: string
  linkCopied: string
}

const form = document.querySelector<HTMLFormElement>('form[data-planner]')
const dataElement = document.getElementById('planner-data')
if (form && dataElement) start(form, JSON.parse(dataElement.textContent ?? '{}') as { data: PlannerData; words: PageWords })

function start(form: HTMLFormElement, { data, words }: { data: PlannerData; words: PageWords }) {
  const section = document.querySelector<HTMLElement>('[data-plan]')!
  const body = section.querySelector<HTMLElement>('[data-plan-body]')!
  const status = section.querySelector<HTMLElement>('[data-plan-status]')!
  const message = form.querySelector<HTMLElement>('[data-planner-message]')!
  const download = section.querySelector<HTMLAnchorElement>('[data-plan-download]')!
  const known = data.components.map((component) => component.slug)
  const factNames = Object.keys(plannerFacts) as FactName[]
  let downloadUrl: string | null = null

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}) => {
    const node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
    return node
  }
  const link = (text: string, href: string) => element('a', text, { href })
  const list = (ordered: boolean, items: Node[][]) => {
    const parent = element(ordered ? 'ol' : 'ul')
    for (const content of items) {
      const item = element('li')
      item.append(...content)
      parent.append(item)
    }
    return parent
  }
  const materialItem = (material: Material): Node[] =>
    material.download ? [link(material.title, material.url), ' (', link(words.download, material.download), ')'] : [link(material.title, material.url)]

  function read() {
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name="c"]:checked')].map((input) => input.value)
    const params = new URLSearchParams(planQuery(chosen, { size: null, staffSkills: null, group: null }))
    for (const name of factNames) {
      const value = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value
      if (value) params.set(name, value)
    }
    return parsePlanQuery(params.toString(), known)
  }

  function render(plan: Plan, factLines: string[]) {
    const parts: Node[] = []
    if (factLines.length > 0) parts.push(element('h3', words.facts), list(false, factLines.map((line) => [line])))
    if (plan.notes.length > 0 || plan.staffPacks.length > 0) {
      parts.push(element('h3', words.beforeYouStart))
      if (plan.notes.length > 0) parts.push(list(false, plan.notes.map((note) => [words.notes[note]])))
      if (plan.staffPacks.length > 0) parts.push(element('p', `${words.staffTraining}:`), list(false, plan.staffPacks.map(materialItem)))
    }
    plan.components.forEach((component, index) => {
      const article = element('section', undefined, { class: 'plan-step', 'aria-labelledby': `plan-${component.slug}` })
      const heading = element('h3', undefined, { id: `plan-${component.slug}` })
      heading.append(`${index + 1}. `, link(component.title, component.url))
      article.append(heading)
      if (component.summary) article.append(element('p', component.summary))
      if (component.steps.length > 0) {
        article.append(element('h4', words.steps), list(true, component.steps.map((step) => [element('strong', step.title), ` – ${step.text}`])))
      }
      if (component.roles.length > 0) {
        article.append(element('h4', words.roles), list(false, component.roles.map((role) => [element('strong', role.role), `: ${role.description}`])))
      }
      if (component.resources) article.append(element('h4', words.resources), element('p', component.resources))
      if (component.risks.length > 0) {
        article.append(element('h4', words.risks), list(false, component.risks.map((risk) => [risk.risk, element('br'), `${words.whatToDo}: ${risk.action}`])))
      }
      parts.push(article)
    })
    if (plan.materials.length > 0) parts.push(element('h3', words.materials), list(false, plan.materials.map(materialItem)))
    body.replaceChildren(...parts)
  }

  function makePlan(moveFocus: boolean) {
    const { chosen, facts } = read()
    if (chosen.length === 0) {
      message.textContent = words.chooseOne
      section.hidden = true
      document.body.classList.remove('has-plan')
      return
    }
    message.textContent = ''
    const url = new URL(window.location.href)
    url.search = planQuery(chosen, facts)
    history.replaceState(null, '', url)
    const plan = buildPlan(data, chosen, facts)
    const factLines = factNames.filter((name) => facts[name]).map((name) => `${words.factNames[name]}: ${words.factValues[`${name}_${facts[name]}`]}`)
    render(plan, factLines)
    // A fresh file for each plan; the previous one is released.
    if (downloadUrl) URL.revokeObjectURL(downloadUrl)
    downloadUrl = URL.createObjectURL(new Blob([planToMarkdown(plan, { ...words, factLines }, window.location.origin)], { type: 'text/markdown;charset=utf-8' }))
    download.href = downloadUrl
    section.hidden = false
    document.body.classList.add('has-plan')
    status.textContent = ''
    if (moveFocus) section.focus()
  }

  // A shared address opens with its choices made and the plan shown.
  const initial = parsePlanQuery(window.location.search, known)
  for (const slug of initial.chosen) form.querySelector<HTMLInputElement>(`input[name="c"][value="${CSS.escape(slug)}"]`)!.checked = true
  for (const name of factNames) if (initial.facts[name]) form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value = initial.facts[name]!
  form.querySelector<HTMLButtonElement>('[data-make-plan]')!.hidden = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    makePlan(true)
  })
  if (initial.chosen.length > 0) makePlan(false)

  section.querySelector('[data-plan-print]')!.addEventListener('click', () => window.print())
  section.querySelector('[data-plan-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      status.textContent = words.linkCopied
    } catch {
      status.textContent = window.location.href
    }
  })
}

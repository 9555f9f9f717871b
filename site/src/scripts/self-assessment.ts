// The self-assessment island. Everything happens in this page: the questions, the scoring rules and
// the titles of what may be recommended are in the page itself, nothing is sent anywhere, and the
// answers are stored (in this browser only) only when the reader ticks "remember on this device".
import { type Answers, recommend, type Recommendations, scoreAnswers, type ScoringData, type AssessmentResult } from '../lib/assessment'

interface PageData extends ScoringData {
  slug: string
  title: string
  items: Record<keyof Recommendations, Record<string, { title: string; url: string }>>
  levelNames: Record<string, string>
  levelTexts: Record<string, string>
  areaNames: Record<string, string>
  messages: Record<string, string>
}

const form = document.querySelector<HTMLFormElement>('form[data-assessment]')
const dataElement = document.getElementById('assessment-data')
if (form && dataElement) start(form, JSON.parse(dataElement.textContent ?? '{}') as PageData)

function start(form: HTMLFormElement, data: PageData) {
  const storageKey = `digiosallisuus:self-assessment:${data.slug}`
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')]
  const progress = form.querySelector<HTMLElement>('[data-progress]')!
  const steps = form.querySelector<HTMLElement>('[data-steps]')!
  const previous = form.querySelector<HTMLButtonElement>('[data-previous]')!
  const next = form.querySelector<HTMLButtonElement>('[data-next]')!
  const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!
  const remember = form.querySelector<HTMLInputElement>('[data-remember]')!
  const forget = form.querySelector<HTMLButtonElement>('[data-forget]')!
  const message = form.querySelector<HTMLElement>('[data-message]')!
  const result = document.querySelector<HTMLElement>('[data-result]')!
  const resultBody = result.querySelector<HTMLElement>('[data-result-body]')!
  const resultText = result.querySelector<HTMLTextAreaElement>('[data-result-text]')!
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))

  const answers = (): Answers => {
    const given: Answers = {}
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && /^[0-3]$/.test(value)) given[key] = Number(value)
    return given
  }

  // Storage can be missing or refused (private windows, strict settings): then nothing is remembered.
  const storage = {
    read(): Answers | null {
      try {
        const raw = localStorage.getItem(storageKey)
        return raw ? (JSON.parse(raw) as Answers) : null
      } catch {
        return null
      }
    },
    write(value: Answers) {
      try {
        localStorage.setItem(storageKey, JSON.stringify(value))
      } catch {
        /* not remembered; the assessment still works */
      }
    },
    clear() {
      try {
        localStorage.removeItem(storageKey)
      } catch {
        /* nothing stored */
      }
    },
  }

  const saved = storage.read()
  if (saved) {
    remember.checked = true
    forget.hidden = false
    for (const [key, value] of Object.entries(saved)) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(key)}"][value="${Number(value)}"]`)
      if (input) input.checked = true
    }
  }
  const keep = () => {
    if (remember.checked) {
      storage.write(answers())
      forget.hidden = false
    }
  }
  form.addEventListener('change', (event) => {
    if (event.target === remember) {
      if (remember.checked) keep()
      else {
        storage.clear()
        forget.hidden = true
      }
      return
    }
    keep()
    // On a phone, choosing an answer moves on to the next question.
    if (stepping && current < fieldsets.length - 1 && (event.target as HTMLElement).matches('input[type="radio"]')) show(current + 1)
  })
  forget.addEventListener('click', () => {
    storage.clear()
    remember.checked = false
    forget.hidden = true
    message.textContent = data.messages.answersForgotten!
  })

  // One question per screen on small phones; the whole list on larger screens (and without JS).
  const narrow = window.matchMedia('(max-width: 40em)')
  let stepping = false
  let current = 0
  function show(index: number, moveFocus = true) {
    current = Math.max(0, Math.min(index, fieldsets.length - 1))
    fieldsets.forEach((fieldset, position) => (fieldset.hidden = stepping && position !== current))
    progress.textContent = fill(data.messages.questionOf!, { n: current + 1, total: fieldsets.length })
    previous.disabled = current === 0
    next.disabled = current === fieldsets.length - 1
    if (stepping && moveFocus) fieldsets[current]!.querySelector<HTMLElement>('legend')!.focus()
  }
  function layout() {
    stepping = narrow.matches
    progress.hidden = !stepping
    steps.hidden = !stepping
    show(current, false)
  }
  previous.addEventListener('click', () => show(current - 1))
  next.addEventListener('click', () => show(current + 1))
  narrow.addEventListener('change', layout)
  layout()

  submit.hidden = false
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const given = answers()
    if (Object.keys(given).length === 0) {
      message.textContent = data.messages.answerOne!
      return
    }
    message.textContent = ''
    keep()
    const scored = scoreAnswers(data, given)
    render(scored, recommend(scored, data.rules))
    result.hidden = false
    document.body.classList.add('has-assessment-result')
    result.focus()
  })

  result.querySelector('[data-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(resultText.value)
    } catch {
      // No clipboard access: select the text so that the reader can copy it by hand.
      resultText.select()
      document.execCommand('copy')
    }
    result.querySelector<HTMLElement>('[data-copy-status]')?.remove()
    const status = document.createElement('p')
    status.setAttribute('role', 'status')
    status.dataset.copyStatus = ''
    status.textContent = data.messages.resultCopied!
    resultText.after(status)
  })
  result.querySelector('[data-print-result]')!.addEventListener('click', () => window.print())
  result.querySelector('[data-restart]')!.addEventListener('click', () => {
    form.reset()
    if (!remember.checked) storage.clear()
    else storage.write({})
    result.hidden = true
    document.body.classList.remove('has-assessment-result')
    show(0, false)
    fieldsets[0]!.querySelector<HTMLElement>('legend')!.focus()
  })

  function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}) {
    const node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
    return node
  }

  function render(scored: AssessmentResult, chosen: Recommendations) {
    const m = data.messages
    const levelName = (level: string | null) => (level ? data.levelNames[level]! : m.notAnswered!)
    const parts: Node[] = []
    const lines: string[] = [data.title, '']
    parts.push(element('p', fill(m.answeredCount!, { answered: scored.answered, total: scored.total })))
    if (scored.overall) {
      const overall = element('p', undefined, { class: 'result-overall' })
      overall.append(element('strong', `${m.overallLevel}: ${levelName(scored.overall.level)}`))
      parts.push(overall)
      const text = data.levelTexts[scored.overall.level]
      if (text) parts.push(element('p', text))
      lines.push(`${m.overallLevel}: ${levelName(scored.overall.level)}`)
    }
    const table = element('table')
    const head = element('thead')
    const headRow = element('tr')
    headRow.append(element('th', m.area, { scope: 'col' }), element('th', m.level, { scope: 'col' }))
    head.append(headRow)
    const body = element('tbody')
    for (const area of scored.areas) {
      const row = element('tr')
      row.append(element('th', data.areaNames[area.area], { scope: 'row' }), element('td', levelName(area.level)))
      body.append(row)
      lines.push(`${data.areaNames[area.area]}: ${levelName(area.level)}`)
    }
    table.append(head, body)
    parts.push(table)

    parts.push(element('h3', m.startHere))
    lines.push('', `${m.startHere}:`)
    const kinds = ['coursePacks', 'cheatSheets', 'badges'] as const
    const any = kinds.some((kind) => chosen[kind].some((slug) => data.items[kind][slug]))
    if (!any) {
      parts.push(element('p', m.nothingToSuggest))
      lines.push(m.nothingToSuggest!)
    }
    for (const kind of kinds) {
      const found = chosen[kind].map((slug) => data.items[kind][slug]).filter((item) => item !== undefined)
      if (found.length === 0) continue
      parts.push(element('h4', m[kind]))
      const list = element('ul')
      for (const item of found) {
        const entry = element('li')
        entry.append(element('a', item.title, { href: item.url }))
        list.append(entry)
        lines.push(`- ${item.title}: ${new URL(item.url, window.location.href).href}`)
      }
      parts.push(list)
    }
    resultBody.replaceChildren(...parts)
    resultText.value = lines.join('\n')
  }
}

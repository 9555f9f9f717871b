// The self-assessment island. Everything happens in this page: the questions, the scoring rules and
// the titles of what may be recommended are in the page itself, nothing is sent anywhere, and the
// answers are stored (in this browser only) only when the reader ticks "remember on this device".
import {
  type Answers,
  answersFrom,
  answersStorageKey,
  type AssessmentPageData,
  recommend,
  resultText,
  type ResultSummary,
  scoreAnswers,
  summariseResult,
} from '../lib/assessment'
import { fillTemplate } from '../lib/template'
import { element } from './dom'
import { Island } from './island'

/** How long a tapped answer stays in view before the next question. */
const AUTO_ADVANCE_DELAY_MS = 350

/** Answers kept in localStorage. Storage can be missing or refused (private windows, strict settings): then nothing is remembered. */
class AnswerStore {
  constructor(private readonly key: string) {}

  read(): Answers | null {
    try {
      const raw = localStorage.getItem(this.key)
      return raw ? (JSON.parse(raw) as Answers) : null
    } catch {
      return null
    }
  }

  write(value: Answers): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(value))
    } catch {
      /* not remembered; the assessment still works */
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key)
    } catch {
      /* nothing stored */
    }
  }
}

export class SelfAssessment extends Island {
  static readonly moduleName = 'self-assessment'
  private readonly data: AssessmentPageData
  private readonly store: AnswerStore
  private readonly form: HTMLFormElement
  private readonly fieldsets: HTMLFieldSetElement[]
  private readonly legends: HTMLElement[]
  private readonly progress: HTMLElement
  private readonly steps: HTMLElement
  private readonly previous: HTMLButtonElement
  private readonly next: HTMLButtonElement
  private readonly remember: HTMLInputElement
  private readonly forget: HTMLButtonElement
  private readonly message: HTMLElement
  private readonly result: HTMLElement
  private readonly resultBody: HTMLElement
  private readonly resultCopy: HTMLTextAreaElement
  private readonly submit: HTMLButtonElement
  /** One question per screen on small phones; the whole list on larger screens (and without JS). */
  private readonly narrow = window.matchMedia('(max-width: 40em)')
  private stepping = false
  private current = 0
  /** When the last pointer (touch, mouse, pen) press on an answer was: only such a choice moves on by itself. */
  private pointerAt = -Infinity
  private advanceTimer: number | undefined

  constructor(root: Element) {
    super(root, HTMLElement)
    this.data = this.pageData<AssessmentPageData>()
    this.store = new AnswerStore(answersStorageKey(this.data.slug))
    this.form = this.required('form', HTMLFormElement)
    this.fieldsets = this.requiredAll('fieldset[data-question]', HTMLFieldSetElement)
    this.legends = this.fieldsets.map((fieldset) => this.required('legend', HTMLLegendElement, fieldset))
    this.progress = this.required('[data-progress]')
    this.steps = this.required('[data-steps]')
    this.previous = this.required('[data-previous]', HTMLButtonElement)
    this.next = this.required('[data-next]', HTMLButtonElement)
    this.remember = this.required('[data-remember]', HTMLInputElement)
    this.forget = this.required('[data-forget]', HTMLButtonElement)
    this.message = this.required('[data-message]')
    this.result = this.required('[data-result]')
    this.resultBody = this.required('[data-result-body]')
    this.resultCopy = this.required('[data-result-text]', HTMLTextAreaElement)
    this.submit = this.required('[data-submit]', HTMLButtonElement)
    const copy = this.required('[data-copy]', HTMLButtonElement)
    const print = this.required('[data-print-result]', HTMLButtonElement)
    const restart = this.required('[data-restart]', HTMLButtonElement)

    this.restoreAnswers()
    this.form.addEventListener('pointerdown', (event) => {
      if (event.target instanceof Element && event.target.closest('.scale-option')) this.pointerAt = event.timeStamp
    })
    this.form.addEventListener('change', (event) => this.changed(event))
    this.forget.addEventListener('click', () => {
      this.store.clear()
      this.remember.checked = false
      this.forget.hidden = true
      this.message.textContent = this.data.messages.answersForgotten
    })

    this.previous.addEventListener('click', () => this.show(this.current - 1))
    this.next.addEventListener('click', () => this.show(this.current + 1))
    this.narrow.addEventListener('change', () => this.layout())
    this.layout()

    this.submit.hidden = false
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      this.showResult()
    })
    copy.addEventListener('click', () => void this.copyResult())
    print.addEventListener('click', () => window.print())
    restart.addEventListener('click', () => this.restart())
  }

  private restoreAnswers(): void {
    const saved = this.store.read()
    if (!saved) return
    this.remember.checked = true
    this.forget.hidden = false
    for (const [key, value] of Object.entries(saved)) {
      const input = this.form.querySelector<HTMLInputElement>(
        `input[name="${CSS.escape(key)}"][value="${Number(value)}"]`,
      )
      if (input) input.checked = true
    }
  }

  /** Keeps the answers when the reader asked to remember them. */
  private keep(): void {
    if (!this.remember.checked) return
    this.store.write(answersFrom(new FormData(this.form)))
    this.forget.hidden = false
  }

  private changed(event: Event): void {
    if (event.target === this.remember) {
      if (this.remember.checked) this.keep()
      else {
        this.store.clear()
        this.forget.hidden = true
      }
      return
    }
    this.keep()
    // On a phone, tapping an answer moves on to the next question after a moment, so that the
    // reader sees the choice. A keyboard choice never moves on: the arrow keys change the answer
    // within the question, and moving away on the first arrow would leave no way to pick another
    // (WCAG 3.2.2). "Previous" goes back either way.
    const target = event.target
    const byPointer = event.timeStamp - this.pointerAt < 1500
    window.clearTimeout(this.advanceTimer)
    const answer = target instanceof HTMLElement && target.matches('input[type="radio"]')
    // The last answer on a phone: bring the result button (right under the step buttons) into view.
    if (answer && this.stepping && this.current === this.fieldsets.length - 1)
      this.submit.scrollIntoView({ block: 'center' })
    if (byPointer && answer && this.stepping && this.current < this.fieldsets.length - 1) {
      const from = this.current
      this.advanceTimer = window.setTimeout(() => {
        if (this.current === from) this.show(from + 1)
      }, AUTO_ADVANCE_DELAY_MS)
    }
  }

  private show(index: number, moveFocus = true): void {
    this.current = Math.max(0, Math.min(index, this.fieldsets.length - 1))
    this.fieldsets.forEach((fieldset, position) => (fieldset.hidden = this.stepping && position !== this.current))
    const last = this.current === this.fieldsets.length - 1
    const position = fillTemplate(this.data.messages.questionOf, { n: this.current + 1, total: this.fieldsets.length })
    // At the last question "Next" is disabled: say what comes instead (the result button is right below).
    this.progress.textContent = last ? `${position}. ${this.data.messages.lastQuestion}` : position
    this.previous.disabled = this.current === 0
    this.next.disabled = last
    if (this.stepping && moveFocus) this.legends[this.current]!.focus()
  }

  private layout(): void {
    this.stepping = this.narrow.matches
    this.progress.hidden = !this.stepping
    this.steps.hidden = !this.stepping
    this.show(this.current, false)
  }

  private showResult(): void {
    const given = answersFrom(new FormData(this.form))
    if (Object.keys(given).length === 0) {
      this.message.textContent = this.data.messages.answerOne
      return
    }
    this.message.textContent = ''
    this.keep()
    const scored = scoreAnswers(this.data, given)
    const summary = summariseResult(this.data, scored, recommend(this.data, given, scored))
    this.render(
      summary,
      fillTemplate(this.data.messages.answeredCount, { answered: scored.answered, total: scored.total }),
    )
    this.resultCopy.value = resultText(this.data, summary, window.location.href)
    this.result.hidden = false
    document.body.classList.add('has-assessment-result')
    this.result.focus()
  }

  private render(summary: ResultSummary, answeredLine: string): void {
    const m = this.data.messages
    const parts: Node[] = [element('p', answeredLine)]
    if (summary.overall) {
      const overall = element('p', undefined, { class: 'result-overall' })
      overall.append(element('strong', summary.overall.line))
      parts.push(overall)
      if (summary.overall.text) parts.push(element('p', summary.overall.text))
    }
    const table = element('table')
    const head = element('thead')
    const headRow = element('tr')
    headRow.append(element('th', m.area, { scope: 'col' }), element('th', m.level, { scope: 'col' }))
    head.append(headRow)
    const body = element('tbody')
    for (const area of summary.areas) {
      const row = element('tr')
      row.append(element('th', area.name, { scope: 'row' }), element('td', area.level))
      body.append(row)
    }
    table.append(head, body)
    parts.push(table, element('h3', m.startHere))
    if (summary.suggestions.length === 0) parts.push(element('p', m.nothingToSuggest))
    else {
      const list = element('ol', undefined, { class: 'next-steps' })
      for (const item of summary.suggestions) {
        const entry = element('li')
        // A printed result is read on paper: each link's full address is printed after it (CSS shows it in print only).
        entry.append(
          element('a', item.title, { href: item.url }),
          ` (${item.kindName})`,
          element('span', ` ${new URL(item.url, window.location.href).href}`, { class: 'print-address' }),
        )
        list.append(entry)
      }
      parts.push(list)
    }
    if (summary.help) parts.push(element('h3', m.whereToGetHelp), element('p', summary.help))
    this.resultBody.replaceChildren(...parts)
  }

  private async copyResult(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.resultCopy.value)
    } catch {
      // No clipboard access: select the text so that the reader can copy it by hand.
      this.resultCopy.select()
      document.execCommand('copy')
    }
    this.result.querySelector('[data-copy-status]')?.remove()
    const status = element('p', this.data.messages.resultCopied, { role: 'status', 'data-copy-status': '' })
    this.resultCopy.after(status)
  }

  private restart(): void {
    window.clearTimeout(this.advanceTimer)
    this.form.reset()
    if (!this.remember.checked) this.store.clear()
    else this.store.write({})
    this.result.hidden = true
    document.body.classList.remove('has-assessment-result')
    this.show(0, false)
    this.legends[0]!.focus()
  }
}

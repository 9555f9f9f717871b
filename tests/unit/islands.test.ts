// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ElementError } from '../../site/src/scripts/errors'
import { initAll, Island } from '../../site/src/scripts/island'
import { ListFilter } from '../../site/src/scripts/list-filter'
import { Planner } from '../../site/src/scripts/planner'
import { PrintButton } from '../../site/src/scripts/print-button'
import { SelfAssessment } from '../../site/src/scripts/self-assessment'

// The islands' contract with their markup, in a DOM without a browser: an island starts on every
// root marked with its module name, and missing markup is a named error, logged for that root only.
afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

const page = (html: string) => {
  document.body.innerHTML = html
}
const data = (value: unknown) => `<script type="application/json" data-island-data>${JSON.stringify(value)}</script>`

const filterList = (items: string) => `
  <div data-module="list-filter">
    <form class="filters" hidden>
      <select name="audience"><option value="">all</option><option value="staff">staff</option><option value="learners">learners</option></select>
      <select name="cost"><option value="">all</option><option value="free">free</option></select>
      <p data-filter-count></p>
    </form>
    ${items}
    ${data({ showing: 'Showing {count}' })}
  </div>`
const groups = `
  <section data-filter-group id="g1"><ul>
    <li data-audience="staff learners" data-cost="free">A</li>
    <li data-audience="learners" data-cost="paid">B</li>
  </ul></section>
  <section data-filter-group id="g2"><ul><li data-audience="learners" data-cost="free">C</li></ul></section>`

class Example extends Island<HTMLFormElement> {
  static readonly moduleName = 'example'
  readonly status: HTMLElement
  constructor(root: Element) {
    super(root, HTMLFormElement)
    this.status = this.required('[data-status]')
    this.required('[name="q"]', HTMLInputElement)
  }
}

describe('ElementError', () => {
  it('names the module and the selector of the missing element', () => {
    page('<form data-module="example"><input name="q"></form>')
    expect(() => new Example(document.querySelector('form')!)).toThrow(
      new ElementError({ moduleName: 'example', selector: '[data-status]' }),
    )
    try {
      new Example(document.querySelector('form')!)
    } catch (error) {
      expect(error).toBeInstanceOf(ElementError)
      expect((error as ElementError).name).toBe('ElementError')
      expect((error as ElementError).message).toBe('example: [data-status] is missing')
      expect((error as ElementError).moduleName).toBe('example')
      expect((error as ElementError).selector).toBe('[data-status]')
    }
  })

  it('says when an element is not the kind the island needs, the root included', () => {
    page(
      '<form data-module="example"><p data-status></p><select name="q"></select></form><div data-module="example"></div>',
    )
    expect(() => new Example(document.querySelector('form')!)).toThrow(
      'example: [name="q"] is a <select>, not HTMLInputElement',
    )
    expect(() => new Example(document.querySelector('div')!)).toThrow(
      'example: [data-module="example"] is a <div>, not HTMLFormElement',
    )
  })

  it('is thrown for missing page data', () => {
    page(filterList(groups).replace(/<script[^]*<\/script>/, ''))
    expect(() => new ListFilter(document.querySelector('[data-module]')!)).toThrow(
      'list-filter: script[type="application/json"][data-island-data] is missing',
    )
  })
})

describe('initAll', () => {
  it('starts the island on every root of its kind, and only those', () => {
    page(
      '<form data-module="example"><p data-status></p><input name="q"></form><form data-module="other"></form><form data-module="example"><p data-status></p><input name="q"></form>',
    )
    const started = initAll(Example)
    expect(started).toHaveLength(2)
    expect(started.every((island) => island instanceof Example)).toBe(true)
  })

  it('logs a root with broken markup and still starts the others', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    page(
      '<form data-module="example"><input name="q"></form><form data-module="example"><p data-status></p><input name="q"></form>',
    )
    const started = initAll(Example)
    expect(started).toHaveLength(1)
    expect(logged).toHaveBeenCalledTimes(1)
    expect(logged.mock.calls[0]![0]).toBeInstanceOf(ElementError)
    expect(String(logged.mock.calls[0]![0])).toBe('ElementError: example: [data-status] is missing')
  })
})

describe('islands with their own markup', () => {
  it('the list filter shows its form, hides what does not match and groups left empty, and counts what is shown', () => {
    page(filterList(groups))
    const [filter] = initAll(ListFilter)
    expect(filter).toBeInstanceOf(ListFilter)
    const form = document.querySelector('form')!
    expect(form.hidden).toBe(false)
    expect(document.querySelector('[data-filter-count]')!.textContent).toBe('Showing 3')
    document.querySelector<HTMLSelectElement>('select[name="audience"]')!.value = 'staff'
    form.dispatchEvent(new Event('change'))
    const visible = [...document.querySelectorAll('li')].filter((item) => !item.hidden).map((item) => item.textContent)
    expect(visible).toEqual(['A'])
    expect(document.querySelector<HTMLElement>('#g2')!.hidden).toBe(true)
    expect(document.querySelector('[data-filter-count]')!.textContent).toBe('Showing 1')
  })

  it('the list filter without its groups is an ElementError, and the list stays as it was', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    page(filterList('<ul><li>A</li></ul>'))
    expect(initAll(ListFilter)).toEqual([])
    expect(String(logged.mock.calls[0]![0])).toBe('ElementError: list-filter: [data-filter-group] is missing')
    expect(document.querySelector('form')!.hidden).toBe(true)
  })

  it('the print button shows itself and prints', () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    page('<p><button type="button" data-module="print-button" hidden>Tulosta</button></p>')
    initAll(PrintButton)
    const button = document.querySelector('button')!
    expect(button.hidden).toBe(false)
    button.click()
    expect(print).toHaveBeenCalledTimes(1)
    vi.unstubAllGlobals()
  })

  it('the planner and the self-assessment name the first piece of their markup that is missing', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    page(`<div data-module="planner"><form><p data-planner-message></p></form>${data({ data: { components: [], staffPacks: [] }, words: {} })}</div>
      <article data-module="self-assessment"><form></form>${data({ slug: 'x' })}</article>`)
    initAll(Planner)
    initAll(SelfAssessment)
    expect(logged.mock.calls.map(([error]) => String(error))).toEqual([
      'ElementError: planner: [data-plan] is missing',
      'ElementError: self-assessment: fieldset[data-question] is missing',
    ])
  })
})

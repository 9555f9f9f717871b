// Search with Pagefind's JavaScript API. Pagefind loads the index for the page's <html lang>, so a
// Finnish reader gets Finnish results. The form is a plain GET form: the query and the filters stay
// in the address (?q=…&type=…), so a search can be bookmarked, shared and repeated with the back
// button.
import {
  FIRST_SCREEN,
  type FilterChoice,
  isEmptyRequest,
  PAGEFIND_URL,
  type Pagefind,
  type PagefindResultData,
  readSearchAddress,
  requestKey,
  RESULTS_SHOWN,
  resultsStatus,
  resultView,
  searchAddress,
  searchesWhileTyping,
  type SearchPageData,
  searchRequest,
} from '../lib/search'
import { Island } from './island'
import { searchQueryParameter } from '@toolkit/contract/routes'

export class Search extends Island {
  static readonly moduleName = 'search'
  private readonly form: HTMLFormElement
  private readonly input: HTMLInputElement
  private readonly selects: HTMLSelectElement[]
  private readonly status: HTMLElement
  private readonly list: HTMLOListElement
  private readonly data: SearchPageData
  private pagefind: Promise<Pagefind> | undefined
  /** The latest search asked for: an older one that finishes later shows nothing. */
  private latest = 0
  /** The key of the search whose results are on screen (or coming). */
  private shown = ''
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(root: Element) {
    super(root, HTMLElement)
    this.form = this.required('form', HTMLFormElement)
    this.input = this.required(`input[name="${searchQueryParameter}"]`, HTMLInputElement, this.form)
    this.selects = [...this.form.querySelectorAll('select')]
    this.status = this.required('#search-status')
    this.list = this.required('#search-results', HTMLOListElement)
    this.data = this.pageData<SearchPageData>()

    this.input.addEventListener('input', () => this.typed())
    for (const select of this.selects) {
      select.addEventListener('change', () => {
        this.remember()
        void this.run()
      })
    }
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      clearTimeout(this.timer)
      this.remember()
      void this.run()
    })

    const asked = readSearchAddress(
      window.location.search,
      this.selects.map((select) => ({ name: select.name, options: [...select.options].map((option) => option.value) })),
    )
    this.input.value = asked.words
    asked.choices.forEach((choice, index) => {
      if (choice.value) this.selects[index]!.value = choice.value
    })
    void this.run()

    // Get Pagefind ready (script, worker, WASM, index metadata, a first search) before the reader
    // presses Enter: when the page is idle or the field gets focus, whichever comes first.
    const warmUp = () => void this.engine().catch(() => {})
    this.input.addEventListener('focus', warmUp, { once: true })
    if ('requestIdleCallback' in window) requestIdleCallback(warmUp)
    else setTimeout(warmUp)
  }

  /** Pagefind, loaded once from the built site (outside the bundle). */
  private engine(): Promise<Pagefind> {
    this.pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
      // Pagefind runs in its Web Worker (its default; where a browser has none, it falls back to
      // this thread by itself). On its own thread, decoding a common word's index chunk took up
      // to 0.7 s on a 10 000-page site, and the reader's typing and the page's first paint waited
      // for it; in the worker the page stays free and only results cross over.
      await module.init()
      // Pagefind's first search costs many times a later one (the worker compiles its search code
      // on first use): one with no words and no filters loads no index chunk and takes that cost
      // now, so that the reader's first search is as quick as the next.
      await module.search(null, { filters: {} })
      return module
    })
    return this.pagefind
  }

  private choices(): FilterChoice[] {
    return this.selects.map((select) => ({ name: select.name, value: select.value }))
  }

  private typed(): void {
    clearTimeout(this.timer)
    const words = this.input.value.trim()
    if (!searchesWhileTyping(words)) return
    this.timer = setTimeout(() => void this.run(), 250)
    // Fetch the index chunks for the words so far while the reader is still typing, so that Enter
    // has only the search itself left to do (Pagefind fetches each chunk once).
    if (words) {
      const { filters } = searchRequest(words, this.choices())
      this.engine()
        .then((pagefind) => pagefind.preload(words, { filters }))
        .catch(() => {})
    }
  }

  /** Keeps the address in step with the form, so that the search can be shared as it is. */
  private remember(): void {
    history.replaceState(null, '', searchAddress(window.location.href, this.input.value, this.choices()))
  }

  private resultItem(data: PagefindResultData): HTMLLIElement {
    const view = resultView(data, this.data.types)
    const item = document.createElement('li')
    const heading = document.createElement('h2')
    const link = document.createElement('a')
    link.href = view.url
    link.textContent = view.title
    heading.append(link)
    item.append(heading)
    if (view.kind) {
      const kind = document.createElement('p')
      kind.className = 'meta'
      kind.textContent = view.kind
      item.append(kind)
    }
    const excerpt = document.createElement('p')
    // Pagefind's excerpt is escaped text with <mark> around the matched words.
    excerpt.innerHTML = view.excerptHtml
    item.append(excerpt)
    return item
  }

  private async run(): Promise<void> {
    const request = searchRequest(this.input.value, this.choices())
    // Typing and pressing Enter both ask for the same search: run it once, and keep the results
    // on screen (no flicker) until different ones are ready.
    const key = requestKey(request)
    if (key === this.shown) return
    this.shown = key
    const ticket = ++this.latest
    if (isEmptyRequest(request)) {
      this.list.replaceChildren()
      this.list.removeAttribute('aria-busy')
      this.status.textContent = ''
      return
    }
    this.status.textContent = this.data.searching
    // Busy until this search's results are all in (until its first one, the list still holds the
    // previous results); the status line says when the first ones are shown.
    this.list.setAttribute('aria-busy', 'true')
    const done = () => {
      if (ticket === this.latest) this.list.removeAttribute('aria-busy')
    }
    try {
      const search = await (await this.engine()).search(request.query || null, { filters: request.filters })
      if (ticket !== this.latest) return
      // Each result's text is a file of its own. The first screen's are asked for at once and
      // shown one by one, in order, as they arrive; the rest are asked for after them, so on a
      // slow connection the top results are not queued behind the others.
      const top = search.results.slice(0, RESULTS_SHOWN)
      const texts = top.slice(0, FIRST_SCREEN).map((result) => result.data())
      if (top.length === 0) {
        this.list.replaceChildren()
        this.status.textContent = this.data.noResults
        done()
        return
      }
      for (let index = 0; index < top.length; index++) {
        if (index === FIRST_SCREEN) texts.push(...top.slice(FIRST_SCREEN).map((result) => result.data()))
        const item = this.resultItem(await texts[index]!)
        if (ticket !== this.latest) return
        if (index === 0) {
          this.list.replaceChildren(item)
          this.status.textContent = resultsStatus(this.data, search.results.length)
        } else this.list.append(item)
      }
      done()
    } catch {
      if (ticket !== this.latest) return
      this.shown = ''
      this.list.replaceChildren()
      this.status.textContent = this.data.unavailable
      done()
    }
  }
}

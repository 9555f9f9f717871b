// Search with Pagefind's JavaScript API. Pagefind loads the index for the page's <html lang>,
// so a Finnish reader gets Finnish results. The form is a plain GET form: the query and the
// filters stay in the address (?q=…&type=…), so a search can be bookmarked, shared and repeated
// with the back button.
const form = document.querySelector('form.search-form')
const input = document.getElementById('search-query')
const selects = [...form.querySelectorAll('select')]
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
const messages = JSON.parse(form.dataset.messages)

let pagefind
async function engine() {
  pagefind ??= import('/pagefind/pagefind.js').then(async (module) => {
    // Pagefind's Web Worker costs a 43 KB script of its own, and every result crosses to the page
    // as a message: on two cores the first result came 25–30 ms later with it than without.
    // A search is 20–60 ms of work even on 10 000 pages, short enough for the page's own thread.
    await module.options({ noWorker: true })
    await module.init()
    return module
  })
  return pagefind
}

function resultItem(data) {
  const item = document.createElement('li')
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = data.url
  link.textContent = data.meta?.title ?? data.url
  heading.append(link)
  item.append(heading)
  // Say what kind of page it is (a cheat sheet, an event…) when the page says.
  const type = messages.types[data.filters?.type?.[0]]
  if (type) {
    const kind = document.createElement('p')
    kind.className = 'meta'
    kind.textContent = type
    item.append(kind)
  }
  const excerpt = document.createElement('p')
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt
  item.append(excerpt)
  return item
}

/** The chosen filters in Pagefind's form, e.g. { type: ['component'] }; empty selects are left out. */
function chosenFilters() {
  return Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, [select.value]]))
}

let latest = 0
let shown = ''
async function run() {
  const trimmed = input.value.trim()
  const filters = chosenFilters()
  // Typing and pressing Enter both ask for the same search: run it once, and keep the results
  // on screen (no flicker) until different ones are ready.
  const key = JSON.stringify([trimmed, filters])
  if (key === shown) return
  shown = key
  const ticket = ++latest
  // With filters alone (no words) Pagefind lists every page that matches them.
  if (!trimmed && Object.keys(filters).length === 0) {
    list.replaceChildren()
    list.removeAttribute('aria-busy')
    status.textContent = ''
    return
  }
  status.textContent = messages.searching
  // Busy until this search's results are all in (until its first one, the list still holds the
  // previous results); the status line says when the first ones are shown.
  list.setAttribute('aria-busy', 'true')
  const done = () => {
    if (ticket === latest) list.removeAttribute('aria-busy')
  }
  try {
    const search = await (await engine()).search(trimmed || null, { filters })
    if (ticket !== latest) return
    // Each result's text is a file of its own. The first screen's five are asked for at once and
    // shown one by one, in order, as they arrive; the rest are asked for after them, so on a slow
    // connection the top results are not queued behind the others.
    const top = search.results.slice(0, 20)
    const texts = top.slice(0, 5).map((result) => result.data())
    if (top.length === 0) {
      list.replaceChildren()
      status.textContent = messages.noResults
      done()
      return
    }
    for (let index = 0; index < top.length; index++) {
      if (index === 5) texts.push(...top.slice(5).map((result) => result.data()))
      const item = resultItem(await texts[index])
      if (ticket !== latest) return
      if (index === 0) {
        list.replaceChildren(item)
        status.textContent = messages.results.replace('{count}', String(search.results.length))
      } else list.append(item)
    }
    done()
  } catch {
    if (ticket !== latest) return
    shown = ''
    list.replaceChildren()
    status.textContent = messages.unavailable
    done()
  }
}

/** Keeps the address in step with the form, so that the search can be shared as it is. */
function remember() {
  const url = new URL(window.location.href)
  url.search = ''
  if (input.value) url.searchParams.set('q', input.value)
  for (const select of selects) if (select.value) url.searchParams.set(select.name, select.value)
  history.replaceState(null, '', url)
}

let timer
// While the reader types, search by itself only once the last word has a few letters: one or two
// letters match most pages, which costs an old phone time and data for results nobody reads.
// Enter always searches, whatever the length.
const TYPED_MINIMUM = 3
const lastWordLength = (text) => text.split(/\s+/).pop().length

input.addEventListener('input', () => {
  clearTimeout(timer)
  const words = input.value.trim()
  if (words && lastWordLength(words) < TYPED_MINIMUM) return
  timer = setTimeout(run, 250)
  // Fetch the index chunks for the words so far while the reader is still typing, so that Enter
  // has only the search itself left to do (Pagefind fetches each chunk once).
  if (words) engine().then((module) => module.preload(words, { filters: chosenFilters() })).catch(() => {})
})
for (const select of selects) {
  select.addEventListener('change', () => {
    remember()
    run()
  })
}
form.addEventListener('submit', (event) => {
  event.preventDefault()
  clearTimeout(timer)
  remember()
  run()
})

const params = new URLSearchParams(window.location.search)
input.value = params.get('q') ?? ''
for (const select of selects) {
  const value = params.get(select.name)
  if (value && [...select.options].some((option) => option.value === value)) select.value = value
}
run()

// Load Pagefind (script, WASM, index metadata) while the reader is still typing, not after Enter.
;(window.requestIdleCallback ?? setTimeout)(() => engine().catch(() => {}))

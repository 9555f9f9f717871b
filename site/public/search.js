// Search with Pagefind's JavaScript API. Pagefind loads the index for the page's <html lang>,
// so a Finnish reader gets Finnish results. The form is a plain GET form: the query stays in the
// address (?q=…), so a search can be bookmarked, shared and repeated with the back button.
const form = document.querySelector('form.search-form')
const input = document.getElementById('search-query')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
const messages = JSON.parse(form.dataset.messages)

let pagefind
async function engine() {
  pagefind ??= import('/pagefind/pagefind.js').then(async (module) => {
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
  const excerpt = document.createElement('p')
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt
  item.append(heading, excerpt)
  return item
}

let latest = 0
async function run(query) {
  const ticket = ++latest
  const trimmed = query.trim()
  list.replaceChildren()
  if (!trimmed) {
    status.textContent = ''
    return
  }
  status.textContent = messages.searching
  try {
    const search = await (await engine()).search(trimmed)
    // Each result's text is a file of its own: show the first few as soon as they arrive, then the rest.
    const top = search.results.slice(0, 20)
    const first = await Promise.all(top.slice(0, 5).map((result) => result.data()))
    if (ticket !== latest) return
    list.replaceChildren(...first.map(resultItem))
    status.textContent = first.length === 0 ? messages.noResults : messages.results.replace('{count}', String(search.results.length))
    const rest = await Promise.all(top.slice(5).map((result) => result.data()))
    if (ticket !== latest) return
    list.append(...rest.map(resultItem))
  } catch {
    status.textContent = messages.unavailable
  }
}

let timer
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(() => run(input.value), 250)
})
form.addEventListener('submit', (event) => {
  event.preventDefault()
  // Enter right after typing: search now, and not again when the typing pause ends.
  clearTimeout(timer)
  const url = new URL(window.location.href)
  url.searchParams.set('q', input.value)
  history.replaceState(null, '', url)
  run(input.value)
})
// Load Pagefind (script, WASM, index metadata) while the reader is still typing, not after Enter.
;(window.requestIdleCallback ?? setTimeout)(() => engine().catch(() => {}))

const initial = new URLSearchParams(window.location.search).get('q')
if (initial) {
  input.value = initial
  run(initial)
}

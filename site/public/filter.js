// Filters a grouped list in place. Without JavaScript the form stays hidden and the full
// grouped list is shown, so nothing depends on this file.
for (const form of document.querySelectorAll('form[data-filter-for]')) {
  const items = [...document.querySelectorAll('[data-filter-group] li')]
  const groups = [...document.querySelectorAll('[data-filter-group]')]
  const count = form.querySelector('[data-filter-count]')
  const apply = () => {
    const wanted = Object.fromEntries([...new FormData(form)].filter(([, value]) => value !== ''))
    let shown = 0
    for (const item of items) {
      const match = Object.entries(wanted).every(([key, value]) => (item.dataset[key] || '').split(' ').includes(value))
      item.hidden = !match
      if (match) shown++
    }
    for (const group of groups) group.hidden = !group.querySelector('li:not([hidden])')
    if (count) count.textContent = count.dataset.template.replace('{count}', String(shown))
  }
  form.hidden = false
  form.addEventListener('change', apply)
  // Choices apply at once; the button is there for those who expect to confirm them.
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply()
  })
  apply()
}

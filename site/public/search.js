// Starts Pagefind's search UI. Pagefind picks the index that matches the page's <html lang>,
// so a Finnish reader searches Finnish pages only.
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return
  var params = new URLSearchParams(window.location.search)
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false })
  var query = params.get('q')
  if (query) ui.triggerSearch(query)
})

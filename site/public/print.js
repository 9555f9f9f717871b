// Shows the print buttons only where printing from a button works (JavaScript on).
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}

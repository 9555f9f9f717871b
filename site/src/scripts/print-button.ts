// A print button: hidden in the HTML, since printing from a button needs JavaScript (the browser's
// own print command works without it).
import { Island } from './island'

export class PrintButton extends Island<HTMLButtonElement> {
  static readonly moduleName = 'print-button'

  constructor(root: Element) {
    super(root, HTMLButtonElement)
    this.root.addEventListener('click', () => window.print())
    this.root.hidden = false
  }
}

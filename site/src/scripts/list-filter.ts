// Filters a grouped list in place. Without JavaScript the form stays hidden and the full grouped
// list is shown, so nothing depends on this island.
import { chosenCodes, type ListFilterData, matchesChoice } from '../lib/list-filter'
import { fillTemplate } from '../lib/template'
import { Island } from './island'

export class ListFilter extends Island {
  static readonly moduleName = 'list-filter'
  private readonly form: HTMLFormElement
  private readonly groups: HTMLElement[]
  private readonly count: HTMLElement
  private readonly data: ListFilterData

  constructor(root: Element) {
    super(root, HTMLElement)
    this.form = this.required('form', HTMLFormElement)
    this.groups = this.requiredAll('[data-filter-group]')
    this.count = this.required('[data-filter-count]')
    this.data = this.pageData<ListFilterData>()
    this.form.hidden = false
    this.form.addEventListener('change', () => this.apply())
    // Choices apply at once; the button is there for those who expect to confirm them.
    this.form.addEventListener('submit', (event) => {
      event.preventDefault()
      this.apply()
    })
    this.apply()
  }

  /** Hides the items that do not match, and the groups left with none. */
  apply(): void {
    const choice = chosenCodes(new FormData(this.form))
    let shown = 0
    for (const group of this.groups) {
      for (const item of group.querySelectorAll('li')) {
        item.hidden = !matchesChoice(item.dataset, choice)
        if (!item.hidden) shown++
      }
      group.hidden = !group.querySelector('li:not([hidden])')
    }
    this.count.textContent = fillTemplate(this.data.showing, { count: shown })
  }
}

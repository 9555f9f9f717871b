// Upcoming or past, decided again when the page is read: the build split the events at build time,
// so an event that has ended since the last publish would still be listed as upcoming. This moves
// it to the past events. Without JavaScript the build-time lists stay as they are.
import { hasEnded } from '../lib/event-timing'
import { ElementError } from './errors'
import { Island } from './island'

/** Every event in the lists, with the times the build wrote on it. */
const EVENT_ITEM = 'li[data-start][data-over-at]'

export class EventTiming extends Island {
  static readonly moduleName = 'event-timing'
  private readonly upcoming: HTMLUListElement
  private readonly past: HTMLUListElement
  private readonly noUpcoming: HTMLElement

  constructor(root: Element) {
    super(root, HTMLElement)
    this.upcoming = this.required('[data-events="upcoming"]', HTMLUListElement)
    this.past = this.required('[data-events="past"]', HTMLUListElement)
    this.noUpcoming = this.required('[data-no-upcoming-events]')
    for (const list of [this.upcoming, this.past])
      if ([...list.children].some((child) => !child.matches(EVENT_ITEM)))
        throw new ElementError({ moduleName: this.moduleName, selector: EVENT_ITEM })
    this.update(Date.now())
    // A page restored from the back-forward cache runs no script again.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.update(Date.now())
    })
  }

  /** Moves the upcoming events that are over at `now` into the past events, in their place by start. */
  update(now: number): void {
    const ended = this.items(this.upcoming).filter((item) => hasEnded(item.dataset.overAt!, now))
    // The upcoming list runs soonest first, the past one latest first: each goes before the first earlier one.
    for (const item of ended) {
      const start = Date.parse(item.dataset.start!)
      const firstEarlier = this.items(this.past).find((other) => Date.parse(other.dataset.start!) < start)
      this.past.insertBefore(item, firstEarlier ?? null)
    }
    this.noUpcoming.hidden = this.upcoming.children.length > 0
  }

  private items(list: HTMLUListElement): HTMLElement[] {
    return [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement)
  }
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'

import { EventTiming } from '../../site/src/scripts/event-timing'
import { initAll } from '../../site/src/scripts/island'

// The events page's island in a DOM without a browser, on markup shaped as EventList.astro writes
// it: events that have ended since the build move from the upcoming list to the past one, each in
// its place by start; the browser test (tests/integration/event-outputs.test.ts) runs it on a built page.
afterEach(() => {
  document.body.replaceChildren()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const item = (name: string, start: string, overAt = start) =>
  `<li data-start="${start}" data-over-at="${overAt}"><h3>${name}</h3></li>`
const eventsPage = (upcoming: string[], past: string[]) => `
  <div data-module="event-timing">
    <section><h2>Tulevat</h2>
      <p data-no-upcoming-events ${upcoming.length > 0 ? 'hidden' : ''}>Ei tulevia tapahtumia.</p>
      <ul data-events="upcoming">${upcoming.join('')}</ul>
    </section>
    <section><h2>Menneet</h2><ul data-events="past">${past.join('')}</ul></section>
  </div>`
const names = (selector: string) =>
  [...document.querySelectorAll(`${selector} > li h3`)].map((heading) => heading.textContent)
const noUpcoming = () => document.querySelector<HTMLElement>('[data-no-upcoming-events]')!

describe('event-timing', () => {
  it('moves the events that are over when the page is read to the past ones, latest start first', () => {
    vi.useFakeTimers({ now: new Date('2026-12-10T12:00:00Z'), toFake: ['Date'] })
    document.body.innerHTML = eventsPage(
      [
        item('yesterday', '2026-12-09T08:00:00.000Z', '2026-12-09T10:00:00.000Z'),
        item('started, ends tomorrow', '2026-12-09T09:00:00.000Z', '2026-12-11T10:00:00.000Z'),
        item('this morning', '2026-12-10T08:00:00.000Z', '2026-12-10T09:00:00.000Z'),
        item('tomorrow', '2026-12-11T08:00:00.000Z'),
      ],
      [
        item('built as past', '2026-11-01T08:00:00.000Z', '2026-11-02T08:00:00.000Z'),
        item('long ago', '2025-01-01T08:00:00.000Z'),
      ],
    )
    expect(initAll(EventTiming)).toHaveLength(1)
    expect(names('[data-events="upcoming"]')).toEqual(['started, ends tomorrow', 'tomorrow'])
    expect(names('[data-events="past"]')).toEqual(['this morning', 'yesterday', 'built as past', 'long ago'])
    expect(noUpcoming().hidden).toBe(true)
  })

  it('shows that nothing is coming once the last upcoming event is over', () => {
    vi.useFakeTimers({ now: new Date('2026-12-10T12:00:00Z'), toFake: ['Date'] })
    document.body.innerHTML = eventsPage([item('yesterday', '2026-12-09T08:00:00.000Z')], [])
    expect(noUpcoming().hidden).toBe(true)
    initAll(EventTiming)
    expect(names('[data-events="upcoming"]')).toEqual([])
    expect(names('[data-events="past"]')).toEqual(['yesterday'])
    expect(noUpcoming().hidden).toBe(false)
  })

  it('leaves the lists as built while nothing has ended', () => {
    vi.useFakeTimers({ now: new Date('2026-12-10T12:00:00Z'), toFake: ['Date'] })
    const html = eventsPage(
      [item('tomorrow', '2026-12-11T08:00:00.000Z')],
      [item('long ago', '2025-01-01T08:00:00.000Z')],
    )
    document.body.innerHTML = html
    initAll(EventTiming)
    expect(names('[data-events="upcoming"]')).toEqual(['tomorrow'])
    expect(names('[data-events="past"]')).toEqual(['long ago'])
    expect(noUpcoming().hidden).toBe(true)
  })

  it('names the markup it misses, and leaves the page as built', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = eventsPage([item('yesterday', '2020-01-01T08:00:00.000Z')], []).replace(
      ' data-events="past"',
      '',
    )
    expect(initAll(EventTiming)).toHaveLength(0)
    expect(String(errors.mock.calls[0]![0])).toBe('ElementError: event-timing: [data-events="past"] is missing')
    expect(names('[data-events="upcoming"]')).toEqual(['yesterday'])

    document.body.innerHTML = eventsPage(['<li><h3>no times</h3></li>'], [])
    expect(() => new EventTiming(document.querySelector('[data-module="event-timing"]')!)).toThrow(
      'event-timing: li[data-start][data-over-at] is missing',
    )
  })
})

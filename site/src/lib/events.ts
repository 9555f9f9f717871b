import { createEvents, type EventAttributes } from 'ics'

import { SITE_TIME_ZONE } from '@toolkit/contract/time'
import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { errorMessage } from '@toolkit/contract/errors'
import { isSafeLink } from '@toolkit/contract/safe-link'

import { formatDate } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { foldIcsLines, icsText } from '@toolkit/contract/escape'
import { eventOverAt, hasEnded } from './event-timing'
import { localize } from './localize'
import { detailPath } from '@toolkit/contract/routes'

export type SnapshotEvent = SnapshotDocument<'events'>

/** The day in Helsinki of an instant, as YYYY-MM-DD. */
export function helsinkiIsoDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SITE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))
}

/** The same day as [year, month, day]. */
function helsinkiDay(iso: string): [number, number, number] {
  const [year, month, day] = helsinkiIsoDay(iso).split('-').map(Number)
  return [year!, month!, day!]
}

/** When an event is, as readers should see it: the exact time, or what the source says (e.g. "spring 2023"). */
export function eventWhen(event: SnapshotEvent, lang: Lang): { text: string; lang: Lang } {
  const localized = localize(event, lang)
  const dateText = localized.field('dateText')
  if (!isKnownToTheDay(event) && dateText.value) return { text: dateText.value, lang: dateText.lang }
  const start = formatDate(event.start, lang, true)
  if (!event.end) return { text: start, lang }
  const sameDay = helsinkiDay(event.start).join() === helsinkiDay(event.end).join()
  const end = sameDay
    ? new Intl.DateTimeFormat(lang, { timeZone: SITE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(
        new Date(event.end),
      )
    : formatDate(event.end, lang, true)
  return { text: `${start} – ${end}`, lang }
}

/**
 * Upcoming: not yet over at build time. The built list can go stale between publishes, so the
 * events page decides again when it is read (site/src/scripts/event-timing.ts), by the same rule.
 */
export function isUpcoming(event: SnapshotEvent, now = new Date()): boolean {
  return !hasEnded(eventOverAt(event), now.getTime())
}

/**
 * Known to the day: its start and end are the real times. Most events the reports describe are
 * known only to a month, a season or a year ("datePrecision"), with start and end at the first
 * and last possible day.
 */
export const isKnownToTheDay = (event: Pick<SnapshotEvent, 'datePrecision'>): boolean =>
  !event.datePrecision || event.datePrecision === 'day'

/**
 * The events a calendar may hold: those known to the day. One the reports date only to a month,
 * season or year would show as an all-day entry weeks or months long, at a "location" that is
 * often a note about what the report does not say; it stays on the site, where its date is
 * written as the source gives it.
 */
export const calendarEvents = <E extends Pick<SnapshotEvent, 'datePrecision'>>(events: E[]): E[] =>
  events.filter(isKnownToTheDay)

/**
 * Where readers sign up, while they still can: until the event starts (at build time), and only
 * an address the safe-link rule allows. Null for past events and events without one.
 */
export function registrationLink(event: SnapshotEvent, now = new Date()): string | null {
  if (!event.registrationUrl || !isSafeLink(event.registrationUrl)) return null
  return new Date(event.start).getTime() > now.getTime() ? event.registrationUrl : null
}

/**
 * The events as iCalendar (RFC 5545): those known to the day (calendarEvents; the others are left
 * out), at their exact times in UTC, with lines folded at 75 octets.
 */
export function eventsToIcs(events: SnapshotEvent[], lang: Lang, site: URL): string {
  const attributes: EventAttributes[] = calendarEvents(events).map((event) => {
    const localized = localize(event, lang)
    const url = new URL(detailPath(lang, 'events', event.slug), site).href
    const start = new Date(event.start)
    // An event without an end is booked for an hour, as the CMS tells editors.
    const end = event.end ? new Date(event.end) : new Date(start.getTime() + 60 * 60 * 1000)
    return {
      uid: `${event.slug}@${site.hostname}`,
      title: icsText(localized.field('title').value),
      description: icsText(`${localized.field('summary').value}\n\n${url}`),
      location: icsText(localized.field('location').value ?? '') || undefined,
      url,
      start: start.getTime(),
      end: end.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      endInputType: 'utc',
      endOutputType: 'utc',
    }
  })
  // The calendar's own properties as a header, so that a feed with no event still names itself.
  const { error, value } = createEvents(attributes, { productId: 'digiosallisuus-toolkit', calName: 'Digiosallisuus' })
  if (error || !value) throw new Error(`Could not write the calendar: ${errorMessage(error)}`)
  return foldIcsLines(value)
}

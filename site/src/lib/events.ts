import { createEvents, type EventAttributes } from 'ics'

import { SITE_TIME_ZONE } from '@toolkit/contract/time'
import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { errorMessage } from '@toolkit/contract/errors'
import { isSafeLink } from '@toolkit/contract/safe-link'

import { formatDate } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { foldIcsLines, icsText } from '@toolkit/contract/escape'
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
  if (event.datePrecision && event.datePrecision !== 'day' && dateText.value)
    return { text: dateText.value, lang: dateText.lang }
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

/** Upcoming: not yet over at build time. */
export function isUpcoming(event: SnapshotEvent, now = new Date()): boolean {
  return new Date(event.end ?? event.start).getTime() >= now.getTime()
}

/**
 * Where readers sign up, while they still can: until the event starts (at build time), and only
 * an address the safe-link rule allows. Null for past events and events without one.
 */
export function registrationLink(event: SnapshotEvent, now = new Date()): string | null {
  if (!event.registrationUrl || !isSafeLink(event.registrationUrl)) return null
  return new Date(event.start).getTime() > now.getTime() ? event.registrationUrl : null
}

/**
 * The events as iCalendar (RFC 5545). An event known only to a month, season or year becomes an
 * all-day entry over that span, so no calendar shows a made-up time.
 */
export function eventsToIcs(events: SnapshotEvent[], lang: Lang, site: URL): string {
  const attributes: EventAttributes[] = events.map((event) => {
    const localized = localize(event, lang)
    const url = new URL(detailPath(lang, 'events', event.slug), site).href
    const base = {
      uid: `${event.slug}@${site.hostname}`,
      title: icsText(localized.field('title').value),
      description: icsText(`${localized.field('summary').value}\n\n${url}`),
      location: icsText(localized.field('location').value ?? '') || undefined,
      url,
      productId: 'digiosallisuus-toolkit',
      calName: 'Digiosallisuus',
    }
    if (!event.datePrecision || event.datePrecision === 'day') {
      const start = new Date(event.start)
      const end = new Date(event.end ?? new Date(start.getTime() + 60 * 60 * 1000).toISOString())
      return {
        ...base,
        start: start.getTime(),
        end: end.getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        endInputType: 'utc',
        endOutputType: 'utc',
      }
    }
    const [ey, em, ed] = helsinkiDay(event.end ?? event.start)
    const dayAfterEnd = new Date(Date.UTC(ey, em - 1, ed + 1))
    return {
      ...base,
      start: helsinkiDay(event.start),
      end: [dayAfterEnd.getUTCFullYear(), dayAfterEnd.getUTCMonth() + 1, dayAfterEnd.getUTCDate()],
    }
  })
  const { error, value } = createEvents(attributes)
  if (error || !value) throw new Error(`Could not write the calendar: ${errorMessage(error)}`)
  return foldIcsLines(value)
}

import ICAL from 'ical.js'
import { createEvents } from 'ics'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readContent } from '../../scripts/lib/content'
import type { Lang } from '../../site/src/i18n/locales'
import { calendarEvents, eventsToIcs, isUpcoming, type SnapshotEvent } from '../../site/src/lib/events'

// The calendar files (.ics) on the real corpus: which events they hold, what their LOCATION says,
// and lines folded at 75 octets (RFC 5545, 3.1) where the Finnish text has ä and ö.
type Data = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const site = new URL('https://digiosallisuus.example.org')
const langs = ['fi', 'en', 'sv'] as const satisfies readonly Lang[]
const octets = (line: string) => new TextEncoder().encode(line).length
const unfold = (ics: string) => ics.replace(/\r\n[\t ]/g, '')
/** The editorial notes the corpus writes where a report does not say where an event was. */
const EDITORIAL_NOTE = /raportti ei kerro|report does not give|rapporten (?:anger|säger) inte/i

const localizedFields = (data: Data) => ({
  title: data.title,
  dateText: data.dateText ?? null,
  location: data.location ?? null,
  summary: data.summary,
  body: null,
  materials: [],
  shareDescription: null,
})

/** The corpus's events (content/events), as the snapshot gives them to the site. */
const corpusEvents: SnapshotEvent[] = readContent(path.resolve('content'))
  .filter((document) => document.type.key === 'events')
  .map((document) => {
    const fi = document.locales.fi!.data as Data
    return {
      slug: document.slug,
      start: new Date(fi.start).toISOString(),
      end: fi.end ? new Date(fi.end).toISOString() : null,
      datePrecision: fi.datePrecision ?? null,
      registrationUrl: null,
      content: {
        fi: localizedFields(fi),
        en: document.locales.en ? localizedFields(document.locales.en.data as Data) : null,
        sv: document.locales.sv ? localizedFields(document.locales.sv.data as Data) : null,
      },
    } as unknown as SnapshotEvent
  })

/** The same event as if its day and time were known (an editor's event with an exact date). */
const knownToTheDay = (event: SnapshotEvent, index = 0): SnapshotEvent => ({
  ...event,
  datePrecision: 'day',
  start: new Date(Date.UTC(2027, 0, 10 + index, 8)).toISOString(),
  end: new Date(Date.UTC(2027, 0, 10 + index, 12)).toISOString(),
})

const parse = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))

describe('which events a calendar holds', () => {
  it('leaves out every corpus event the reports date only to a month, a season or a year', () => {
    const vague = corpusEvents.filter((event) => event.datePrecision && event.datePrecision !== 'day')
    expect(vague.length, 'the corpus has events without a known day').toBeGreaterThan(0)
    for (const lang of langs) {
      const ics = eventsToIcs(corpusEvents, lang, site)
      expect(parse(ics), lang).toHaveLength(0)
      // Still a calendar that names itself, so that a subscription keeps working.
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[^]*PRODID:digiosallisuus-toolkit\r\n[^]*END:VCALENDAR\r\n$/)
      expect(unfold(ics)).not.toContain('DTSTART;VALUE=DATE')
    }
  })

  it('holds an event known to the day, at its exact times, beside the vague ones it leaves out', () => {
    const exact = knownToTheDay(corpusEvents[0]!)
    expect(calendarEvents([...corpusEvents, exact])).toEqual([exact])
    const [event, ...others] = parse(eventsToIcs([...corpusEvents, exact], 'fi', site))
    expect(others).toHaveLength(0)
    expect(event!.uid).toBe(`${exact.slug}@${site.hostname}`)
    expect(event!.startDate.isDate).toBe(false)
    expect(event!.startDate.toJSDate().toISOString()).toBe(exact.start)
    expect(event!.endDate.toJSDate().toISOString()).toBe(exact.end)
    // An event with no precision given is taken as known to the day, as the CMS's default says.
    expect(calendarEvents([{ ...exact, datePrecision: null }])).toHaveLength(1)
  })

  it('never puts an editorial note in a LOCATION', () => {
    expect(
      corpusEvents.some((event) => EDITORIAL_NOTE.test(event.content.fi.location ?? '')),
      'the corpus notes where a report does not say the place',
    ).toBe(true)
    for (const lang of langs) {
      const locations = parse(eventsToIcs(corpusEvents, lang, site)).map((event) => event.location)
      for (const location of locations) expect(location, lang).not.toMatch(EDITORIAL_NOTE)
    }
  })
})

describe('calendar lines on the corpus text', () => {
  const exact = corpusEvents.map(knownToTheDay)

  it('would be longer than 75 octets where ä and ö occur if only the ics package folded them', () => {
    const { value } = createEvents(
      exact.map((event) => ({
        uid: event.slug,
        title: event.content.fi.title,
        description: event.content.fi.summary,
        location: event.content.fi.location ?? undefined,
        start: Date.parse(event.start),
        duration: { hours: 1 },
        productId: 'test',
      })),
    )
    const tooLong = value!.split('\r\n').filter((line) => octets(line) > 75)
    expect(tooLong.length).toBeGreaterThan(0)
    expect(tooLong.some((line) => /[äö]/.test(line))).toBe(true)
  })

  it.each(langs)(
    '%s: every line is at most 75 octets, no character is cut, and unfolding gives the text back',
    (lang) => {
      const ics = eventsToIcs(exact, lang, site)
      const bytes = Buffer.from(ics, 'utf8')
      // Split as bytes, so that a fold inside a character would show as an invalid UTF-8 line.
      let start = 0
      for (let index = 0; index < bytes.length - 1; index++) {
        if (bytes[index] !== 0x0d || bytes[index + 1] !== 0x0a) continue
        const line = bytes.subarray(start, index)
        expect(line.length, line.toString('utf8')).toBeLessThanOrEqual(75)
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow()
        start = index + 2
      }
      expect(start).toBe(bytes.length)
      // The Finnish text (Swedish falls back to it) has content lines with ä and ö longer than 75 octets.
      if (lang !== 'en')
        expect(
          unfold(ics)
            .split('\r\n')
            .some((line) => octets(line) > 75 && /[äö]/.test(line)),
        ).toBe(true)

      const events = parse(ics)
      expect(events).toHaveLength(exact.length)
      for (const source of exact) {
        const event = events.find((candidate) => candidate.uid === `${source.slug}@${site.hostname}`)!
        const text = source.content[lang] ?? source.content.fi
        expect(event.summary).toBe(text.title)
        expect(event.location).toBe(text.location ?? source.content.fi.location)
        expect(event.description.startsWith(`${text.summary}\n\n`)).toBe(true)
      }
    },
  )
})

describe('upcoming at build time', () => {
  it('is upcoming until its end, or its start when it has none', () => {
    const event = knownToTheDay(corpusEvents[0]!)
    expect(isUpcoming(event, new Date(Date.parse(event.end!) - 1))).toBe(true)
    expect(isUpcoming(event, new Date(event.end!))).toBe(true)
    expect(isUpcoming(event, new Date(Date.parse(event.end!) + 1))).toBe(false)
    expect(isUpcoming({ ...event, end: null }, new Date(Date.parse(event.start) + 1))).toBe(false)
  })
})

import ICAL from 'ical.js'
import { unzipSync } from 'fflate'
import { createHash } from 'node:crypto'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { contentLicence, contentLicenceNotice } from '@toolkit/contract/licence'
import { detailPath, sectionPath } from '@toolkit/contract/routes'
import { parseCsv } from '../helpers/csv'
import { docxParagraphs } from '../helpers/docx'
import { builtSite } from '../helpers/site'

// The machine-readable outputs, read back with real parsers.
const { siteUrl, snapshot } = builtSite()
const langs = ['fi', 'en', 'sv'] as const
const get = async (path: string) => {
  const response = await fetch(new URL(path, siteUrl))
  expect(response.status, path).toBe(200)
  return response
}

describe('RSS feeds', () => {
  it.each(langs)('%s: parses, and lists the posts written in that language with working links', async (lang) => {
    const feed = await new Parser().parseString(await (await get(`${sectionPath(lang, 'posts')}rss.xml`)).text())
    const expected = snapshot.collections.posts.filter((post) => post.content[lang] !== null)
    expect(feed.items).toHaveLength(expected.length)
    for (const item of feed.items) {
      expect(item.title).toBeTruthy()
      expect((await fetch(new URL(new URL(item.link!).pathname, siteUrl))).status, item.link).toBe(200)
    }
  })
})

describe('iCalendar', () => {
  // Only events known to the day go into calendars; the corpus's events are dated by the reports
  // to a month, season or year, so the feeds hold none of them (site/src/lib/events.ts).
  const knownToTheDay = snapshot.collections.events.filter(
    (event) => !event.datePrecision || event.datePrecision === 'day',
  )

  it.each(langs)(
    '%s: the feed parses, holds exactly the events known to the day, and no line is longer than 75 octets',
    async (lang) => {
      const text = await (await get(`${sectionPath(lang, 'events')}calendar.ics`)).text()
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75)
      const calendar = new ICAL.Component(ICAL.parse(text))
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
      expect(events.map((event) => event.uid.split('@')[0]).sort()).toEqual(
        knownToTheDay.map((event) => event.slug).sort(),
      )
      for (const source of knownToTheDay) {
        const event = events.find((candidate) => candidate.uid.startsWith(`${source.slug}@`))!
        expect(event.startDate.toJSDate().toISOString(), source.slug).toBe(source.start)
      }
    },
  )

  it('offers each event known to the day as its own file, and no other', async () => {
    for (const source of snapshot.collections.events) {
      const response = await fetch(new URL(`${detailPath('fi', 'events', source.slug)}event.ics`, siteUrl))
      const inCalendar = knownToTheDay.includes(source)
      expect(response.status, source.slug).toBe(inCalendar ? 200 : 404)
      if (inCalendar)
        expect(new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent')).toHaveLength(1)
    }
  })
})

describe('course-pack ZIPs', () => {
  it.each(langs)(
    '%s: every pack unzips, and its manifest lists each file with the right size and SHA-256',
    async (lang) => {
      for (const pack of snapshot.collections['course-packs']) {
        const files = unzipSync(
          new Uint8Array(await (await get(`${detailPath(lang, 'course-packs', pack.slug)}pack.zip`)).arrayBuffer()),
        )
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
        const listed = manifest.files.map((file: { path: string }) => file.path).sort()
        expect(listed, pack.slug).toEqual(
          Object.keys(files)
            .filter((name) => name !== 'manifest.json')
            .sort(),
        )
        for (const file of manifest.files as { path: string; bytes: number; sha256: string }[]) {
          expect(files[file.path]!.length).toBe(file.bytes)
          expect(createHash('sha256').update(files[file.path]!).digest('hex')).toBe(file.sha256)
        }
        expect(listed).toEqual(
          expect.arrayContaining(['index.html', 'LICENSE.txt', 'lesson-plan.html', 'lesson-plan.docx']),
        )
        const handouts = (pack.content[lang] ?? pack.content.fi).handouts.length
        for (const format of ['.html', '.docx'])
          expect(
            listed.filter((name: string) => name.startsWith('handouts/') && name.endsWith(format)),
            `${pack.slug} ${format}`,
          ).toHaveLength(handouts)
        expect(
          listed.filter((name: string) => name.startsWith('cheat-sheets/')),
          pack.slug,
        ).toHaveLength(pack.cheatSheets.length)
        expect(manifest.licence).toEqual({ spdx: contentLicence.spdx, url: contentLicence.url })
      }
    },
  )

  it.each(langs)(
    '%s: every pack opens with a start page that links every file, carries the licence, and has a lesson plan DOCX with its sessions',
    async (lang) => {
      const settings = snapshot.settings!.content
      const publisher = settings[lang]?.organisationName ?? settings.fi.organisationName
      for (const pack of snapshot.collections['course-packs']) {
        const files = unzipSync(
          new Uint8Array(await (await get(`${detailPath(lang, 'course-packs', pack.slug)}pack.zip`)).arrayBuffer()),
        )
        expect(Object.keys(files)[0], pack.slug).toBe('index.html')
        const index = new TextDecoder().decode(files['index.html'])
        const linked = new Set([...index.matchAll(/href="([^":]+)"/g)].map((match) => match[1]))
        for (const name of Object.keys(files).filter((name) => name !== 'index.html'))
          expect(linked.has(name), `${pack.slug}: ${name}`).toBe(true)
        expect(index).toContain(contentLicence.url)
        const notice = contentLicenceNotice(lang, publisher)
        expect(new TextDecoder().decode(files['LICENSE.txt'])).toBe(`${notice}\n`)
        // The DOCX read back: its paragraphs hold each session's title, and the licence line comes last.
        const paragraphs = docxParagraphs(files['lesson-plan.docx']!)
        const content = pack.content[lang]?.sessions.length ? pack.content[lang] : pack.content.fi
        for (const session of content.sessions) expect(paragraphs, pack.slug).toContain(session.title)
        expect(paragraphs.at(-1), pack.slug).toBe(notice)
      }
    },
  )
})

describe('outcome downloads', () => {
  it('CSV has one row per indicator with the exact values, and the JSON says the same', async () => {
    const csv = parseCsv(
      (await (await get(`${sectionPath('en', 'indicators')}indicators.csv`)).text()).replace(/^\uFEFF/, ''),
    )
    const [header, ...rows] = csv
    expect(header!.slice(0, 5)).toEqual(['slug', 'name', 'value', 'value_qualifier', 'unit'])
    expect(rows).toHaveLength(snapshot.collections.indicators.length)
    const json = (await (await get(`${sectionPath('en', 'indicators')}indicators.json`)).json()) as {
      license: { spdx: string }
      publisher: string
      indicators: { slug: string; value: number }[]
    }
    expect(json.license.spdx).toBe('CC-BY-4.0')
    expect(json.publisher).toBe(
      snapshot.settings!.content.en?.organisationName ?? snapshot.settings!.content.fi.organisationName,
    )
    // The Finnish file, as Finnish Excel reads it: ";" between fields and a decimal comma.
    const fi = parseCsv(
      (await (await get(`${sectionPath('fi', 'indicators')}indicators.csv`)).text()).replace(/^\uFEFF/, ''),
      ';',
    )
    for (const indicator of snapshot.collections.indicators) {
      const row = rows.find((candidate) => candidate[0] === indicator.slug)!
      expect(Number(row[2]), indicator.slug).toBe(indicator.value)
      expect(json.indicators.find((item) => item.slug === indicator.slug)!.value).toBe(indicator.value)
      const fiRow = fi.find((candidate) => candidate[0] === indicator.slug)!
      expect(Number(fiRow[2]!.replace(',', '.')), indicator.slug).toBe(indicator.value)
    }
  })
})

describe('structured data', () => {
  it('an event known to the day carries a schema.org Event; one the reports date more loosely carries none', async () => {
    // A startDate claims a day, and such an event's place is often a note that the report does
    // not say: search engines get no event listing for it (the page still shows what is known).
    // The hostile-content test builds a day-exact event and reads its schema.org Event.
    const loose = snapshot.collections.events.filter((event) => event.datePrecision && event.datePrecision !== 'day')
    expect(loose.length).toBeGreaterThan(0)
    for (const event of snapshot.collections.events) {
      const html = await (await get(detailPath('en', 'events', event.slug))).text()
      const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
      if (loose.includes(event)) {
        expect(script, event.slug).toBeNull()
        continue
      }
      const json = JSON.parse(script![1]!)
      expect(json['@type']).toBe('Event')
      expect(json.startDate).toBe(event.start)
    }
  })
})

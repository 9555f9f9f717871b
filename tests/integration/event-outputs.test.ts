import ICAL from 'ical.js'
import fs from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, readPublishedLocal, writeSnapshot } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { buildSite } from '../../scripts/lib/site-build'
import { serveStatic } from '../../scripts/lib/static-server'
import { locales as langs } from '@toolkit/contract/locales'
import { detailPath, sectionPath } from '@toolkit/contract/routes'
import { launchBrowser } from '../helpers/browser'
import { minimalDocument } from '../helpers/documents'
import { publishSiteSettings, testPublisher } from '../helpers/site-settings'

/**
 * What a build writes for events and badges when time passes and settings are missing, read from
 * the built site: the events page moves an event that has ended since the build to the past ones
 * (with JavaScript; without it the build's lists stay); calendars hold only events known to the
 * day, with lines of at most 75 octets; an issuer without an e-mail gets no Open Badges 2.0
 * documents, nothing points to them, and the build says so in one line.
 */
let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-event-outputs-'))
let outDir = ''
let siteUrl = ''
let server: Server | undefined
let browser: Browser | undefined
let buildOutput = ''
const savedIssuerEmail = process.env.ISSUER_EMAIL
const hour = 60 * 60 * 1000
/** Tomorrow at this time, to the minute: upcoming when the site is built. */
const soon = new Date(Math.floor((Date.now() + 24 * hour) / 60_000) * 60_000)
const publicAddress = new URL(testPublisher.siteUrl!)
/** Known to the day, with ä and ö in a title longer than one calendar line. */
const title1 = 'Älypuhelimen käytön työpaja: sähköiset palvelut tutuiksi yhdessä vertaisohjaajien kanssa'

const exists = (sitePath: string) => fs.existsSync(path.join(outDir, sitePath))
const read = (sitePath: string) =>
  fs.readFileSync(path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8')
const parseEvents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))

beforeAll(async () => {
  // The site settings' issuer has no e-mail, and neither has the build.
  delete process.env.ISSUER_EMAIL
  payload = await startPayload()
  const event = async (n: number, data: Record<string, unknown>) =>
    payload.create({
      collection: 'events',
      data: { ...minimalDocument.events(n), ...data, _status: 'published' } as never,
    })
  // Known to the day and still to come at build time.
  await event(1, {
    title: title1,
    location: 'Työväenopiston yläkerran sali, Helsinki',
    start: soon.toISOString(),
    end: new Date(soon.getTime() + 2 * hour).toISOString(),
  })
  // Known only to the project's years, as most events in the reports.
  await event(2, {
    start: '2022-03-01T00:00:00.000Z',
    end: '2023-08-31T00:00:00.000Z',
    datePrecision: 'year',
    dateText: 'hankkeen aikana; tarkempaa ajankohtaa raportti ei kerro',
    location: 'Työtoiminta; raportti ei kerro paikkaa',
  })
  // Known to the day and long past.
  await event(3, { start: '2020-05-04T09:00:00.000Z' })
  // A badge of the site's own issuer (no e-mail), and one another organisation awards, with its e-mail.
  await payload.create({
    collection: 'badges',
    data: { ...minimalDocument.badges(1), _status: 'published' } as never,
  })
  await payload.create({
    collection: 'badges',
    data: {
      ...minimalDocument.badges(2),
      issuer: { name: 'Toinen yhdistys ry', email: 'merkit@toinen.example.org', url: 'https://toinen.example.org/' },
      _status: 'published',
    } as never,
  })
  await publishSiteSettings(payload)
  const snapshotFile = path.join(dir, 'snapshot.json')
  writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), snapshotFile)
  // What the build prints (Astro's warnings come on its standard error, passed on as they come).
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    buildOutput += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return write(chunk, ...rest)
  }) as typeof process.stderr.write
  try {
    outDir = (await buildSite(snapshotFile, path.join(dir, 'dist'))).outDir
  } finally {
    process.stderr.write = write
  }
  ;({ server, url: siteUrl } = await serveStatic(outDir))
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  if (savedIssuerEmail === undefined) delete process.env.ISSUER_EMAIL
  else process.env.ISSUER_EMAIL = savedIssuerEmail
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('upcoming and past events, decided when the page is read', () => {
  /** The event titles in each list of the Finnish events page, as the browser shows it. */
  async function lists(options: { javaScript: boolean; now?: Date }) {
    const context = await browser!.newContext({ javaScriptEnabled: options.javaScript })
    try {
      if (options.now) await context.clock.setFixedTime(options.now)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      page.on('pageerror', (error) => errors.push(String(error)))
      await page.goto(new URL(sectionPath('fi', 'events'), siteUrl).href, { waitUntil: 'networkidle' })
      const titles = (heading: string) => page.locator(`section:has(#${heading}) li h3`).allTextContents()
      return {
        upcoming: await titles('upcoming-heading'),
        past: await titles('past-heading'),
        noUpcomingShown: await page.locator('[data-no-upcoming-events]').isVisible(),
        errors,
      }
    } finally {
      await context.close()
    }
  }
  it('the build lists the event to come as upcoming', async () => {
    expect(await lists({ javaScript: true })).toEqual({
      upcoming: [title1],
      past: ['Tilaisuus 2', 'Tilaisuus 3'],
      noUpcomingShown: false,
      errors: [],
    })
  })

  it('with JavaScript, a day after the event it is among the past events, and nothing is coming', async () => {
    const dayAfter = new Date(soon.getTime() + 26 * hour)
    const { upcoming, past, noUpcomingShown, errors } = await lists({ javaScript: true, now: dayAfter })
    expect(errors).toEqual([])
    expect(upcoming).toEqual([])
    expect(past).toEqual([title1, 'Tilaisuus 2', 'Tilaisuus 3'])
    expect(noUpcomingShown).toBe(true)
  })

  it('without JavaScript, the page still lists it as the build did', async () => {
    const { upcoming, noUpcomingShown } = await lists({ javaScript: false })
    expect(upcoming).toEqual([title1])
    expect(noUpcomingShown).toBe(false)
  })
})

describe('calendar files', () => {
  it.each(langs)('%s: the feed holds the events known to the day, and no line is longer than 75 octets', (lang) => {
    const ics = read(`${sectionPath(lang, 'events')}calendar.ics`)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75)
    const events = parseEvents(ics)
    expect(events.map((event) => event.uid.split('@')[0]).sort()).toEqual(['tilaisuus-1', 'tilaisuus-3'])
    const first = events.find((event) => event.uid.startsWith('tilaisuus-1@'))!
    expect(first.summary).toBe(title1)
    expect(first.startDate.toJSDate().getTime()).toBe(soon.getTime())
    for (const event of events) expect(event.location ?? '').not.toContain('raportti ei kerro')
    // The long Finnish title was folded, within a character's bounds.
    expect(ics).toMatch(/^SUMMARY:Ä[^\r]*\r\n\t/m)
  })

  it('offers "add to calendar" only for an event known to the day, and writes no file for the other', () => {
    for (const lang of langs) {
      expect(exists(`${detailPath(lang, 'events', 'tilaisuus-1')}event.ics`)).toBe(true)
      expect(exists(`${detailPath(lang, 'events', 'tilaisuus-2')}event.ics`)).toBe(false)
      expect(read(detailPath(lang, 'events', 'tilaisuus-1'))).toContain('event.ics')
      expect(read(detailPath(lang, 'events', 'tilaisuus-2'))).not.toContain('event.ics')
    }
    expect(read(sectionPath('fi', 'events'))).toContain('calendar.ics')
  })
})

describe('Open Badges 2.0 without an issuer e-mail', () => {
  it('publishes no Issuer or BadgeClass for the issuer without one, and both for the issuer with one', () => {
    const issuers = fs.readdirSync(path.join(outDir, 'openbadges', 'issuers'))
    expect(issuers).toEqual(['toinen-yhdistys-ry.json'])
    const issuer = JSON.parse(read('/openbadges/issuers/toinen-yhdistys-ry.json'))
    expect(issuer).toMatchObject({ type: 'Issuer', name: 'Toinen yhdistys ry', email: 'merkit@toinen.example.org' })
    for (const lang of langs) {
      expect(exists(`/openbadges/${lang}/merkki-1/badgeclass.json`)).toBe(false)
      const badgeClass = JSON.parse(read(`/openbadges/${lang}/merkki-2/badgeclass.json`))
      expect(badgeClass.issuer).toBe(issuer.id)
      expect(exists(new URL(badgeClass.issuer).pathname)).toBe(true)
    }
  })

  it('points nothing to a document it left out: the 3.0 creator is the site, and the badge page links only what exists', () => {
    for (const lang of langs) {
      const achievement = JSON.parse(read(`/openbadges/${lang}/merkki-1/achievement.json`))
      expect(achievement.creator.id).toBe(publicAddress.href)
      expect(achievement.creator.name).toBe(testPublisher.issuer.name)
      const other = JSON.parse(read(`/openbadges/${lang}/merkki-2/achievement.json`))
      expect(other.creator.id).toBe(new URL('/openbadges/issuers/toinen-yhdistys-ry.json', publicAddress).href)
      const page = read(detailPath(lang, 'badges', 'merkki-1'))
      for (const [, href] of page.matchAll(/href="(\/openbadges\/[^"]+)"/g)) expect(exists(href!), href).toBe(true)
      expect(page).not.toContain('/openbadges/issuers/')
    }
  })

  it('says in one line of the build output what it left out, and why', () => {
    const lines = buildOutput.split('\n').filter((line) => line.includes('Open Badges 2.0'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('"Julkaisija" (1 badge)')
    expect(lines[0]).toContain("requires the issuer's e-mail")
    expect(lines[0]).not.toContain('Toinen yhdistys ry')
  })
})

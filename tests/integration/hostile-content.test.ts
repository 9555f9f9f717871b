import { unzipSync } from 'fflate'
import ICAL from 'ical.js'
import fs from 'node:fs'
import path from 'node:path'
import type { Field, Payload } from 'payload'
import Parser from 'rss-parser'
import sax from 'sax'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicCollections } from '../../cms/src/collections'
import { OperatingModel } from '../../cms/src/globals/OperatingModel'
import { assembleSnapshot, readPublishedLocal, writeSnapshot } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { buildSite } from '../../scripts/lib/site-build'
import type { CollectionKey, Snapshot } from '@toolkit/contract/snapshot'
import type { Locale as Lang } from '@toolkit/contract/locales'
import { locales as langs } from '@toolkit/contract/locales'
import { detailPath, sectionPath } from '@toolkit/contract/routes'
import { parseCsv } from '../helpers/csv'
import { minimalDocument } from '../helpers/documents'
import { publishSiteSettings, testPublisher } from '../helpers/site-settings'
import {
  formulaName,
  hostileStrings,
  lettersThatMustSurvive,
  redirectingTitle,
  XML_FORBIDDEN,
} from '../helpers/hostile-strings'

/**
 * Hostile text in every text field of every public content type, through the real chain: Payload's
 * Local API (published) → export → snapshot → Astro → Pagefind. Every output format is then read
 * back with a real parser: the text must come out as data, never as markup, a formula or a path.
 */

let payload: Payload
let snapshot: Snapshot
let dist: string
/** The snapshot and the built site, removed afterwards. */
let buildDir: string | undefined
const siteUrl = 'https://digiosallisuus.example.org'
let savedEnv: Record<string, string | undefined> = {}

/** The hostile strings in turn, so that each field gets a different one. */
let turn = 0
const nextHostile = () => hostileStrings[turn++ % hostileStrings.length]!

type Data = Record<string, unknown>

/** Rich text with the hostile strings as text, a heading, a list and a link with quotes and a script in its address. */
function hostileRichText() {
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    version: 1,
    detail: 0,
    mode: 'normal',
    style: '',
  })
  const block = (type: string, children: unknown[], extra: Data = {}) => ({
    type,
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    ...extra,
  })
  return {
    root: block('root', [
      block('heading', [text(nextHostile())], { tag: 'h2' }),
      block('paragraph', [text(nextHostile()), text(nextHostile())]),
      block('list', [block('listitem', [text(nextHostile())], { value: 1 })], {
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      }),
      block('paragraph', [
        block('link', [text(nextHostile())], {
          fields: { url: 'https://example.com/?q="><script>alert(1)</script>', newTab: false, linkType: 'custom' },
        }),
      ]),
    ]),
  }
}

/** The fields of a config with layout (tabs, rows, collapsibles) flattened, as the data is shaped. */
function dataFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as unknown as Field] : dataFields(tab.fields),
      )
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return dataFields(field.fields)
    if (field.type === 'group' && !('name' in field && field.name)) return dataFields(field.fields)
    return [field]
  })
}

/** Text and textarea fields; the CMS's own checks later refuse hostile text where only a code, an address or a slug is allowed. */
const textField = (field: Field) =>
  (field.type === 'text' || field.type === 'textarea') &&
  !('hasMany' in field && field.hasMany) &&
  field.name !== 'slug'

/**
 * The document `base` with a hostile string in every text field, hostile rich text in every
 * rich-text field, one hostile row in arrays that have none, and every relationship pointing at
 * the hostile documents created before.
 */
function hostile(fields: Field[], base: Data, created: Partial<Record<string, number | string>>): Data {
  const out: Data = { ...base }
  for (const field of dataFields(fields)) {
    if (!('name' in field) || !field.name) continue
    const name = field.name
    if (textField(field)) {
      const max = 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : Infinity
      out[name] = [...nextHostile()].slice(0, max).join('')
    } else if (field.type === 'richText') {
      out[name] = hostileRichText()
    } else if (field.type === 'group') {
      out[name] = hostile(field.fields, (base[name] ?? {}) as Data, created)
    } else if (field.type === 'array') {
      const rows = (base[name] as Data[] | undefined) ?? []
      out[name] = (rows.length > 0 ? rows : [blankRow(field.fields)]).map((row) => hostile(field.fields, row, created))
    } else if (
      field.type === 'relationship' &&
      typeof field.relationTo === 'string' &&
      created[field.relationTo] !== undefined
    ) {
      out[name] = field.hasMany ? [created[field.relationTo]] : created[field.relationTo]
    }
  }
  return out
}

/** A new array row with its required choices and numbers set; its text comes from `hostile`. */
function blankRow(fields: Field[]): Data {
  const row: Data = {}
  for (const field of dataFields(fields)) {
    if (!('name' in field) || !field.name || !('required' in field && field.required)) continue
    if (field.type === 'select') {
      const first = field.options[0]!
      const value = typeof first === 'string' ? first : first.value
      row[field.name] = field.hasMany ? [value] : value
    } else if (field.type === 'number') row[field.name] = Math.max(field.min ?? 1, 1)
  }
  return row
}

const at = (value: unknown, keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), value)

/**
 * Saves `data`; where the CMS refuses a field (a code, an address, a slug), that field goes back to
 * its value in `base`, or a row added here is dropped, and the save is tried again. Every text
 * field the CMS accepts hostile text in keeps it.
 */
async function saveAccepted<T>(save: (data: Data) => Promise<T>, data: Data, base: Data): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await save(data)
    } catch (error) {
      const refused = (error as { data?: { errors?: { path: string }[] } }).data?.errors?.map((item) => item.path)
      if (!refused?.length || attempt > 10) throw error
      for (const path of refused) {
        const keys = path.split('.')
        // The first row that was not in the base document: drop it whole.
        const added = keys.findIndex(
          (key, index) => /^\d+$/.test(key) && at(base, keys.slice(0, index + 1)) === undefined,
        )
        if (added !== -1) {
          ;(at(data, keys.slice(0, added)) as unknown[]).splice(Number(keys[added]), 1)
          continue
        }
        const parent = at(data, keys.slice(0, -1)) as Data
        const original = at(base, keys)
        if (original === undefined) delete parent[keys.at(-1)!]
        else parent[keys.at(-1)!] = original
      }
    }
  }
}

/** The value the hostile documents get for the fields the tests look up by name. */
const pinned: Partial<Record<CollectionKey, Data>> = {
  events: { title: redirectingTitle },
  indicators: { name: formulaName },
  posts: { title: '</script><script>alert(1)</script> ]]> &amp; \u2028 äöå NUL\u0000 \u0001\u001b[31m \uFFFF' },
  badges: { name: `${lettersThatMustSurvive} <svg onload=alert(1)> ]]> &amp; \u0000\u0001` },
  // The accessibility statement has fields of its own; give the hostile page that address.
  pages: { slug: 'accessibility' },
}

/**
 * Valid values a refused hostile value goes back to: the accessibility statement cannot be published
 * without a feedback channel, so a channel the CMS refuses falls back to the site's own form.
 */
const fallbacks: Partial<Record<CollectionKey, Data>> = {
  pages: { statement: { feedback: { channel: '/fi/palaute/' } } },
}

/** Every file the build wrote under a folder, with its path relative to the site root. */
function builtFiles(extension: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
    .sort()
}
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8')

/** Throws unless the text is a well-formed XML document with only characters XML allows. */
function parseXml(text: string, file: string): void {
  expect(XML_FORBIDDEN.test(text), `${file} holds a character XML does not allow`).toBe(false)
  const parser = sax.parser(true)
  parser.onerror = (error) => {
    throw new Error(`${file}: ${error.message}`)
  }
  parser.write(text).close()
}

/** Every string value anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

beforeAll(async () => {
  payload = await startPayload()
  const created: Record<string, number | string> = {}
  for (const [index, collection] of publicCollections.entries()) {
    const key = collection.slug as CollectionKey
    const base = { ...minimalDocument[key](index + 1), ...pinned[key], ...fallbacks[key], _status: 'published' }
    const data = { ...hostile(collection.fields, base, created), ...pinned[key] }
    const doc = await saveAccepted(
      (attempt) => payload.create({ collection: key, data: attempt as never, locale: 'fi', draft: false }),
      data,
      base,
    )
    created[key] = doc.id
  }
  const model = hostile(OperatingModel.fields, { _status: 'published' }, created)
  await saveAccepted(
    (attempt) => payload.updateGlobal({ slug: 'operating-model', data: attempt as never, locale: 'fi', draft: false }),
    model,
    { _status: 'published' },
  )
  // No address in the settings: the build takes SITE_URL (below), as it does when an editor leaves it empty.
  await publishSiteSettings(payload, { ...testPublisher, siteUrl: null })
  snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
  buildDir = fs.mkdtempSync(path.join(process.env.TOOLKIT_DATA_DIR!, 'hostile-'))
  writeSnapshot(snapshot, path.join(buildDir, 'snapshot.json'))
  // Open Badges 2.0 data needs an issuer e-mail; the site's address is the one the tests expect.
  savedEnv = { ISSUER_EMAIL: process.env.ISSUER_EMAIL, SITE_URL: process.env.SITE_URL }
  process.env.ISSUER_EMAIL = 'merkit@example.org'
  process.env.SITE_URL = siteUrl
  dist = (await buildSite(path.join(buildDir, 'snapshot.json'), path.join(buildDir, 'dist'))).outDir
}, 600_000)

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await payload?.destroy()
  if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true })
})

describe('hostile content through seed, export and build', () => {
  it('reaches the snapshot: one published document of every type, with the hostile text as it was typed', () => {
    for (const collection of publicCollections) {
      expect(snapshot.collections[collection.slug as CollectionKey], collection.slug).toHaveLength(1)
    }
    expect(snapshot.collections.events[0]!.content.fi!.title).toBe(redirectingTitle)
    expect(snapshot.collections.indicators[0]!.content.fi!.name).toBe(formulaName)
    expect(snapshot.model).not.toBeNull()
  })

  it('HTML: no page gains a meta refresh or a script, and every JSON script parses with the text as data', () => {
    const pages = builtFiles('.html')
    expect(pages.length).toBeGreaterThan(20)
    const scriptsFound = { ldJson: 0, datasets: 0, json: 0 }
    const contentInJson = new Set<string>()
    for (const file of pages) {
      const html = read(file)
      // Markup, with attribute values set aside: text inside a quoted value cannot start a tag.
      const markup = html.replace(/="[^"]*"/g, '=""')
      expect(markup, file).not.toMatch(/<meta[^>]+http-equiv/i)
      expect(markup, file).not.toContain('<script>alert(1)')
      expect(markup, file).not.toMatch(/<svg onload/i)
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (!/type="application\/(ld\+)?json"/.test(attributes!)) continue
        // The only way for text to end a script element early is a "<"; JSON in HTML has none.
        expect(body, `${file}: JSON script`).not.toContain('<')
        const data = JSON.parse(body!) as unknown
        if (attributes!.includes('ld+json')) {
          scriptsFound.ldJson++
          if ((data as { '@type': string })['@type'] === 'Dataset') {
            // The outcomes page describes its downloads; the hostile indicator name is not in it.
            scriptsFound.datasets++
            expect((data as { license: string }).license, file).toBe('https://creativecommons.org/licenses/by/4.0/')
            continue
          }
          expect((data as { name: string }).name, file).toBe(redirectingTitle)
          expect((data as { startDate: string }).startDate, file).toBe(snapshot.collections.events[0]!.start)
        } else {
          // Islands' page data: the planner and the self-assessment carry content (the hostile
          // text, exactly as typed); the others carry the site's own words.
          scriptsFound.json++
          if (strings(data).some((value) => hostileStrings.includes(value))) contentInJson.add(file)
        }
      }
    }
    // The event page and the outcomes page's Dataset in three languages each; the planner and the
    // self-assessment in three languages each.
    expect(scriptsFound.ldJson).toBe(6)
    expect(scriptsFound.datasets).toBe(3)
    const relative = (file: string) => `/${file.replace(/index\.html$/, '')}`
    const expected = langs.flatMap((lang) => [
      sectionPath(lang, 'planner'),
      detailPath(lang, 'self-assessments', snapshot.collections['self-assessments'][0]!.slug),
    ])
    expect([...contentInJson].map(relative).sort()).toEqual(expected.sort())
    expect(scriptsFound.json).toBeGreaterThan(contentInJson.size)
  })

  it('CSV: no cell starts with a formula character, the name is kept behind a quote, and numbers stay numbers', () => {
    const files = builtFiles('.csv')
    expect(files).toHaveLength(3)
    const indicator = snapshot.collections.indicators[0]!
    for (const file of files) {
      // Each language's CSV as its spreadsheet splits it: ";" in Finnish and Swedish, "," in English.
      const separator = file.startsWith('en/') ? ',' : ';'
      const [header, ...rows] = parseCsv(read(file).replace(/^\uFEFF/, ''), separator)
      expect(rows, file).toHaveLength(1)
      for (const cell of [...header!, ...rows.flat()])
        expect(cell, `${file}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/)
      const row = rows[0]!
      expect(row[header!.indexOf('name')], file).toBe(`'${formulaName}`)
      expect(row[header!.indexOf('value')], file).toBe(
        String(indicator.value).replace('.', separator === ';' ? ',' : '.'),
      )
    }
  })

  it('iCalendar: every file parses, the title comes back exactly, and no line is longer than 75 octets', () => {
    const files = builtFiles('.ics')
    expect(files).toHaveLength(6)
    const event = snapshot.collections.events[0]!
    for (const file of files) {
      const text = read(file)
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75)
      const events = new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
      expect(events, file).toHaveLength(1)
      expect(events[0]!.summary, file).toBe(redirectingTitle)
      // The summary, less the control characters iCalendar text may not hold, then the page's address.
      const summary = event.content
        .fi!.summary.replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      expect(events[0]!.description, file).toBe(
        `${summary}\n\n${new URL(detailPath(file.slice(0, 2) as Lang, 'events', event.slug), siteUrl).href}`,
      )
    }
  })

  it('RSS: every feed parses as XML and gives the post title back as text', async () => {
    const files = builtFiles('rss.xml')
    expect(files).toHaveLength(3)
    const title = snapshot.collections.posts[0]!.content.fi!.title
    for (const file of files) {
      const text = read(file)
      parseXml(text, file)
      const feed = await new Parser().parseString(text)
      // A feed only lists posts written in its language; the Finnish one has the hostile post,
      // less the characters no XML document can hold.
      if (file.startsWith('fi'))
        expect(
          feed.items.map((item) => item.title),
          file,
        ).toEqual([title.replace(new RegExp(XML_FORBIDDEN.source, 'g'), '')])
    }
  })

  it('SVG: every image parses as XML, with the badge name as text', () => {
    const files = builtFiles('.svg').filter((file) => !file.startsWith('pagefind'))
    expect(files.some((file) => file.startsWith('openbadges/images/'))).toBe(true)
    for (const file of files) parseXml(read(file), file)
    const badge = read(files.find((file) => file.startsWith('openbadges/images/'))!)
    expect(badge).toContain(lettersThatMustSurvive.split(' ')[0])
  })

  it('ZIP: entry names are plain relative paths, and the HTML inside escapes the text', () => {
    const files = builtFiles('.zip')
    expect(files).toHaveLength(3)
    for (const file of files) {
      const entries = unzipSync(new Uint8Array(fs.readFileSync(path.join(dist, file))))
      const names = Object.keys(entries)
      expect(names.length, file).toBeGreaterThan(2)
      for (const name of names)
        // Lower-case relative names, and the one fixed LICENSE.txt.
        expect(name, file).toMatch(
          /^(?:(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9.-]*\.(?:html|json|docx)|LICENSE\.txt)$/,
        )
      expect(
        names.some((name) => name.startsWith('handouts/')),
        file,
      ).toBe(true)
      expect(
        names.some((name) => name.startsWith('cheat-sheets/')),
        file,
      ).toBe(true)
      for (const name of names.filter((entry) => entry.endsWith('.html'))) {
        const html = new TextDecoder().decode(entries[name])
        expect(html, `${file}/${name}`).not.toContain('<script')
        expect(html, `${file}/${name}`).not.toMatch(/<meta[^>]+http-equiv/i)
        // A link leads to the web over https or to another file of this ZIP (the start page's list), nowhere else.
        for (const [, href] of html.matchAll(/href="([^"]*)"/g))
          expect(href!.startsWith('https://') || names.includes(href!), `${file}/${name}: ${href}`).toBe(true)
      }
      JSON.parse(new TextDecoder().decode(entries['manifest.json']))
    }
  })

  it('Open Badges JSON parses and keeps the badge name as data', () => {
    const files = builtFiles('.json').filter((file) => file.startsWith('openbadges/'))
    // The hostile badge has an issuer of its own without an e-mail, so only its Open Badges 3.0
    // Achievement is published (one per language): 2.0 requires the issuer's e-mail.
    expect(files.filter((file) => file.endsWith('/achievement.json'))).toHaveLength(3)
    const name = snapshot.collections.badges[0]!.content.fi!.name
    for (const file of files) {
      const data = JSON.parse(read(file)) as unknown
      if (!file.startsWith('openbadges/issuers/')) expect(strings(data), file).toContain(name)
    }
  })
})

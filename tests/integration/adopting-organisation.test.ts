import { unzipSync } from 'fflate'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, readPublishedLocal, writeSnapshot } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { seedContent } from '../../scripts/lib/seed'
import { buildSite } from '../../scripts/lib/site-build'
import { parseSnapshot, type Snapshot } from '@toolkit/contract/snapshot'
import { otherOrganisation, publishSiteSettings } from '../helpers/site-settings'

/**
 * An organisation that adopts the toolkit: the whole seed corpus, its own site settings, and the
 * build settings our own site is built with still in the environment (SITE_URL, ISSUER_EMAIL).
 * The pages whose text names the site are the organisation's to rewrite, as it would; after that,
 * nothing the build writes (pages, feeds, calendars, sitemap, Open Badges data, downloads) may
 * name us: every name and address comes from the settings, and they win over the environment.
 */
const ourNames = {
  'Digiosallisuuden työkalupakki': otherOrganisation.siteName.fi,
  'Digital Inclusion Toolkit': otherOrganisation.siteName.en,
  'Verktygslåda för digital delaktighet': otherOrganisation.siteName.sv,
  'Verktygslådan för digital delaktighet': otherOrganisation.siteName.sv,
}
const ourAddress = 'digiosallisuus.example.org'
const ourIssuerEmail = 'merkit@example.org'
const ours = [...Object.keys(ourNames), ourAddress, ourIssuerEmail]

let payload: Payload
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-adopting-'))
let outDir = ''
let logoId: number | string = ''
const savedEnv = { SITE_URL: process.env.SITE_URL, ISSUER_EMAIL: process.env.ISSUER_EMAIL }

/** The organisation's own edits of the pages that name the site in their text (about, accessibility). */
function rewriteDocuments(snapshot: Snapshot): Snapshot {
  let documents = JSON.stringify({ model: snapshot.model, collections: snapshot.collections })
  for (const [name, theirs] of Object.entries(ourNames)) documents = documents.split(name).join(theirs)
  return parseSnapshot({ ...snapshot, ...JSON.parse(documents) }, 'the adopted snapshot')
}

/** Every text the build wrote, with its path; a ZIP's files are read too. */
function builtTexts(): { file: string; text: string }[] {
  const texts: { file: string; text: string }[] = []
  const decoder = new TextDecoder()
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.relative(outDir, path.join(entry.parentPath, entry.name))
    // Pagefind's index is compressed; it is made from the pages checked here.
    if (file.startsWith('pagefind')) continue
    const bytes = fs.readFileSync(path.join(outDir, file))
    if (file.endsWith('.zip')) {
      for (const [name, data] of Object.entries(unzipSync(bytes)))
        texts.push({ file: `${file}:${name}`, text: decoder.decode(data) })
    } else if (/\.(html|xml|json|ics|csv|txt|js|css|svg|webmanifest|md|ts)$/.test(file) || !path.extname(file)) {
      texts.push({ file, text: bytes.toString('utf8') })
    }
  }
  return texts
}

beforeAll(async () => {
  process.env.SITE_URL = `https://${ourAddress}`
  process.env.ISSUER_EMAIL = ourIssuerEmail
  payload = await startPayload()
  // The real corpus, not the tests' small one (tests/integration/setup.ts).
  await seedContent(payload, path.resolve('content'))
  await publishSiteSettings(payload, otherOrganisation)
  // Its logo, uploaded in the CMS and chosen in the settings.
  const logo = await sharp({ create: { width: 240, height: 96, channels: 3, background: '#7a1f5c' } })
    .png()
    .toBuffer()
  logoId = (
    await payload.create({
      collection: 'media',
      data: { alt: 'Esimerkkiyhdistyksen logo' },
      file: { data: logo, name: 'logo.png', mimetype: 'image/png', size: logo.length },
    })
  ).id
  await payload.updateGlobal({ slug: 'site-settings', data: { logo: logoId, _status: 'published' } })
  const snapshotFile = path.join(dir, 'snapshot.json')
  writeSnapshot(rewriteDocuments(assembleSnapshot('local', await readPublishedLocal(payload))), snapshotFile)
  outDir = (await buildSite(snapshotFile, path.join(dir, 'dist'))).outDir
}, 600_000)

afterAll(async () => {
  await payload?.destroy()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('a site built for another organisation', () => {
  it('names none of ours anywhere: pages, feeds, sitemap, Open Badges data, downloads', () => {
    const texts = builtTexts()
    expect(texts.length).toBeGreaterThan(100)
    const found = texts.flatMap(({ file, text }) =>
      ours.filter((mine) => text.includes(mine)).map((mine) => `${file}: ${mine}`),
    )
    expect(found).toEqual([])
  })

  it('names the organisation instead, from its settings', () => {
    const home = fs.readFileSync(path.join(outDir, 'fi', 'index.html'), 'utf8')
    expect(home).toContain(`<h1>${otherOrganisation.siteName.fi}</h1>`)
    expect(home).toContain(`<link rel="canonical" href="${otherOrganisation.siteUrl}/fi/">`)
    expect(home).toContain(`href="mailto:${otherOrganisation.contactEmail}"`)
    expect(home).toContain(`href="${otherOrganisation.feedbackAddress}"`)
    expect(home).toContain(otherOrganisation.organisationName.fi)
    // The logo beside the name, published with the site; the name is the link's text, so the image is not read out.
    const logo =
      /<a class="site-name" href="\/fi\/"><img class="site-logo" src="(\/media\/[^"]+)" alt="" width="240" height="96">/.exec(
        home,
      )
    expect(logo?.[1]).toMatch(new RegExp(`^/media/${logoId}/`))
    expect(fs.existsSync(path.join(outDir, decodeURI(logo![1]!)))).toBe(true)
    const english = fs.readFileSync(path.join(outDir, 'en', 'index.html'), 'utf8')
    expect(english).toContain(`<h1>${otherOrganisation.siteName.en}</h1>`)
    expect(fs.readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>${otherOrganisation.siteUrl}/fi/</loc>`,
    )
  })

  it("issues the badges in the organisation's name, with its e-mail (Open Badges 2.0)", () => {
    const issuers = fs.readdirSync(path.join(outDir, 'openbadges', 'issuers'))
    expect(issuers).toEqual(['esimerkkiyhdistys-ry.json'])
    const issuer = JSON.parse(fs.readFileSync(path.join(outDir, 'openbadges', 'issuers', issuers[0]!), 'utf8'))
    expect(issuer).toMatchObject({
      type: 'Issuer',
      name: otherOrganisation.issuer.name,
      email: otherOrganisation.issuer.email,
      url: `${otherOrganisation.siteUrl}/`,
      id: `${otherOrganisation.siteUrl}/openbadges/issuers/esimerkkiyhdistys-ry.json`,
    })
  })
})

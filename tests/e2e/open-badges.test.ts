import Ajv2019 from 'ajv/dist/2019'
import addFormats from 'ajv-formats'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { builtSite } from '../helpers/site'
import { findStandardsDir } from '../helpers/standards'

// The badges as Open Badges data: 3.0 Achievements validated against 1EdTech's official JSON
// Schemas (../shared/standards/openbadges-3.0, or STANDARDS_DIR), 2.0 BadgeClass and Issuer
// against the required fields of the 2.0 specification.
const { siteUrl, snapshot } = builtSite()
const langs = ['fi', 'en', 'sv'] as const
const standardsDir = findStandardsDir('openbadges-3.0')

async function json(url: string) {
  const response = await fetch(new URL(url, siteUrl))
  expect(response.status, url).toBe(200)
  return response.json()
}

/** The link a badge page gives to its data, as the site prints it. */
async function dataLinks(lang: string, slug: string) {
  const html = await (
    await fetch(new URL(`/${lang}/${{ fi: 'osaamismerkit', en: 'badges', sv: 'marken' }[lang]}/${slug}/`, siteUrl))
  ).text()
  return [...html.matchAll(/href="(\/openbadges\/[^"]+\.json)"/g)].map((match) => match[1]!)
}

describe.skipIf(!standardsDir)('Open Badges 3.0', () => {
  it('every badge in every language is a valid Achievement', async () => {
    const ajv = new Ajv2019({ strict: false, strictTuples: false, allErrors: true })
    addFormats(ajv)
    const schema = JSON.parse(
      fs.readFileSync(path.join(standardsDir!, 'openbadges-3.0', 'achievementcredential.schema.json'), 'utf8'),
    )
    ajv.addSchema(schema, 'achievementcredential')
    const validate = ajv.getSchema('achievementcredential#/$defs/Achievement')!
    expect(validate).toBeDefined()
    for (const badge of snapshot.collections.badges) {
      for (const lang of langs) {
        const link = (await dataLinks(lang, badge.slug)).find((href) => href.endsWith('/achievement.json'))!
        const achievement = await json(link)
        const valid = validate(achievement)
        expect(valid, `${link}: ${ajv.errorsText(validate.errors)}`).toBe(true)
        expect(achievement.alignment.length).toBe(badge.digcomp22.length + badge.digcomp30.length)
        expect((await fetch(achievement.image.id.replace(/^https?:\/\/[^/]+/, siteUrl))).status).toBe(200)
      }
    }
  })

  it('a broken Achievement fails the same schema (the check can fail)', () => {
    const ajv = new Ajv2019({ strict: false, strictTuples: false })
    addFormats(ajv)
    ajv.addSchema(
      JSON.parse(
        fs.readFileSync(path.join(standardsDir!, 'openbadges-3.0', 'achievementcredential.schema.json'), 'utf8'),
      ),
      'a',
    )
    expect(ajv.getSchema('a#/$defs/Achievement')!({ id: 'x', type: ['Achievement'], name: 'N' })).toBe(false)
  })
})

describe('Open Badges 2.0', () => {
  it('every BadgeClass and its Issuer carry the fields the 2.0 specification requires', async () => {
    for (const badge of snapshot.collections.badges) {
      const link = (await dataLinks('fi', badge.slug)).find((href) => href.endsWith('/badgeclass.json'))!
      expect(link, badge.slug).toBeDefined()
      const badgeClass = await json(link)
      expect(badgeClass['@context']).toBe('https://w3id.org/openbadges/v2')
      expect(badgeClass.type).toBe('BadgeClass')
      for (const field of ['id', 'name', 'description', 'image', 'criteria', 'issuer'])
        expect(badgeClass[field], `${link}: ${field}`).toBeTruthy()
      const issuer = await json(new URL(badgeClass.issuer).pathname)
      expect(issuer.type).toBe('Issuer')
      for (const field of ['id', 'name', 'url', 'email']) expect(issuer[field], `issuer ${field}`).toBeTruthy()
      expect(issuer.id).toBe(badgeClass.issuer)
    }
  })
})

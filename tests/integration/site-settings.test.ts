import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'
import { rest, restLogin } from '../helpers/rest'
import { publishSiteSettings, testPublisher } from '../helpers/site-settings'

// The site settings name the publisher on every page: only an editor may publish them, and what
// becomes a link on every page must be a safe one.

type Role = 'editor' | 'contributor'
let payload: Payload
const tokens = {} as Record<Role, string>
const SETTINGS = '/api/globals/site-settings'

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['editor', 'contributor'] as const) {
    const password = `salasana-${role}-123`
    await payload.create({ collection: 'users', data: { email: `${role}@example.org`, password, role } })
    tokens[role] = await restLogin(`${role}@example.org`, password)
  }
  await publishSiteSettings(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const publicSiteName = async () => (await rest('GET', `${SETTINGS}?locale=fi`)).body?.siteName

describe('site settings: who may publish them', () => {
  it('anonymous readers see the published settings', async () => {
    expect(await publicSiteName()).toBe(testPublisher.siteName.fi)
  })

  it('a contributor cannot publish over REST, however the save is phrased, and nothing changes', async () => {
    for (const [query, body] of [
      ['', { siteName: 'Kaapattu sivusto' }],
      ['', { siteName: 'Kaapattu sivusto', _status: 'published' }],
      ['?draft=true', { siteName: 'Kaapattu sivusto', _status: 'published' }],
      ['', { _status: 'draft' }],
    ] as const) {
      const answer = await rest('POST', `${SETTINGS}${query}${query ? '&' : '?'}locale=fi`, {
        token: tokens.contributor,
        body,
      })
      expect(answer.status, `${query} ${JSON.stringify(body)}`).toBe(403)
    }
    expect(await publicSiteName()).toBe(testPublisher.siteName.fi)
    const stored = await payload.findGlobal({ slug: 'site-settings', draft: false, locale: 'fi' })
    expect(stored._status).toBe('published')
  })

  it("a contributor's draft is kept and stays private", async () => {
    const answer = await rest('POST', `${SETTINGS}?draft=true&locale=fi`, {
      token: tokens.contributor,
      body: { siteName: 'Luonnosnimi' },
    })
    expect(answer.status).toBe(200)
    expect(await publicSiteName()).toBe(testPublisher.siteName.fi)
  })

  it('an editor publishes', async () => {
    const answer = await rest('POST', `${SETTINGS}?locale=fi`, {
      token: tokens.editor,
      body: { siteName: 'Toimittajan sivusto', _status: 'published' },
    })
    expect(answer.status).toBe(200)
    expect(await publicSiteName()).toBe('Toimittajan sivusto')
  })
})

describe('site settings: safe values only', () => {
  it.each([
    ['a javascript: feedback link', { feedbackAddress: 'javascript:alert(1)' }, 'feedbackAddress'],
    ['a data: feedback link', { feedbackAddress: 'data:text/html,<script>alert(1)</script>' }, 'feedbackAddress'],
    ['a feedback address on plain http', { feedbackAddress: 'http://example.org/palaute' }, 'feedbackAddress'],
    ['a contact e-mail that is not one', { contactEmail: 'javascript:alert(1)' }, 'contactEmail'],
    ['a site address on plain http', { siteUrl: 'http://example.org' }, 'siteUrl'],
    ['a badge issuer address with javascript:', { issuer: { url: 'javascript:alert(1)' } }, 'issuer.url'],
    ['a badge issuer e-mail that is not one', { issuer: { email: 'merkit' } }, 'issuer.email'],
  ])('refuses %s over REST, naming the field, and keeps the published settings', async (_name, data, field) => {
    const answer = await rest('POST', `${SETTINGS}?locale=fi`, {
      token: tokens.editor,
      body: { ...data, _status: 'published' },
    })
    expect(answer.status).toBe(400)
    const paths = ((answer.body?.errors ?? []) as { data?: { errors?: { path: string }[] } }[]).flatMap((error) =>
      (error.data?.errors ?? []).map((fieldError) => fieldError.path),
    )
    expect(paths).toContain(field)
    const stored = await payload.findGlobal({ slug: 'site-settings', draft: false })
    expect(JSON.stringify(stored)).not.toMatch(/javascript:|data:text|http:\/\//)
  })

  it('accepts an https feedback form or an e-mail address', async () => {
    for (const feedbackAddress of [
      'https://example.org/palaute',
      'palaute@example.org',
      'mailto:palaute@example.org',
    ]) {
      const answer = await rest('POST', `${SETTINGS}?locale=fi`, {
        token: tokens.editor,
        body: { feedbackAddress, _status: 'published' },
      })
      expect(answer.status, feedbackAddress).toBe(200)
    }
  })
})

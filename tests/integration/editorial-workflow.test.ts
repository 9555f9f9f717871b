import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, readPublishedLocal } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { minimalDocument } from '../helpers/documents'
import { rest, restLogin } from '../helpers/rest'

// The editorial workflow as editors and contributors meet it, over REST as the admin sends it and
// as someone who knows the API would try it: the review mark, addresses that survive a rename,
// badges whose address never changes once public, and the trash.

type Role = 'editor' | 'contributor'
let payload: Payload
const tokens = {} as Record<Role, string>
let counter = 0

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['editor', 'contributor'] as const) {
    const password = `salasana-${role}-123`
    await payload.create({ collection: 'users', data: { email: `${role}@example.org`, password, role } })
    tokens[role] = await restLogin(`${role}@example.org`, password)
  }
})

afterAll(async () => {
  await payload?.destroy()
})

async function publishedComponent() {
  counter++
  return payload.create({
    collection: 'components',
    data: { ...minimalDocument.components(counter), _status: 'published' } as never,
  })
}

describe('the review mark', () => {
  it('a contributor marks a draft ready; editors find it; publishing clears the mark', async () => {
    const doc = await publishedComponent()
    const marked = await rest('PATCH', `/api/components/${doc.id}?draft=true&locale=fi`, {
      token: tokens.contributor,
      body: { summary: 'Uusi tiivistelmä', readyForReview: true },
    })
    expect(marked.status).toBe(200)

    const waiting = await rest('GET', '/api/components?draft=true&where[readyForReview][equals]=true&depth=0', {
      token: tokens.editor,
    })
    expect(waiting.body.docs.map((found: { id: unknown }) => found.id)).toContain(doc.id)

    const published = await rest('PATCH', `/api/components/${doc.id}?locale=fi`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const after = await payload.findByID({ collection: 'components', id: doc.id, draft: true, depth: 0 })
    expect(after.readyForReview).toBe(false)
    expect(after.summary).toBe('Uusi tiivistelmä')
  })

  it('is never shown to anonymous readers nor exported to the site', async () => {
    const doc = await publishedComponent()
    await payload.update({ collection: 'components', id: doc.id, data: { readyForReview: true } as never })
    const anonymous = await rest('GET', `/api/components/${doc.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('readyForReview')
    const snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
    const exported = snapshot.collections.components.find((found) => found.slug === doc.slug)
    expect(exported).toBeDefined()
    expect(exported).not.toHaveProperty('readyForReview')
  })
})

describe('addresses that survive a rename', () => {
  it('keeps the published slug when the document is published under a new one', async () => {
    const doc = await publishedComponent()
    const renamed = await rest('PATCH', `/api/components/${doc.id}?locale=fi`, {
      token: tokens.editor,
      body: { slug: `${doc.slug}-uusi`, _status: 'published' },
    })
    expect(renamed.status).toBe(200)
    const again = await rest('PATCH', `/api/components/${doc.id}?locale=fi`, {
      token: tokens.editor,
      body: { slug: `${doc.slug}-kolmas`, _status: 'published' },
    })
    expect(again.status).toBe(200)
    const snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
    const exported = snapshot.collections.components.find((found) => found.slug === `${doc.slug}-kolmas`)
    expect(exported?.previousSlugs).toEqual([doc.slug, `${doc.slug}-uusi`])
  })

  it('keeps nothing for a slug that was only ever a draft', async () => {
    const doc = await publishedComponent()
    // A draft tries two names before the editor publishes the second.
    for (const name of ['luonnosnimi', `${doc.slug}-valmis`]) {
      const saved = await rest('PATCH', `/api/components/${doc.id}?draft=true&locale=fi`, {
        token: tokens.editor,
        body: { slug: name },
      })
      expect(saved.status).toBe(200)
    }
    await rest('PATCH', `/api/components/${doc.id}?locale=fi`, { token: tokens.editor, body: { _status: 'published' } })
    const stored = await payload.findByID({ collection: 'components', id: doc.id, depth: 0 })
    expect(stored.slug).toBe(`${doc.slug}-valmis`)
    expect(stored.previousSlugs).toEqual([doc.slug])
  })

  it('refuses to change the address of a published badge, in the editor’s language, and saves nothing', async () => {
    counter++
    const badge = await payload.create({
      collection: 'badges',
      data: { ...minimalDocument.badges(counter), _status: 'published' } as never,
    })
    for (const draft of [true, false]) {
      const answer = await rest('PATCH', `/api/badges/${badge.id}?locale=fi${draft ? '&draft=true' : ''}`, {
        token: tokens.editor,
        body: { slug: `${badge.slug}-uusi`, ...(draft ? {} : { _status: 'published' }) },
        headers: { 'accept-language': 'fi' },
      })
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.body)).toContain('osoitetunnistetta ei voi muuttaa')
    }
    const stored = await payload.findByID({ collection: 'badges', id: badge.id, draft: true, depth: 0 })
    expect(stored.slug).toBe(badge.slug)
  })
})

describe('the trash', () => {
  async function trash(id: number | string, role: Role) {
    return rest('PATCH', `/api/components/${id}?locale=fi`, {
      token: tokens[role],
      body: { deletedAt: new Date().toISOString() },
    })
  }

  it('an editor moves a published document to the trash: it leaves the site, and can come back', async () => {
    const doc = await publishedComponent()
    expect((await trash(doc.id, 'editor')).status).toBe(200)

    // Not for anonymous readers, however they ask.
    for (const query of ['', '?trash=true', '?trash=true&where[deletedAt][exists]=true']) {
      const one = await rest('GET', `/api/components/${doc.id}${query}`)
      expect(one.status, `GET one ${query}`).toBe(404)
    }
    const list = await rest('GET', `/api/components?trash=true&where[deletedAt][exists]=true&depth=0&limit=100`)
    expect(list.body.docs ?? []).toEqual([])
    const snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(snapshot.collections.components.map((found) => found.slug)).not.toContain(doc.slug)

    // Editors see it in the trash and restore it.
    const trashed = await rest('GET', `/api/components?trash=true&where[deletedAt][exists]=true&depth=0`, {
      token: tokens.editor,
    })
    expect(trashed.body.docs.map((found: { id: unknown }) => found.id)).toContain(doc.id)
    const restored = await rest('PATCH', `/api/components/${doc.id}?trash=true&locale=fi`, {
      token: tokens.editor,
      body: { deletedAt: null },
    })
    expect(restored.status).toBe(200)
    expect((await rest('GET', `/api/components/${doc.id}`)).status).toBe(200)
  })

  it('a contributor saves a draft as the admin sends it (with deletedAt: null)', async () => {
    const doc = await publishedComponent()
    const saved = await rest('PATCH', `/api/components/${doc.id}?draft=true&locale=fi`, {
      token: tokens.contributor,
      body: { summary: 'Kirjoittajan muutos', deletedAt: null, readyForReview: true },
    })
    expect(saved.status).toBe(200)
  })

  it('a contributor may neither move a document to the trash nor take one out', async () => {
    const doc = await publishedComponent()
    for (const draft of ['', '&draft=true']) {
      const answer = await rest('PATCH', `/api/components/${doc.id}?locale=fi${draft}`, {
        token: tokens.contributor,
        body: { deletedAt: new Date().toISOString() },
      })
      expect(answer.status, `trash${draft}`).toBeGreaterThanOrEqual(400)
    }
    expect((await rest('GET', `/api/components/${doc.id}`)).status).toBe(200)

    await trash(doc.id, 'editor')
    const back = await rest('PATCH', `/api/components/${doc.id}?trash=true&draft=true&locale=fi`, {
      token: tokens.contributor,
      body: { deletedAt: null },
    })
    expect(back.status).toBeGreaterThanOrEqual(400)
    expect((await rest('GET', `/api/components/${doc.id}`)).status).toBe(404)
  })
})

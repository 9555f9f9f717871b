import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'
import { collectionKeys, type CollectionKey } from '@toolkit/contract/snapshot'
import { minimalDocument, titleFieldOf } from '../helpers/documents'
import { rest, restLogin } from '../helpers/rest'

// The publishing policy over plain REST, as a contributor who knows the API would try it: every
// write that could change what the public sees must be refused and change nothing, however the
// request is phrased (no draft flag, an explicit draft status, odd spellings of the flag, bulk
// updates, duplicates, restoring versions, the global, the jobs queue).

type Role = 'admin' | 'editor' | 'contributor'
let payload: Payload
const tokens = {} as Record<Role, string>
const ids = {} as Record<Role, string | number>
let counter = 0

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const password = `salasana-${role}-123`
    const user = await payload.create({ collection: 'users', data: { email: `${role}@example.org`, password, role } })
    ids[role] = user.id
    tokens[role] = await restLogin(`${role}@example.org`, password)
  }
})

afterAll(async () => {
  await payload?.destroy()
})

async function published(collection: CollectionKey) {
  counter++
  return payload.create({
    collection,
    data: { ...minimalDocument[collection](counter), _status: 'published' } as never,
  })
}

/** What an anonymous reader gets for the document over REST. */
async function anonymousView(collection: CollectionKey, id: string | number) {
  return rest('GET', `/api/${collection}/${id}?locale=fi&depth=0`)
}

/** The public document as stored (not the latest draft). */
async function publicDoc(collection: CollectionKey, id: string | number) {
  return (await payload.findByID({ collection, id, draft: false, depth: 0 })) as unknown as Record<string, unknown>
}

describe.each(collectionKeys)('%s: a contributor over REST cannot change what is public', (collection) => {
  const field = titleFieldOf(collection)

  it('PATCH without draft=true (no _status in the body) is refused and changes nothing', async () => {
    const doc = await published(collection)
    const before = await publicDoc(collection, doc.id)
    const answer = await rest('PATCH', `/api/${collection}/${doc.id}?locale=fi`, {
      token: tokens.contributor,
      body: { [field]: 'Kaapattu' },
    })
    expect(answer.status).toBe(403)
    expect(await publicDoc(collection, doc.id)).toEqual(before)
    expect((await anonymousView(collection, doc.id)).body[field]).toBe(before[field])
  })

  it('PATCH {"_status":"draft"} (unpublish) is refused and the document stays public', async () => {
    const doc = await published(collection)
    for (const query of ['', '?draft=false', '?draft=TRUE', '?draft=1', '?draft=true&draft=false']) {
      const answer = await rest('PATCH', `/api/${collection}/${doc.id}${query}`, {
        token: tokens.contributor,
        body: { _status: 'draft' },
      })
      expect(answer.status, query).toBe(403)
    }
    expect((await anonymousView(collection, doc.id)).status).toBe(200)
    expect((await publicDoc(collection, doc.id))._status).toBe('published')
  })

  it('PATCH ?draft=true asking for _status "published" is refused', async () => {
    const doc = await published(collection)
    const answer = await rest('PATCH', `/api/${collection}/${doc.id}?draft=true`, {
      token: tokens.contributor,
      body: { [field]: 'Julkaistaan itse', _status: 'published' },
    })
    expect(answer.status).toBe(403)
    expect((await publicDoc(collection, doc.id))[field]).not.toBe('Julkaistaan itse')
  })

  it('a draft save (?draft=true) is kept as a version; the public document and anonymous readers see no change', async () => {
    const doc = await published(collection)
    const before = await publicDoc(collection, doc.id)
    const answer = await rest('PATCH', `/api/${collection}/${doc.id}?draft=true&locale=fi`, {
      token: tokens.contributor,
      body: { [field]: 'Luonnosmuutos' },
    })
    expect(answer.status).toBe(200)
    expect(await publicDoc(collection, doc.id)).toEqual(before)
    expect((await anonymousView(collection, doc.id)).body[field]).toBe(before[field])
    expect(
      (await rest('GET', `/api/${collection}/${doc.id}?draft=true&locale=fi`, { token: tokens.contributor })).body[
        field
      ],
    ).toBe('Luonnosmuutos')
  })

  it('a bulk PATCH by query changes nothing', async () => {
    const doc = await published(collection)
    const before = await publicDoc(collection, doc.id)
    const answer = await rest('PATCH', `/api/${collection}?where[id][equals]=${doc.id}`, {
      token: tokens.contributor,
      body: { [field]: 'Massamuutos', _status: 'draft' },
    })
    expect(answer.status).not.toBe(200)
    expect(await publicDoc(collection, doc.id)).toEqual(before)
  })

  it('creating published is refused; creating a draft works and stays private', async () => {
    counter++
    const data = minimalDocument[collection](counter)
    expect(
      (await rest('POST', `/api/${collection}`, { token: tokens.contributor, body: { ...data, _status: 'published' } }))
        .status,
    ).toBe(403)
    expect(
      (
        await rest('POST', `/api/${collection}?draft=true`, {
          token: tokens.contributor,
          body: { ...data, _status: 'published' },
        })
      ).status,
    ).toBe(403)
    const created = await rest('POST', `/api/${collection}?draft=true`, { token: tokens.contributor, body: data })
    expect(created.status).toBe(201)
    expect(created.body.doc._status).toBe('draft')
    expect((await anonymousView(collection, created.body.doc.id)).status).toBe(404)
  })

  it('duplicating a published document never makes a published copy', async () => {
    const doc = await published(collection)
    for (const query of ['', '?draft=false']) {
      const answer = await rest('POST', `/api/${collection}/${doc.id}/duplicate${query}`, {
        token: tokens.contributor,
        body: {},
      })
      if (answer.status < 300) {
        const copy = await payload.findByID({ collection, id: answer.body.doc.id, draft: false, depth: 0 })
        expect((copy as { _status?: string })._status, query).toBe('draft')
      } else expect(answer.status, query).toBe(403)
    }
  })

  it('restoring a version over the public document is refused; restoring as a draft is allowed', async () => {
    const doc = await published(collection)
    await payload.update({ collection, id: doc.id, draft: true, data: { [field]: 'Vanha luonnos' } as never })
    const versions = await payload.findVersions({
      collection,
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    const draftVersion = versions.docs[0]!
    const before = await publicDoc(collection, doc.id)
    const refused = await rest('POST', `/api/${collection}/versions/${draftVersion.id}`, { token: tokens.contributor })
    expect(refused.status).toBe(403)
    expect(await publicDoc(collection, doc.id)).toEqual(before)
    const asDraft = await rest('POST', `/api/${collection}/versions/${draftVersion.id}?draft=true`, {
      token: tokens.contributor,
    })
    expect(asDraft.status).toBe(200)
    expect(await publicDoc(collection, doc.id)).toEqual(before)
  })

  it('DELETE is refused', async () => {
    const doc = await published(collection)
    expect((await rest('DELETE', `/api/${collection}/${doc.id}`, { token: tokens.contributor })).status).toBe(403)
    expect((await anonymousView(collection, doc.id)).status).toBe(200)
  })

  it('anonymous writes of any kind are refused and change nothing', async () => {
    const doc = await published(collection)
    const before = await publicDoc(collection, doc.id)
    counter++
    const attempts: [string, string, unknown][] = [
      ['PATCH', `/api/${collection}/${doc.id}`, { [field]: 'Nimetön' }],
      ['PATCH', `/api/${collection}/${doc.id}?draft=true`, { [field]: 'Nimetön' }],
      ['POST', `/api/${collection}`, { ...minimalDocument[collection](counter), _status: 'published' }],
      ['POST', `/api/${collection}/${doc.id}/duplicate`, {}],
      ['DELETE', `/api/${collection}/${doc.id}`, undefined],
    ]
    for (const [method, path, body] of attempts) {
      expect([401, 403], `${method} ${path}`).toContain((await rest(method, path, { body })).status)
    }
    expect(await publicDoc(collection, doc.id)).toEqual(before)
  })

  it('an editor publishes with a plain PATCH', async () => {
    const doc = await published(collection)
    const answer = await rest('PATCH', `/api/${collection}/${doc.id}?locale=fi`, {
      token: tokens.editor,
      body: { [field]: 'Toimittajan muutos' },
    })
    expect(answer.status).toBe(200)
    expect((await anonymousView(collection, doc.id)).body[field]).toBe('Toimittajan muutos')
  })
})

describe('the same contributor signed in by cookie, with the odd spellings Payload accepts', () => {
  it.each([
    ['payload-token=<t>'],
    ['payload-token =<t>'],
    [' payload-token=<t>; other=1'],
    ['other=1;payload-token=<t>'],
  ])('Cookie "%s": a plain PATCH is still refused', async (cookie) => {
    const doc = await published('posts')
    const answer = await rest('PATCH', `/api/posts/${doc.id}`, {
      headers: { cookie: cookie.replace('<t>', tokens.contributor) },
      body: { title: 'Evästeellä' },
    })
    expect([401, 403]).toContain(answer.status)
    expect((await publicDoc('posts', doc.id)).title).not.toBe('Evästeellä')
  })
})

describe('the operating model (a global)', () => {
  beforeAll(async () => {
    await payload.updateGlobal({
      slug: 'operating-model',
      data: { title: 'Julkinen malli', shortDescription: 'Lyhyesti.', _status: 'published' },
    })
  })

  it('a contributor POST without draft=true is refused and changes nothing', async () => {
    for (const body of [
      { title: 'Kaapattu malli' },
      { _status: 'draft' },
      { title: 'Kaapattu', _status: 'published' },
    ]) {
      const answer = await rest('POST', '/api/globals/operating-model?locale=fi', { token: tokens.contributor, body })
      expect(answer.status, JSON.stringify(body)).toBe(403)
    }
    const seen = await rest('GET', '/api/globals/operating-model?locale=fi')
    expect(seen.body.title).toBe('Julkinen malli')
    expect(seen.body._status).toBe('published')
  })

  it('a contributor draft save is kept and stays private', async () => {
    const answer = await rest('POST', '/api/globals/operating-model?draft=true&locale=fi', {
      token: tokens.contributor,
      body: { title: 'Mallin luonnos' },
    })
    expect(answer.status).toBe(200)
    expect((await rest('GET', '/api/globals/operating-model?locale=fi')).body.title).toBe('Julkinen malli')
  })

  it('restoring a version of the model is refused for a contributor, also "as a draft" (Payload would unpublish the model)', async () => {
    const versions = await payload.findGlobalVersions({ slug: 'operating-model', sort: '-updatedAt', limit: 1 })
    for (const query of ['', '?draft=true']) {
      const answer = await rest('POST', `/api/globals/operating-model/versions/${versions.docs[0]!.id}${query}`, {
        token: tokens.contributor,
      })
      expect(answer.status, query).toBe(403)
    }
    const seen = await rest('GET', '/api/globals/operating-model?locale=fi')
    expect(seen.body.title).toBe('Julkinen malli')
    expect(seen.body._status).toBe('published')
  })

  it('an editor\'s "restore as draft" of the model is refused with a reason instead of unpublishing it', async () => {
    const versions = await payload.findGlobalVersions({ slug: 'operating-model', sort: '-updatedAt', limit: 1 })
    const answer = await rest('POST', `/api/globals/operating-model/versions/${versions.docs[0]!.id}?draft=true`, {
      token: tokens.editor,
    })
    expect(answer.status).toBe(400)
    // The reason, in Finnish (the default interface language): the model's publication would be undone.
    expect(answer.body.errors[0].message).toMatch(/julkaisu peruuntuisi/)
    expect((await rest('GET', '/api/globals/operating-model?locale=fi')).body._status).toBe('published')
  })

  it('an editor publishes', async () => {
    const answer = await rest('POST', '/api/globals/operating-model?locale=fi', {
      token: tokens.editor,
      body: { title: 'Toimittajan malli', _status: 'published' },
    })
    expect(answer.status).toBe(200)
    expect((await rest('GET', '/api/globals/operating-model?locale=fi')).body.title).toBe('Toimittajan malli')
  })
})

describe('accounts', () => {
  it('a contributor or an editor cannot unlock an account; an admin can', async () => {
    const email = 'lukittu@example.org'
    await payload.create({ collection: 'users', data: { email, password: 'oikea-salasana-123', role: 'editor' } })
    for (let attempt = 0; attempt < 5; attempt++)
      await rest('POST', '/api/users/login', { body: { email, password: `väärä-${attempt}` } })
    for (const role of ['contributor', 'editor'] as const) {
      expect((await rest('POST', '/api/users/unlock', { token: tokens[role], body: { email } })).status, role).toBe(403)
    }
    expect((await rest('POST', '/api/users/unlock', { body: { email } })).status).toBe(403)
    expect(
      (await rest('POST', '/api/users/login', { body: { email, password: 'oikea-salasana-123' } })).status,
    ).not.toBe(200)
    expect((await rest('POST', '/api/users/unlock', { token: tokens.admin, body: { email } })).status).toBe(200)
    expect((await rest('POST', '/api/users/login', { body: { email, password: 'oikea-salasana-123' } })).status).toBe(
      200,
    )
  })

  it('a contributor cannot raise their own role or change another account over REST', async () => {
    expect(
      (await rest('PATCH', `/api/users/${ids.contributor}`, { token: tokens.contributor, body: { role: 'admin' } }))
        .body?.doc?.role ?? 'contributor',
    ).toBe('contributor')
    expect((await payload.findByID({ collection: 'users', id: ids.contributor })).role).toBe('contributor')
    expect([403, 404]).toContain(
      (await rest('PATCH', `/api/users/${ids.editor}`, { token: tokens.contributor, body: { name: 'Muutettu' } }))
        .status,
    )
  })
})

describe('scheduled publishing', () => {
  it("a publish queued in a contributor's name publishes nothing when it runs", async () => {
    const doc = await payload.create({
      collection: 'posts',
      draft: true,
      data: { ...minimalDocument.posts(++counter), _status: 'draft' } as never,
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: {
        type: 'publish',
        doc: { relationTo: 'posts', value: doc.id as number },
        user: { relationTo: 'users', value: ids.contributor as never },
      },
    })
    await payload.jobs.run({ silent: true })
    expect((await publicDoc('posts', doc.id))._status).toBe('draft')
    expect((await payload.findByID({ collection: 'payload-jobs', id: job.id })).hasError).toBe(true)
  })

  it("a contributor cannot delete a scheduled job, as the admin's schedule drawer would", async () => {
    const doc = await payload.create({
      collection: 'posts',
      draft: true,
      data: { ...minimalDocument.posts(++counter), _status: 'draft' } as never,
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 3_600_000),
      input: {
        type: 'publish',
        doc: { relationTo: 'posts', value: doc.id as number },
        user: { relationTo: 'users', value: ids.editor as never },
      },
    })
    const contributor = {
      ...(await payload.findByID({ collection: 'users', id: ids.contributor })),
      collection: 'users' as const,
    }
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: contributor as never }, payload)
    await expect(
      payload.delete({ collection: 'payload-jobs', req, where: { id: { equals: job.id } } }),
    ).resolves.toMatchObject({ errors: [expect.anything()] })
    expect((await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(1)
  })

  it('the jobs endpoints are for editors', async () => {
    expect([401, 403]).toContain((await rest('GET', '/api/payload-jobs/run', { token: tokens.contributor })).status)
    expect([401, 403]).toContain((await rest('GET', '/api/payload-jobs/run')).status)
    expect((await rest('GET', '/api/payload-jobs', { token: tokens.contributor })).status).toBe(403)
  })
})

describe('a refusal tells the contributor what to do instead, in their interface language', () => {
  it.each([
    ['fi (the default)', undefined, /^Kirjoittajana voit tallentaa vain luonnoksia.*valmiiksi tarkistettavaksi\.$/],
    ['en', 'en', /^As a contributor you can save drafts only.*ready for review\.$/],
    ['sv', 'sv', /^Som skribent kan du bara spara utkast.*klart för granskning\.$/],
  ])('publishing, %s', async (_name, language, expected) => {
    const doc = await published('posts')
    const answer = await rest('PATCH', `/api/posts/${doc.id}?draft=true`, {
      token: tokens.contributor,
      headers: language ? { 'accept-language': language } : {},
      body: { _status: 'published' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(expected)
  })

  it('moving to the trash, in Finnish', async () => {
    const doc = await published('posts')
    const answer = await rest('PATCH', `/api/posts/${doc.id}?draft=true`, {
      token: tokens.contributor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(/^Kirjoittaja ei voi siirtää dokumenttia roskakoriin/)
  })
})

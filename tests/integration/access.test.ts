import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'

import { collectionKeys, type CollectionKey } from '@toolkit/contract/snapshot'
import { minimalDocument, titleFieldOf } from '../helpers/documents'

// The access matrix: every public collection × every role × every operation, allowed and denied.
type Role = 'anonymous' | 'contributor' | 'editor' | 'admin'
type Operation =
  | 'create draft'
  | 'create published'
  | 'read published'
  | 'read draft'
  | 'read versions'
  | 'update draft'
  | 'update live'
  | 'unpublish'
  | 'restore version'
  | 'duplicate as draft'
  | 'duplicate published'
  | 'publish'
  | 'delete'

// Editors' powers: every operation that changes what the public sees.
const publishing: Operation[] = [
  'create published',
  'publish',
  'update live',
  'unpublish',
  'restore version',
  'duplicate published',
  'delete',
]
const staff: Operation[] = [
  'create draft',
  'read published',
  'read draft',
  'read versions',
  'update draft',
  'duplicate as draft',
]
const allowed: Record<Role, Operation[]> = {
  anonymous: ['read published'],
  contributor: staff,
  editor: [...staff, ...publishing],
  admin: [...staff, ...publishing],
}

let payload: Payload
const users = {} as Record<Exclude<Role, 'anonymous'>, TypedUser>
let counter = 0

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@example.org`, password: `salasana-${role}-123`, role },
    })
    users[role] = { ...user, collection: 'users' } as TypedUser
  }
})

afterAll(async () => {
  await payload?.destroy()
})

async function fixture(collection: CollectionKey, status: 'draft' | 'published') {
  counter++
  return payload.create({
    collection,
    draft: status === 'draft',
    data: { ...minimalDocument[collection](counter), _status: status } as never,
  })
}

/** Runs one operation as `role`; true when it succeeded, false when access control refused it. */
async function attempt(collection: CollectionKey, role: Role, operation: Operation): Promise<boolean> {
  const as = { overrideAccess: false, user: role === 'anonymous' ? undefined : users[role] }
  try {
    switch (operation) {
      case 'create draft':
      case 'create published': {
        counter++
        const status = operation === 'create draft' ? 'draft' : 'published'
        await payload.create({
          collection,
          draft: status === 'draft',
          data: { ...minimalDocument[collection](counter), _status: status } as never,
          ...as,
        })
        return true
      }
      case 'read published':
      case 'read draft': {
        const doc = await fixture(collection, operation === 'read draft' ? 'draft' : 'published')
        const found = await payload.find({ collection, where: { id: { equals: doc.id } }, draft: true, ...as })
        return found.totalDocs === 1
      }
      case 'read versions': {
        const doc = await fixture(collection, 'published')
        const found = await payload.findVersions({ collection, where: { parent: { equals: doc.id } }, ...as })
        return found.totalDocs > 0
      }
      case 'update draft': {
        const doc = await fixture(collection, 'published')
        await payload.update({
          collection,
          id: doc.id,
          draft: true,
          data: { [titleFieldOf(collection)]: 'Muokattu' } as never,
          ...as,
        })
        return true
      }
      case 'update live': {
        // A save without draft: true writes the public document (its status from the latest version).
        const doc = await fixture(collection, 'published')
        await payload.update({
          collection,
          id: doc.id,
          data: { [titleFieldOf(collection)]: 'Suoraan julki' } as never,
          ...as,
        })
        return (
          ((await payload.findByID({ collection, id: doc.id, draft: false })) as unknown as Record<string, unknown>)[
            titleFieldOf(collection)
          ] === 'Suoraan julki'
        )
      }
      case 'unpublish': {
        const doc = await fixture(collection, 'published')
        await payload.update({ collection, id: doc.id, data: { _status: 'draft' } as never, ...as })
        return (
          ((await payload.findByID({ collection, id: doc.id, draft: false })) as { _status?: string })._status ===
          'draft'
        )
      }
      case 'restore version': {
        const doc = await fixture(collection, 'published')
        await payload.update({
          collection,
          id: doc.id,
          draft: true,
          data: { [titleFieldOf(collection)]: 'Palautettava' } as never,
        })
        const [version] = (
          await payload.findVersions({
            collection,
            where: { parent: { equals: doc.id } },
            sort: '-updatedAt',
            limit: 1,
          })
        ).docs
        await payload.restoreVersion({ collection, id: version!.id as never, ...as })
        return (
          ((await payload.findByID({ collection, id: doc.id, draft: false })) as unknown as Record<string, unknown>)[
            titleFieldOf(collection)
          ] === 'Palautettava'
        )
      }
      case 'duplicate as draft':
      case 'duplicate published': {
        // The admin duplicates as a draft; a copy made with draft: false carries the original's
        // published status, which only editors may create.
        const asDraft = operation === 'duplicate as draft'
        const doc = await fixture(collection, 'published')
        const copy = await payload.duplicate({ collection, id: doc.id, draft: asDraft, ...as })
        const status = ((await payload.findByID({ collection, id: copy.id, draft: false })) as { _status?: string })
          ._status
        if (asDraft && status !== 'draft')
          throw new Error(`a draft copy of a published ${collection} document is ${status}`)
        return status === (asDraft ? 'draft' : 'published')
      }
      case 'publish': {
        const doc = await fixture(collection, 'draft')
        await payload.update({ collection, id: doc.id, data: { _status: 'published' } as never, ...as })
        const stored = (await payload.findByID({ collection, id: doc.id })) as { _status?: string }
        return stored._status === 'published'
      }
      case 'delete': {
        const doc = await fixture(collection, 'published')
        await payload.delete({ collection, id: doc.id, ...as })
        return true
      }
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw error
  }
}

const operations = Object.values(allowed)
  .flat()
  .filter((op, index, all) => all.indexOf(op) === index) as Operation[]
const cells = collectionKeys.flatMap((collection) =>
  (Object.keys(allowed) as Role[]).flatMap((role) =>
    operations.map((operation) => [collection, role, operation, allowed[role].includes(operation)] as const),
  ),
)

describe('access matrix of every public collection', () => {
  it.each(cells)('%s — %s: %s → allowed %s', async (collection, role, operation, expected) => {
    expect(await attempt(collection, role, operation)).toBe(expected)
  })

  it.each(collectionKeys)('%s: a refused publish writes nothing', async (collection) => {
    const doc = await fixture(collection, 'draft')
    const before = await payload.countVersions({ collection, where: { parent: { equals: doc.id } } })
    await expect(
      payload.update({
        collection,
        id: doc.id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user: users.contributor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const after = await payload.countVersions({ collection, where: { parent: { equals: doc.id } } })
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(((await payload.findByID({ collection, id: doc.id, draft: true })) as { _status?: string })._status).toBe(
      'draft',
    )
  })

  it.each(collectionKeys)(
    '%s: an anonymous reader never sees a draft saved over a published document',
    async (collection) => {
      const doc = await fixture(collection, 'published')
      const field = titleFieldOf(collection)
      await payload.update({ collection, id: doc.id, draft: true, data: { [field]: 'Salainen luonnos' } as never })
      const found = await payload.find({
        collection,
        where: { id: { equals: doc.id } },
        draft: false,
        overrideAccess: false,
      })
      expect(JSON.stringify(found.docs)).not.toContain('Salainen luonnos')
      expect(found.totalDocs).toBe(1)
    },
  )
})

describe('operating model (a single document) access', () => {
  const model = { title: 'Toimintamalli', shortDescription: 'Lyhyesti.' }
  const read = (role: Role, draft: boolean) =>
    payload.findGlobal({
      slug: 'operating-model',
      draft,
      overrideAccess: false,
      user: role === 'anonymous' ? undefined : users[role],
    })

  it('anonymous readers see nothing before the first publish, even after a draft save', async () => {
    await payload.updateGlobal({ slug: 'operating-model', draft: true, data: { ...model, _status: 'draft' } })
    const seen = await read('anonymous', false).catch(() => null)
    expect(JSON.stringify(seen ?? {})).not.toContain('Toimintamalli')
  })

  it('a contributor saves drafts but cannot publish; an editor publishes', async () => {
    const contributor = { overrideAccess: false, user: users.contributor }
    await payload.updateGlobal({
      slug: 'operating-model',
      draft: true,
      data: { ...model, title: 'Luonnos A' },
      ...contributor,
    })
    await expect(
      payload.updateGlobal({ slug: 'operating-model', data: { ...model, _status: 'published' }, ...contributor }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.updateGlobal({
      slug: 'operating-model',
      data: { ...model, _status: 'published' },
      overrideAccess: false,
      user: users.editor,
    })
    expect((await read('anonymous', false)).title).toBe('Toimintamalli')
  })

  it('a later draft stays invisible to anonymous readers until it is published', async () => {
    await payload.updateGlobal({
      slug: 'operating-model',
      draft: true,
      data: { title: 'Keskeneräinen' },
      overrideAccess: false,
      user: users.editor,
    })
    expect((await read('anonymous', false)).title).toBe('Toimintamalli')
    expect(JSON.stringify(await read('anonymous', true).catch(() => ({})))).not.toContain('Keskeneräinen')
    expect((await read('editor', true)).title).toBe('Keskeneräinen')
  })

  it('anonymous readers cannot list its versions', async () => {
    await expect(payload.findGlobalVersions({ slug: 'operating-model', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })
})

describe('media access', () => {
  it('staff read every upload (anonymous readers only those published documents use: media-editorial.test.ts), only signed-in staff upload, only editors delete', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    const file = { data: png, mimetype: 'image/png', name: 'piste.png', size: png.length }
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Piste' }, file, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const created = await payload.create({
      collection: 'media',
      data: { alt: 'Piste' },
      file,
      overrideAccess: false,
      user: users.contributor,
    })
    expect(
      (await payload.find({ collection: 'media', overrideAccess: false, user: users.contributor })).totalDocs,
    ).toBeGreaterThan(0)
    // Nothing published uses it yet.
    expect(
      (await payload.find({ collection: 'media', where: { id: { equals: created.id } }, overrideAccess: false }))
        .totalDocs,
    ).toBe(0)
    await expect(
      payload.delete({ collection: 'media', id: created.id, overrideAccess: false, user: users.contributor }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'media', id: created.id, overrideAccess: false, user: users.editor })
  })
})

describe('users access', () => {
  it('anonymous readers are refused the user list', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('a contributor sees only themself and cannot raise their own role', async () => {
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: users.contributor })
    expect(found.docs.map((u) => u.email)).toEqual(['contributor@example.org'])
    const updated = await payload.update({
      collection: 'users',
      id: users.contributor.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: users.contributor,
    })
    expect(updated.role).toBe('contributor')
  })

  it('only an admin creates users', async () => {
    const data = { email: 'uusi@example.org', password: 'pitka-salasana-1', role: 'editor' as const }
    await expect(
      payload.create({ collection: 'users', data, overrideAccess: false, user: users.editor }),
    ).rejects.toMatchObject({ status: 403 })
    const created = await payload.create({ collection: 'users', data, overrideAccess: false, user: users.admin })
    expect(created.role).toBe('editor')
  })
})

describe('login lockout', () => {
  it('locks an account after five wrong passwords, even against the right one, and leaves others alone', async () => {
    const email = 'arvaus@example.org'
    const password = 'oikea-salasana-123'
    await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
    const login = (tryPassword: string) =>
      payload.login({ collection: 'users', data: { email, password: tryPassword } }).then(
        () => 'ok',
        (error: { name?: string }) => error.name ?? 'error',
      )
    for (let attempt = 1; attempt <= 5; attempt++) expect(await login(`väärä-${attempt}`)).toBe('AuthenticationError')
    expect(await login(password)).toBe('LockedAuth')
    // Another account is not affected by this one's lock.
    const other = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'salasana-editor-123' },
    })
    expect(other.user?.email).toBe('editor@example.org')
  })
})

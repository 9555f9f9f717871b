import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'

// The access matrix for model components: every role × every operation, allowed and denied.
type Role = 'anonymous' | 'contributor' | 'editor' | 'admin'
type Operation =
  'create draft' | 'create published' | 'read published' | 'read draft' | 'update draft' | 'publish' | 'delete'

const allowed: Record<Role, Operation[]> = {
  anonymous: ['read published'],
  contributor: ['create draft', 'read published', 'read draft', 'update draft'],
  editor: ['create draft', 'create published', 'read published', 'read draft', 'update draft', 'publish', 'delete'],
  admin: ['create draft', 'create published', 'read published', 'read draft', 'update draft', 'publish', 'delete'],
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

async function fixture(status: 'draft' | 'published') {
  counter++
  return payload.create({
    collection: 'components',
    draft: status === 'draft',
    data: { title: `Osa ${counter}`, slug: `osa-${counter}`, summary: 'Tiivistelmä', _status: status },
  })
}

/** Runs one operation as `role`; true when it succeeded, false when access control refused it. */
async function attempt(role: Role, operation: Operation): Promise<boolean> {
  const as = { overrideAccess: false, user: role === 'anonymous' ? undefined : users[role] }
  try {
    switch (operation) {
      case 'create draft':
      case 'create published': {
        counter++
        const status = operation === 'create draft' ? 'draft' : 'published'
        await payload.create({
          collection: 'components',
          draft: status === 'draft',
          data: { title: `Uusi ${counter}`, slug: `uusi-${counter}`, summary: 'S', _status: status },
          ...as,
        })
        return true
      }
      case 'read published':
      case 'read draft': {
        const doc = await fixture(operation === 'read draft' ? 'draft' : 'published')
        const found = await payload.find({
          collection: 'components',
          where: { id: { equals: doc.id } },
          draft: true,
          ...as,
        })
        return found.totalDocs === 1
      }
      case 'update draft': {
        const doc = await fixture('published')
        await payload.update({ collection: 'components', id: doc.id, draft: true, data: { title: 'Muokattu' }, ...as })
        return true
      }
      case 'publish': {
        const doc = await fixture('draft')
        await payload.update({ collection: 'components', id: doc.id, data: { _status: 'published' }, ...as })
        const stored = await payload.findByID({ collection: 'components', id: doc.id })
        return stored._status === 'published'
      }
      case 'delete': {
        const doc = await fixture('published')
        await payload.delete({ collection: 'components', id: doc.id, ...as })
        return true
      }
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw error
  }
}

const operations: Operation[] = [
  'create draft',
  'create published',
  'read published',
  'read draft',
  'update draft',
  'publish',
  'delete',
]
const cells = (Object.keys(allowed) as Role[]).flatMap((role) =>
  operations.map((operation) => [role, operation, allowed[role].includes(operation)] as const),
)

describe('components access matrix', () => {
  it.each(cells)('%s: %s → allowed %s', async (role, operation, expected) => {
    expect(await attempt(role, operation)).toBe(expected)
  })

  it('a refused publish writes nothing', async () => {
    const doc = await fixture('draft')
    const before = await payload.countVersions({ collection: 'components', where: { parent: { equals: doc.id } } })
    expect(await attempt('contributor', 'publish')).toBe(false)
    const after = await payload.countVersions({ collection: 'components', where: { parent: { equals: doc.id } } })
    expect(after.totalDocs).toBe(before.totalDocs)
    expect((await payload.findByID({ collection: 'components', id: doc.id, draft: true }))._status).toBe('draft')
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

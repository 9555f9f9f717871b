import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '../../cms/src/payload.config'
import { assembleSnapshot, readPublishedLocal, readPublishedRest } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { minimalDocument } from '../helpers/documents'
import { rest, restLogin } from '../helpers/rest'

// Sign-in as a stranger would probe it, API keys as the site build uses them, and the API surface
// that is switched off.
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'salasana-admin-123', role: 'admin' },
  })
})
afterAll(async () => {
  await payload?.destroy()
})

describe('failed sign-in gives one answer', () => {
  it('an unknown address, a wrong password and a locked account answer alike', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'olemassa@example.org', password: 'oikea-salasana-123', role: 'editor' },
    })
    const login = (email: string, password: string) => rest('POST', '/api/users/login', { body: { email, password } })
    const unknown = await login('eiole@example.org', 'mita-tahansa-123')
    const wrong = await login('olemassa@example.org', 'vaara-salasana-0')
    for (let attempt = 1; attempt < 5; attempt++) await login('olemassa@example.org', `vaara-salasana-${attempt}`)
    const locked = await login('olemassa@example.org', 'oikea-salasana-123')
    for (const answer of [wrong, locked]) {
      expect(answer.status).toBe(unknown.status)
      expect(answer.body).toEqual(unknown.body)
    }
    expect(unknown.status).toBe(401)
    expect(JSON.stringify(locked.body)).not.toMatch(/lock/i)
  })

  it('forgot-password answers alike for an unknown and a known address', async () => {
    const known = await rest('POST', '/api/users/forgot-password', { body: { email: 'admin@example.org' } })
    const unknown = await rest('POST', '/api/users/forgot-password', { body: { email: 'tuntematon@example.org' } })
    expect(known.status).toBe(unknown.status)
    expect(known.body).toEqual(unknown.body)
  })
})

describe('API keys', () => {
  let key = ''

  beforeAll(async () => {
    key = 'a'.repeat(8) + '-toolkit-build-key-' + Date.now()
    await payload.create({
      collection: 'users',
      data: {
        email: 'build@example.org',
        password: 'rakennus-salasana-1',
        role: 'editor',
        enableAPIKey: true,
        apiKey: key,
      },
    })
  })

  it('sign in a request with "Authorization: users API-Key …"', async () => {
    const me = await rest('GET', '/api/users/me', { headers: { authorization: `users API-Key ${key}` } })
    expect(me.status).toBe(200)
    expect(me.body.user?.email).toBe('build@example.org')
    const wrong = await rest('GET', '/api/users/me', { headers: { authorization: 'users API-Key väärä-avain' } })
    expect(wrong.body.user ?? null).toBeNull()
  })

  it('the REST export with a key reads exactly the published content, as the Local API export does', async () => {
    await payload.create({
      collection: 'components',
      data: { ...minimalDocument.components(1), _status: 'published' } as never,
    })
    await payload.create({
      collection: 'components',
      draft: true,
      data: { ...minimalDocument.components(2), _status: 'draft' } as never,
    })
    const seen: (string | null)[] = []
    const viaPayload = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const request = new Request(input, init)
      seen.push(request.headers.get('authorization'))
      return handleEndpoints({ config, request })
    }) as typeof fetch
    const remote = assembleSnapshot('rest', await readPublishedRest('http://cms.test', key, viaPayload))
    const local = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(seen.every((header) => header === `users API-Key ${key}`)).toBe(true)
    expect(remote.collections).toEqual(local.collections)
    expect(remote.collections.components.map((doc) => doc.slug)).toEqual(['osa-1'])
  })

  it("a contributor's key cannot publish either", async () => {
    const contributorKey = `contributor-key-${Date.now()}`
    await payload.create({
      collection: 'users',
      data: {
        email: 'avustaja@example.org',
        password: 'avustaja-salasana-1',
        role: 'contributor',
        enableAPIKey: true,
        apiKey: contributorKey,
      },
    })
    const doc = await payload.create({
      collection: 'posts',
      data: { ...minimalDocument.posts(3), _status: 'published' } as never,
    })
    const answer = await rest('PATCH', `/api/posts/${doc.id}`, {
      headers: { authorization: `users API-Key ${contributorKey}` },
      body: { title: 'Avaimella' },
    })
    expect(answer.status).toBe(403)
  })
})

describe('switched-off surface', () => {
  it('GraphQL is off: no route answers it', async () => {
    const token = await restLogin('admin@example.org', 'salasana-admin-123')
    const answer = await rest('POST', '/api/graphql', { token, body: { query: '{ Users { docs { email } } }' } })
    expect(answer.status).toBe(404)
    expect(answer.text).not.toContain('admin@example.org')
  })
})

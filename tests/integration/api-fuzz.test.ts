import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'
import { minimalDocument } from '../helpers/documents'
import { credentialHeaders, describeRequest, FUZZ_REQUESTS, fuzzRequests } from '../helpers/api-fuzz'
import { rest, restLogin } from '../helpers/rest'

// The seeded API fuzzer, in-process through Payload's own REST handler: on SQLite and again on
// PostgreSQL, every odd or malformed request gets a status below 500, and none of them lets a
// contributor or a stranger change what is public.
let payload: Payload
const tokens = { contributor: '', editor: '' }

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['editor', 'contributor'] as const) {
    await payload.create({
      collection: 'users',
      data: { email: `${role}@example.org`, password: `Salasana-${role}-123`, role },
    })
    tokens[role] = await restLogin(`${role}@example.org`, `Salasana-${role}-123`)
  }
  for (let index = 1; index <= 3; index++) {
    await payload.create({
      collection: 'posts',
      data: { ...minimalDocument.posts(index), _status: 'published' } as never,
    })
    await payload.create({
      collection: 'components',
      data: { ...minimalDocument.components(index), _status: 'published' } as never,
    })
  }
})
afterAll(async () => {
  await payload?.destroy()
})

describe('a seeded fuzzer of API requests, in-process', () => {
  it(`${FUZZ_REQUESTS} requests: every one gets a status below 500`, async () => {
    const failures: string[] = []
    for (const request of fuzzRequests()) {
      const headers = credentialHeaders(request.credentials, tokens)
      if (request.contentType) headers['content-type'] = request.contentType
      const answer = await rest(request.method, request.target, { headers, body: request.body })
      if (answer.status >= 500)
        failures.push(`${describeRequest(request)} → ${answer.status} ${answer.text.slice(0, 120)}`)
    }
    expect(failures.slice(0, 30)).toEqual([])
  }, 600_000)
})

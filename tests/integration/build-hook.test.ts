import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { startPayload } from '../../scripts/lib/payload'

let payload: Payload
let server: http.Server
const received: { reasons: string[] }[] = []
let failuresToSend = 0

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push(JSON.parse(body))
      if (failuresToSend > 0) {
        failuresToSend--
        response.writeHead(502).end()
      } else response.writeHead(200).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.NETLIFY_BUILD_HOOK_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/build_hooks/test`
  process.env.BUILD_HOOK_DEBOUNCE_MS = '100'
  process.env.BUILD_HOOK_BACKOFF_MS = '10'
  payload = await startPayload()
})

afterAll(async () => {
  delete process.env.NETLIFY_BUILD_HOOK_URL
  await payload?.destroy()
  server?.close()
})

const component = (slug: string, status: 'draft' | 'published') => ({
  collection: 'components' as const,
  draft: status === 'draft',
  data: { title: slug, slug, summary: 'Tiivistelmä', _status: status },
})

describe('site build hook', () => {
  it('requests one build for several publishes in a row', async () => {
    received.length = 0
    await payload.create(component('ensimmainen', 'published'))
    await payload.create(component('toinen', 'published'))
    await siteBuildSettled()
    expect(received).toHaveLength(1)
    expect(received[0]!.reasons).toHaveLength(2)
    expect(received[0]!.reasons.every((reason) => reason.includes('published'))).toBe(true)
  })

  it('does not request a build for a draft that was never published', async () => {
    received.length = 0
    await payload.create(component('luonnos', 'draft'))
    await siteBuildSettled()
    expect(received).toHaveLength(0)
  })

  it('retries with back-off when the hook fails, and the save itself succeeds', async () => {
    received.length = 0
    failuresToSend = 2
    const doc = await payload.create(component('kolmas', 'published'))
    expect(doc.id).toBeDefined()
    await siteBuildSettled()
    expect(received).toHaveLength(3)
  })

  it('requests a build when a published document is deleted', async () => {
    const [doc] = (await payload.find({ collection: 'components', where: { slug: { equals: 'toinen' } } })).docs
    received.length = 0
    await payload.delete({ collection: 'components', id: doc!.id })
    await siteBuildSettled()
    expect(received).toHaveLength(1)
    expect(received[0]!.reasons[0]).toContain('deleted')
  })

  it('does nothing when no hook URL is configured', async () => {
    delete process.env.NETLIFY_BUILD_HOOK_URL
    received.length = 0
    await payload.create(component('neljas', 'published'))
    await siteBuildSettled()
    expect(received).toHaveLength(0)
  })
})

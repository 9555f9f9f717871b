import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { startPayload } from '../../scripts/lib/payload'
import { type BuildHookReceiver, startBuildHookReceiver } from '../helpers/build-hook-receiver'

let payload: Payload
let hook: BuildHookReceiver

beforeAll(async () => {
  hook = await startBuildHookReceiver()
  payload = await startPayload()
})

afterAll(async () => {
  await hook?.close()
  await payload?.destroy()
})

const component = (slug: string, status: 'draft' | 'published') => ({
  collection: 'components' as const,
  draft: status === 'draft',
  data: { title: slug, slug, summary: 'Tiivistelmä', _status: status },
})

describe('site build hook', () => {
  it('requests one build for several publishes in a row', async () => {
    hook.received.length = 0
    await payload.create(component('ensimmainen', 'published'))
    await payload.create(component('toinen', 'published'))
    await siteBuildSettled()
    expect(hook.received).toHaveLength(1)
    expect(hook.received[0]!.reasons).toHaveLength(2)
    expect(hook.received[0]!.reasons.every((reason) => reason.includes('published'))).toBe(true)
  })

  it('does not request a build for a draft that was never published', async () => {
    hook.received.length = 0
    await payload.create(component('luonnos', 'draft'))
    await siteBuildSettled()
    expect(hook.received).toHaveLength(0)
  })

  it('retries with back-off when the hook fails, and the save itself succeeds', async () => {
    hook.received.length = 0
    hook.failNext(2)
    const doc = await payload.create(component('kolmas', 'published'))
    expect(doc.id).toBeDefined()
    await siteBuildSettled()
    expect(hook.received).toHaveLength(3)
  })

  it('requests a build when a published document is deleted', async () => {
    const [doc] = (await payload.find({ collection: 'components', where: { slug: { equals: 'toinen' } } })).docs
    hook.received.length = 0
    await payload.delete({ collection: 'components', id: doc!.id })
    await siteBuildSettled()
    expect(hook.received).toHaveLength(1)
    expect(hook.received[0]!.reasons[0]).toContain('deleted')
  })

  it('does nothing when no hook URL is configured', async () => {
    await hook.close()
    hook.received.length = 0
    await payload.create(component('neljas', 'published'))
    await siteBuildSettled()
    expect(hook.received).toHaveLength(0)
  })
})

import { describe, expect, it } from 'vitest'

import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'

const session = usePayloadWithBuildHook()

const component = (slug: string, status: 'draft' | 'published') => ({
  collection: 'components' as const,
  draft: status === 'draft',
  data: { title: slug, slug, summary: 'Tiivistelmä', _status: status },
})

describe('site build hook', () => {
  it('requests one build for several publishes in a row', async () => {
    session.hook.received.length = 0
    await session.payload.create(component('ensimmainen', 'published'))
    await session.payload.create(component('toinen', 'published'))
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(1)
    expect(session.hook.received[0]!.reasons).toHaveLength(2)
    expect(session.hook.received[0]!.reasons.every((reason) => reason.includes('published'))).toBe(true)
  })

  it('does not request a build for a draft that was never published', async () => {
    session.hook.received.length = 0
    await session.payload.create(component('luonnos', 'draft'))
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
  })

  it('retries with back-off when the hook fails, and the save itself succeeds', async () => {
    session.hook.received.length = 0
    session.hook.failNext(2)
    const doc = await session.payload.create(component('kolmas', 'published'))
    expect(doc.id).toBeDefined()
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(3)
  })

  it('requests no build for a draft saved over a published document (autosave, Save draft)', async () => {
    const doc = await session.payload.create(component('julkaistu-luonnos', 'published'))
    await siteBuildSettled()
    session.hook.received.length = 0
    for (const autosave of [true, false]) {
      await session.payload.update({
        collection: 'components',
        id: doc.id,
        draft: true,
        autosave,
        data: { summary: `Keskeneräinen muutos ${autosave}` },
      })
    }
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
    // Publishing the change does.
    await session.payload.update({ collection: 'components', id: doc.id, data: { _status: 'published' } })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(1)
  })

  it('requests a build when a published document is moved to the trash', async () => {
    const doc = await session.payload.create(component('roskakoriin', 'published'))
    await siteBuildSettled()
    session.hook.received.length = 0
    await session.payload.update({
      collection: 'components',
      id: doc.id,
      data: { deletedAt: new Date().toISOString() },
    })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(1)
  })

  it('requests a build when a published document is deleted', async () => {
    const [doc] = (await session.payload.find({ collection: 'components', where: { slug: { equals: 'toinen' } } })).docs
    session.hook.received.length = 0
    await session.payload.delete({ collection: 'components', id: doc!.id })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(1)
    expect(session.hook.received[0]!.reasons[0]).toContain('deleted')
  })

  it('a burst of saves that never pauses still requests a build within the maximum wait', async () => {
    process.env.BUILD_HOOK_MAX_WAIT_MS = '400'
    try {
      session.hook.received.length = 0
      const started = Date.now()
      // A save every 50 ms for 1.2 s: each one restarts the 100 ms debounce.
      for (let index = 0; Date.now() - started < 1200; index++) {
        await session.payload.create(component(`purske-${index}`, 'published'))
        await new Promise((resolve) => setTimeout(resolve, 50))
        if (session.hook.received.length > 0) break
      }
      expect(session.hook.received.length).toBeGreaterThan(0)
      expect(Date.now() - started).toBeLessThan(1000)
    } finally {
      delete process.env.BUILD_HOOK_MAX_WAIT_MS
      await siteBuildSettled()
    }
  })

  it('does nothing when no hook URL is configured', async () => {
    await session.hook.close()
    session.hook.received.length = 0
    await session.payload.create(component('neljas', 'published'))
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
  })
})

import { describe, expect, it } from 'vitest'

import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'

// An editor schedules a publish; when the jobs queue runs after that moment the document becomes
// public and the site rebuild is requested. Before it, nothing changes.
const session = usePayloadWithBuildHook()

describe('scheduled publish', () => {
  it('publishes at the scheduled time through the jobs queue and requests a rebuild', async () => {
    const doc = await session.payload.create({
      collection: 'components',
      draft: true,
      data: { title: 'Ajastettu', slug: 'ajastettu', summary: 'Julkaistaan myöhemmin', _status: 'draft' },
    })
    await siteBuildSettled()
    session.hook.received.length = 0
    const publishAt = new Date(Date.now() + 1500)
    await session.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: publishAt,
      input: { type: 'publish', doc: { relationTo: 'components', value: doc.id } },
    })

    await session.payload.jobs.run()
    expect((await session.payload.findByID({ collection: 'components', id: doc.id, draft: true }))._status).toBe(
      'draft',
    )
    expect(
      (
        await session.payload.find({
          collection: 'components',
          overrideAccess: false,
          where: { slug: { equals: 'ajastettu' } },
        })
      ).totalDocs,
    ).toBe(0)

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 100))
    await session.payload.jobs.run()
    const published = await session.payload.find({
      collection: 'components',
      overrideAccess: false,
      where: { slug: { equals: 'ajastettu' } },
    })
    expect(published.docs[0]?._status).toBe('published')
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(1)
  })
})

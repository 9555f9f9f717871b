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

describe('scheduled publish publishes the version that was scheduled', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('a draft saved after scheduling is not published with it, and stays the latest draft', async () => {
    const { payload } = session
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'ajastaja@example.org', password: 'salasana-ajastaja-1', role: 'editor' },
    })
    const doc = await payload.create({
      collection: 'components',
      draft: true,
      data: { title: 'Hyväksytty versio', slug: 'ajastettu-versio', summary: 'Tämä ajastettiin', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 300),
      input: {
        type: 'publish',
        doc: { relationTo: 'components', value: doc.id },
        user: { relationTo: 'users', value: editor.id },
      },
    })
    await wait(20)
    // Someone keeps working on the document after the publish was scheduled.
    await payload.update({ collection: 'components', id: doc.id, draft: true, data: { title: 'Keskeneräinen jatko' } })
    await wait(400)
    await payload.jobs.run()
    const seen = await payload.find({
      collection: 'components',
      overrideAccess: false,
      where: { slug: { equals: 'ajastettu-versio' } },
    })
    expect(seen.docs[0]?.title).toBe('Hyväksytty versio')
    expect(seen.docs[0]?._status).toBe('published')
    const latest = await payload.findByID({ collection: 'components', id: doc.id, draft: true })
    expect(latest.title).toBe('Keskeneräinen jatko')
  })

  it('the operating model too', async () => {
    const { payload } = session
    await payload.updateGlobal({
      slug: 'operating-model',
      draft: true,
      data: { title: 'Ajastettu malli', shortDescription: 'Lyhyesti.', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 300),
      input: { type: 'publish', global: 'operating-model' },
    })
    await wait(20)
    await payload.updateGlobal({ slug: 'operating-model', draft: true, data: { title: 'Mallin jatkoluonnos' } })
    await wait(400)
    await payload.jobs.run()
    expect((await payload.findGlobal({ slug: 'operating-model', overrideAccess: false })).title).toBe('Ajastettu malli')
    expect((await payload.findGlobal({ slug: 'operating-model', draft: true })).title).toBe('Mallin jatkoluonnos')
  })
})

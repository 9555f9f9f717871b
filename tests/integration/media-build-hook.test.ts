import sharp from 'sharp'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'
import { minimalDocument } from '../helpers/documents'

// A change to an upload that the published site uses (its alt text, its file, its deletion) asks
// for a site rebuild, as publishing a document does; a change to an upload nothing published uses
// does not.
const session = usePayloadWithBuildHook()
const ids = {} as Record<'used' | 'unused' | 'usedToDelete' | 'unusedToDelete', number | string>

async function upload(name: string) {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#00703c' } })
    .png()
    .toBuffer()
  const doc = await session.payload.create({
    collection: 'media',
    data: { alt: `Kuva ${name}` },
    file: { data, name: `${name}.png`, mimetype: 'image/png', size: data.length },
  })
  return doc.id
}

beforeAll(async () => {
  for (const name of ['used', 'unused', 'usedToDelete', 'unusedToDelete'] as const) ids[name] = await upload(name)
  await session.payload.create({
    collection: 'course-packs',
    data: {
      ...minimalDocument['course-packs'](1),
      materials: [ids.used, ids.usedToDelete],
      _status: 'published',
    } as never,
  })
  await siteBuildSettled()
})

beforeEach(() => {
  session.hook.received.length = 0
})

const reasons = () => session.hook.received.flatMap((build) => build.reasons)

describe('site build hook for media', () => {
  it('changing the alt text of an image a published document uses requests one build', async () => {
    await session.payload.update({ collection: 'media', id: ids.used, data: { alt: 'Uusi vaihtoehtoinen teksti' } })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(1)
    expect(reasons()).toEqual([`media/${ids.used} changed`])
  })

  it('changing an image nothing published uses requests none', async () => {
    await session.payload.update({ collection: 'media', id: ids.unused, data: { alt: 'Uusi vaihtoehtoinen teksti' } })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
  })

  it('a change made with context.skipSiteBuild (bulk imports) requests none', async () => {
    await session.payload.update({
      collection: 'media',
      id: ids.used,
      data: { alt: 'Tuonti' },
      context: { skipSiteBuild: true },
    })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
  })

  it('an image a published document uses cannot be deleted (409, kept); an unused one is deleted without a build', async () => {
    await session.payload.delete({ collection: 'media', id: ids.unusedToDelete })
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
    await expect(session.payload.delete({ collection: 'media', id: ids.usedToDelete })).rejects.toMatchObject({
      status: 409,
    })
    expect(
      (await session.payload.find({ collection: 'media', where: { id: { equals: ids.usedToDelete } } })).totalDocs,
    ).toBe(1)
    await siteBuildSettled()
    expect(session.hook.received).toHaveLength(0)
  })
})

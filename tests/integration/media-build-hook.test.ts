import sharp from 'sharp'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { previewBuildSettled, siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'
import { minimalDocument } from '../helpers/documents'
import { richTextWithUpload } from '../helpers/rich-text'

// A change to an upload (its alt text, its file) rebuilds every page that shows it: the editors'
// preview always (a draft may show it), and the published site when a published document uses it,
// as publishing a document does. An upload a published page shows cannot be deleted; deleting
// another rebuilds the preview only.
const session = usePayloadWithBuildHook()
const names = ['used', 'unused', 'usedToDelete', 'unusedToDelete', 'inComponent', 'inDraftOnly'] as const
const ids = {} as Record<(typeof names)[number], number | string>

async function png(background: string) {
  return sharp({ create: { width: 40, height: 30, channels: 3, background } })
    .png()
    .toBuffer()
}

async function upload(name: string) {
  const data = await png('#00703c')
  const doc = await session.payload.create({
    collection: 'media',
    data: { alt: `Kuva ${name}` },
    file: { data, name: `${name}.png`, mimetype: 'image/png', size: data.length },
  })
  return doc.id
}

beforeAll(async () => {
  for (const name of names) ids[name] = await upload(name)
  await session.payload.create({
    collection: 'course-packs',
    data: {
      ...minimalDocument['course-packs'](1),
      materials: [ids.used, ids.usedToDelete],
      _status: 'published',
    } as never,
  })
  // An image inside a published component's rich text, and one that only a draft shows.
  await session.payload.create({
    collection: 'components',
    data: {
      ...minimalDocument.components(1),
      body: richTextWithUpload(ids.inComponent),
      _status: 'published',
    } as never,
  })
  await session.payload.create({
    collection: 'components',
    data: { ...minimalDocument.components(2), body: richTextWithUpload(ids.inDraftOnly) } as never,
    draft: true,
  })
  await settled()
})

beforeEach(() => {
  session.hook.received.length = 0
  session.preview.received.length = 0
})

async function settled() {
  await siteBuildSettled()
  await previewBuildSettled()
}

const siteReasons = () => session.hook.received.flatMap((build) => build.reasons)
const previewReasons = () => session.preview.received.flatMap((build) => build.reasons)

describe('builds after a media change', () => {
  it('changing the alt text of an image a published document uses requests one build of each', async () => {
    await session.payload.update({ collection: 'media', id: ids.used, data: { alt: 'Uusi vaihtoehtoinen teksti' } })
    await settled()
    expect(session.hook.received).toHaveLength(1)
    expect(siteReasons()).toEqual([`media/${ids.used} changed`])
    expect(previewReasons()).toEqual([`media/${ids.used} changed`])
  })

  it('fixing the alt text of an image in a published component, in English, rebuilds the site and the preview', async () => {
    await session.payload.update({
      collection: 'media',
      id: ids.inComponent,
      locale: 'en',
      data: { alt: 'A corrected description' },
    })
    await settled()
    expect(siteReasons()).toEqual([`media/${ids.inComponent} changed`])
    expect(previewReasons()).toEqual([`media/${ids.inComponent} changed`])
  })

  it('replacing the file of an image a published component shows rebuilds the site and the preview', async () => {
    const data = await png('#0b5394')
    await session.payload.update({
      collection: 'media',
      id: ids.inComponent,
      data: {},
      file: { data, name: 'replaced.png', mimetype: 'image/png', size: data.length },
    })
    await settled()
    expect(siteReasons()).toEqual([`media/${ids.inComponent} changed`])
    expect(previewReasons()).toEqual([`media/${ids.inComponent} changed`])
  })

  it('changing an image only a draft shows rebuilds the preview, not the site', async () => {
    await session.payload.update({ collection: 'media', id: ids.inDraftOnly, data: { alt: 'Luonnoksen kuva' } })
    await settled()
    expect(session.hook.received).toHaveLength(0)
    expect(previewReasons()).toEqual([`media/${ids.inDraftOnly} changed`])
  })

  it('changing an image nothing published uses requests no site build', async () => {
    await session.payload.update({ collection: 'media', id: ids.unused, data: { alt: 'Uusi vaihtoehtoinen teksti' } })
    await settled()
    expect(session.hook.received).toHaveLength(0)
  })

  it('a change made with context.skipSiteBuild (bulk imports) requests none', async () => {
    await session.payload.update({
      collection: 'media',
      id: ids.used,
      data: { alt: 'Tuonti' },
      context: { skipSiteBuild: true },
    })
    await settled()
    expect(session.hook.received).toHaveLength(0)
    expect(session.preview.received).toHaveLength(0)
  })

  it('an image a published document uses cannot be deleted (409, kept); an unused one is deleted, rebuilding the preview only', async () => {
    await session.payload.delete({ collection: 'media', id: ids.unusedToDelete })
    await settled()
    expect(session.hook.received).toHaveLength(0)
    expect(previewReasons()).toEqual([`media/${ids.unusedToDelete} deleted`])
    await expect(session.payload.delete({ collection: 'media', id: ids.usedToDelete })).rejects.toMatchObject({
      status: 409,
    })
    expect(
      (await session.payload.find({ collection: 'media', where: { id: { equals: ids.usedToDelete } } })).totalDocs,
    ).toBe(1)
    await settled()
    expect(session.hook.received).toHaveLength(0)
  })
})

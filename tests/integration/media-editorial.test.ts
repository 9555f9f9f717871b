import fs from 'node:fs'
import path from 'node:path'
import { handleEndpoints, type Payload, type TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '../../cms/src/payload.config'
import { assembleSnapshot, readPublishedLocal, readPublishedRest } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { minimalDocument } from '../helpers/documents'
import { rest, restLogin } from '../helpers/rest'
import { richTextWithUpload } from '../helpers/rich-text'

// Media that the published site uses are changed only by editors; contributors upload new media
// and change those no published document uses. Anonymous readers of the CMS see only the media
// that published documents use (an upload is not public the moment it is stored).
type Role = 'editor' | 'contributor'
let payload: Payload
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const apiKey = 'rakennusavain-0123456789abcdef'

/** The media of this file, by how the published site uses them. */
const used = ['packFile', 'postRichText', 'cheatSheetStep', 'modelRichText'] as const
const notUsed = ['draftOnly', 'laterDraft', 'unreferenced'] as const
type Name = (typeof used)[number] | (typeof notUsed)[number]
const media = {} as Record<Name, { id: number | string; filename: string }>

const png = (colour: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .png()
    .toBuffer()

async function upload(name: Name, colour: string) {
  const data = await png(colour)
  const doc = await payload.create({
    collection: 'media',
    data: { alt: `Kuva ${name}` },
    file: { data, name: `${name}.png`, mimetype: 'image/png', size: data.length },
  })
  media[name] = { id: doc.id, filename: doc.filename! }
}

beforeAll(async () => {
  payload = await startPayload()
  for (const role of ['editor', 'contributor'] as const) {
    const password = `salasana-${role}-123`
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${role}@example.org`,
        password,
        role,
        ...(role === 'editor' ? { enableAPIKey: true, apiKey } : {}),
      },
    })
    users[role] = { ...user, collection: 'users' } as TypedUser
    tokens[role] = await restLogin(`${role}@example.org`, password)
  }
  const colours = ['#00703c', '#6f2c91', '#0b5394', '#b00020', '#ffbf47', '#005ea5', '#912b88']
  for (const [index, name] of [...used, ...notUsed].entries()) await upload(name, colours[index]!)

  const published = { _status: 'published' } as const
  // An upload field (hasMany) of a published course pack.
  await payload.create({
    collection: 'course-packs',
    data: { ...minimalDocument['course-packs'](1), materials: [media.packFile.id], ...published } as never,
  })
  // A rich-text upload node in a published post.
  await payload.create({
    collection: 'posts',
    data: { ...minimalDocument.posts(1), body: richTextWithUpload(media.postRichText.id), ...published } as never,
  })
  // An upload field in a row of a localized array (a cheat sheet's steps).
  await payload.create({
    collection: 'cheat-sheets',
    data: {
      ...minimalDocument['cheat-sheets'](1),
      steps: [{ text: 'Avaa.', image: media.cheatSheetStep.id }],
      ...published,
    } as never,
  })
  // A rich-text upload node in the published operating model.
  await payload.updateGlobal({
    slug: 'operating-model',
    data: {
      title: 'Malli',
      shortDescription: 'Lyhyesti.',
      body: richTextWithUpload(media.modelRichText.id),
      ...published,
    } as never,
  })
  // Only in a post that was never published.
  await payload.create({
    collection: 'posts',
    draft: true,
    data: { ...minimalDocument.posts(2), body: richTextWithUpload(media.draftOnly.id), _status: 'draft' } as never,
  })
  // Only in a newer draft of a published post: the public version does not use it.
  const live = await payload.create({
    collection: 'posts',
    data: { ...minimalDocument.posts(3), ...published } as never,
  })
  await payload.update({
    collection: 'posts',
    id: live.id,
    draft: true,
    data: { body: richTextWithUpload(media.laterDraft.id), _status: 'draft' } as never,
  })
})

afterAll(async () => {
  await payload?.destroy()
})

const storedFiles = () => fs.readdirSync(path.join(process.env.TOOLKIT_DATA_DIR!, 'media')).sort()
const stored = async (name: Name) => payload.findByID({ collection: 'media', id: media[name].id, depth: 0 })

/** Replaces the file of a media document over REST, as the admin's "replace file" does. */
async function replaceFile(name: Name, token: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'Korvattu' }))
  form.append('file', new Blob([new Uint8Array(await png('#000000'))], { type: 'image/png' }), `korvaava-${name}.png`)
  return rest('PATCH', `/api/media/${media[name].id}`, { token, body: form })
}

describe('a contributor changes media that no published document uses', () => {
  it.each(notUsed)('%s: alt text over REST and the Local API, and the file itself', async (name) => {
    const answer = await rest('PATCH', `/api/media/${media[name].id}?locale=fi`, {
      token: tokens.contributor,
      body: { alt: 'Avustajan teksti' },
    })
    expect(answer.status).toBe(200)
    expect((await stored(name)).alt).toBe('Avustajan teksti')
    await payload.update({
      collection: 'media',
      id: media[name].id,
      data: { alt: 'Paikallisesti' },
      overrideAccess: false,
      user: users.contributor,
    })
    expect((await stored(name)).alt).toBe('Paikallisesti')
    expect((await replaceFile(name, tokens.contributor)).status).toBe(200)
    media[name].filename = (await stored(name)).filename!
  })
})

describe('a contributor cannot change media that a published document uses', () => {
  it.each(used)(
    '%s: alt text over REST is refused with 403, says why in Finnish, and nothing changes',
    async (name) => {
      const before = await stored(name)
      const answer = await rest('PATCH', `/api/media/${media[name].id}?locale=fi`, {
        token: tokens.contributor,
        body: { alt: 'Kaapattu' },
      })
      expect(answer.status).toBe(403)
      expect(answer.body.errors[0].message).toMatch(
        /^Tätä tiedostoa käytetään julkaistulla sivulla, joten vain toimittaja/,
      )
      expect(await stored(name)).toEqual(before)
    },
  )

  it.each(used)('%s: through the Local API with the user, refused with 403', async (name) => {
    const before = await stored(name)
    await expect(
      payload.update({
        collection: 'media',
        id: media[name].id,
        data: { alt: 'Kaapattu' },
        overrideAccess: false,
        user: users.contributor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(name)).toEqual(before)
  })

  it.each(used)('%s: replacing the file is refused and the stored files stay as they were', async (name) => {
    const [before, files] = [await stored(name), storedFiles()]
    const bytes = fs.readFileSync(path.join(process.env.TOOLKIT_DATA_DIR!, 'media', before.filename!))
    expect((await replaceFile(name, tokens.contributor)).status).toBe(403)
    expect(await stored(name)).toEqual(before)
    expect(storedFiles()).toEqual(files)
    expect(fs.readFileSync(path.join(process.env.TOOLKIT_DATA_DIR!, 'media', before.filename!))).toEqual(bytes)
  })

  it('a bulk update that includes one of them is refused as a whole', async () => {
    const ids = [media.unreferenced.id, media.packFile.id]
    const before = await Promise.all([stored('unreferenced'), stored('packFile')])
    const answer = await rest('PATCH', `/api/media?where[id][in]=${ids.join(',')}&locale=fi`, {
      token: tokens.contributor,
      body: { alt: 'Kaikki kerralla' },
    })
    expect(answer.status).toBe(403)
    expect(await Promise.all([stored('unreferenced'), stored('packFile')])).toEqual(before)
  })
})

describe('an editor changes any media', () => {
  it.each([...used, ...notUsed])('%s', async (name) => {
    const answer = await rest('PATCH', `/api/media/${media[name].id}?locale=fi`, {
      token: tokens.editor,
      body: { alt: `Toimittajan teksti ${name}` },
    })
    expect(answer.status).toBe(200)
    await payload.update({
      collection: 'media',
      id: media[name].id,
      data: { alt: `Kuva ${name}` },
      overrideAccess: false,
      user: users.editor,
    })
    expect((await stored(name)).alt).toBe(`Kuva ${name}`)
  })
})

/** fetch, answered by Payload's REST handler in this process. */
const payloadFetch = (async (input: URL | RequestInfo, init?: RequestInit) =>
  handleEndpoints({ config, request: new Request(input, init) })) as typeof fetch
const idsOf = (docs: { id: unknown }[]) => docs.map((doc) => String(doc.id)).sort()
const usedIds = () => used.map((name) => String(media[name].id)).sort()

describe('anonymous readers of the CMS see only the media that published documents use', () => {
  it('the list over REST and through the Local API', async () => {
    const answer = await rest('GET', '/api/media?limit=100&depth=0')
    expect(answer.status).toBe(200)
    expect(idsOf(answer.body.docs)).toEqual(usedIds())
    expect(idsOf((await payload.find({ collection: 'media', overrideAccess: false, pagination: false })).docs)).toEqual(
      usedIds(),
    )
  })

  it('one document, and its files', async () => {
    for (const name of notUsed) {
      expect((await rest('GET', `/api/media/${media[name].id}`)).status).toBe(404)
      expect((await rest('GET', `/api/media/file/${media[name].filename}`)).status).toBe(403)
    }
    for (const name of used) {
      expect((await rest('GET', `/api/media/${media[name].id}`)).status).toBe(200)
      const doc = await stored(name)
      expect((await rest('GET', `/api/media/file/${doc.filename}`)).status).toBe(200)
      expect((await rest('GET', `/api/media/file/${doc.sizes!.thumbnail!.filename}`)).status).toBe(200)
    }
  })

  it('a document lock (an editor has the media open in the admin) does not make it public', async () => {
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'media', value: media.unreferenced.id },
        user: { relationTo: 'users', value: users.editor.id },
      } as never,
    })
    expect(idsOf((await rest('GET', '/api/media?limit=100&depth=0')).body.docs)).toEqual(usedIds())
    await payload.delete({ collection: 'payload-locked-documents', id: lock.id })
    expect(
      (
        await rest('PATCH', `/api/media/${media.unreferenced.id}?locale=fi`, {
          token: tokens.contributor,
          body: { alt: 'Avattu' },
        })
      ).status,
    ).toBe(200)
  })

  it('signed-in staff see every upload', async () => {
    const answer = await rest('GET', '/api/media?limit=100&depth=0', { token: tokens.contributor })
    expect(idsOf(answer.body.docs)).toEqual([...used, ...notUsed].map((name) => String(media[name].id)).sort())
  })

  it('a media document stops being public when the document that used it is unpublished', async () => {
    const [pack] = (await payload.find({ collection: 'course-packs', limit: 1 })).docs
    await payload.update({ collection: 'course-packs', id: pack!.id, data: { _status: 'draft' } as never })
    try {
      expect(idsOf((await rest('GET', '/api/media?limit=100')).body.docs)).not.toContain(String(media.packFile.id))
      expect(
        (
          await rest('PATCH', `/api/media/${media.packFile.id}?locale=fi`, {
            token: tokens.contributor,
            body: { alt: 'Nyt saa' },
          })
        ).status,
      ).toBe(200)
    } finally {
      await payload.update({ collection: 'course-packs', id: pack!.id, data: { _status: 'published' } as never })
    }
  })

  it('the REST export, anonymous or with an API key, exports what the Local API exports', async () => {
    const local = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(local.media.map((item) => item.id).sort()).toEqual(usedIds())
    for (const key of [undefined, apiKey]) {
      const remote = assembleSnapshot('rest', await readPublishedRest('http://cms.test', key, payloadFetch))
      expect(remote.media).toEqual(local.media)
      expect(remote.model).toEqual(local.model)
    }
  })
})

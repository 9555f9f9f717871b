import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ContentError } from '../../scripts/lib/content'
import { assembleSnapshot, readPublishedLocal } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { seedContent } from '../../scripts/lib/seed'

const fixtures = path.resolve('tests/fixtures/content')
let payload: Payload

async function counts() {
  const docs = await payload.count({ collection: 'components', overrideAccess: true })
  const versions = await payload.countVersions({ collection: 'components', overrideAccess: true })
  return { docs: docs.totalDocs, versions: versions.totalDocs }
}

async function snapshot() {
  return assembleSnapshot('local', await readPublishedLocal(payload))
}

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('seed', () => {
  it('loads every fixture component, published, in each of its languages', async () => {
    const report = await seedContent(payload, fixtures)
    expect(report.created.sort()).toEqual([
      'components/kiertava-digitukihenkilo',
      'components/virtuaaliverstas',
      'settings',
    ])
    const en = await payload.find({
      collection: 'components',
      locale: 'en',
      fallbackLocale: false,
      where: { slug: { equals: 'kiertava-digitukihenkilo' } },
    })
    expect(en.docs[0]?.title).toBe('Rotating digital-support person')
    expect(en.docs[0]?._status).toBe('published')
  })

  it('changes nothing when run a second time: same documents, no new versions', async () => {
    const before = await counts()
    const report = await seedContent(payload, fixtures)
    expect(report.created).toEqual([])
    expect(report.updated).toEqual([])
    expect(report.unchanged).toHaveLength(3)
    expect(await counts()).toEqual(before)
  })

  it("in create-missing mode keeps an editor's change and adds only what is missing", async () => {
    const [doc] = (
      await payload.find({ collection: 'components', where: { slug: { equals: 'kiertava-digitukihenkilo' } } })
    ).docs
    await payload.update({
      collection: 'components',
      id: doc!.id,
      locale: 'fi',
      data: { summary: 'Toimittajan muutos.' },
    })
    const report = await seedContent(payload, fixtures, 'create-missing')
    expect(report.kept).toEqual(['components/kiertava-digitukihenkilo'])
    expect(report.unchanged).toEqual(['components/virtuaaliverstas', 'settings'])
    const kept = await payload.findByID({ collection: 'components', id: doc!.id, locale: 'fi' })
    expect(kept.summary).toBe('Toimittajan muutos.')
    // The default (upsert) mode brings the document back in line with content/.
    const upsert = await seedContent(payload, fixtures)
    expect(upsert.updated).toEqual(['components/kiertava-digitukihenkilo'])
    const restored = await payload.findByID({ collection: 'components', id: doc!.id, locale: 'fi' })
    expect(restored.summary).not.toBe('Toimittajan muutos.')
  })

  it('keeps a document an editor moved to the trash there on npm start, and restores it on npm run seed', async () => {
    const [doc] = (await payload.find({ collection: 'components', where: { slug: { equals: 'virtuaaliverstas' } } }))
      .docs
    await payload.update({ collection: 'components', id: doc!.id, data: { deletedAt: new Date().toISOString() } })
    const startReport = await seedContent(payload, fixtures, 'create-missing')
    expect(startReport.created).toEqual([])
    expect(startReport.kept).toContain('components/virtuaaliverstas')
    const stillTrashed = await payload.findByID({ collection: 'components', id: doc!.id, trash: true })
    expect(stillTrashed.deletedAt).toBeTruthy()

    const seedReport = await seedContent(payload, fixtures)
    expect(seedReport.updated).toContain('components/virtuaaliverstas')
    const back = await payload.findByID({ collection: 'components', id: doc!.id })
    expect(back.deletedAt ?? null).toBeNull()
    expect(back._status).toBe('published')
  })

  it('rejects a broken corpus naming the file and field, and writes nothing', async () => {
    const broken = fs.mkdtempSync(path.join(process.env.TOOLKIT_DATA_DIR!, 'broken-'))
    fs.cpSync(fixtures, broken, { recursive: true })
    // A valid new document next to a broken one: the valid one must not be written either.
    fs.mkdirSync(path.join(broken, 'components', 'uusi-osa'))
    fs.writeFileSync(
      path.join(broken, 'components', 'uusi-osa', 'fi.md'),
      fs.readFileSync(path.join(fixtures, 'components', 'virtuaaliverstas', 'fi.md')),
    )
    const file = path.join(broken, 'components', 'virtuaaliverstas', 'en.md')
    fs.writeFileSync(file, '---\ntitle: ""\nsummary: "ok"\n---\nBody\n')
    const before = await counts()
    const error = await seedContent(payload, broken).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).message).toContain('components/virtuaaliverstas/en.md')
    expect((error as ContentError).message).toContain('field "title"')
    expect(await counts()).toEqual(before)
    expect(await payload.count({ collection: 'components', where: { slug: { equals: 'uusi-osa' } } })).toMatchObject({
      totalDocs: 0,
    })
  })
})

describe('snapshot export', () => {
  it('contains published components with their real languages only (no silent fallback)', async () => {
    const result = await snapshot()
    expect(result.collections.components.map((c) => c.slug)).toEqual(['kiertava-digitukihenkilo', 'virtuaaliverstas'])
    const support = result.collections.components[0]!
    expect(support.content.en?.title).toBe('Rotating digital-support person')
    // The English file has no plain-language summary: the snapshot says so instead of copying Finnish.
    expect(support.content.en?.plainSummary).toBeNull()
    expect(support.content.sv).toBeNull()
    expect(result.collections.components[1]!.content.fi.diagram?.kind).toBe('weekly')
  })

  it('leaves a draft edit out until it is published', async () => {
    const [doc] = (await payload.find({ collection: 'components', where: { slug: { equals: 'virtuaaliverstas' } } }))
      .docs
    await payload.update({
      collection: 'components',
      id: doc!.id,
      locale: 'fi',
      draft: true,
      data: { title: 'Luonnosotsikko' },
    })
    const withDraft = await snapshot()
    const exported = withDraft.collections.components.find((c) => c.slug === 'virtuaaliverstas')!
    expect(exported.content.fi.title).toBe('Virtuaaliverstas')
    expect(JSON.stringify(withDraft)).not.toContain('Luonnosotsikko')

    await payload.update({
      collection: 'components',
      id: doc!.id,
      locale: 'fi',
      data: { title: 'Luonnosotsikko', _status: 'published' },
    })
    const published = await snapshot()
    expect(published.collections.components.find((c) => c.slug === 'virtuaaliverstas')!.content.fi.title).toBe(
      'Luonnosotsikko',
    )
  })

  it('never includes a document that has only ever been a draft', async () => {
    await payload.create({
      collection: 'components',
      locale: 'fi',
      draft: true,
      data: { title: 'Salainen luonnos', slug: 'salainen-luonnos', summary: 'Ei julkaistu.', _status: 'draft' },
    })
    const result = await snapshot()
    expect(result.collections.components.map((c) => c.slug)).not.toContain('salainen-luonnos')
    // …while a signed-in editor does see it in the CMS.
    const all = await payload.find({
      collection: 'components',
      draft: true,
      overrideAccess: true,
      where: { slug: { equals: 'salainen-luonnos' } },
    })
    expect(all.totalDocs).toBe(1)
  })
})

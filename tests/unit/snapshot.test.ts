import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { assembleSnapshot, emptyPublishedContent, ExportError, readPublishedRest } from '../../scripts/lib/export'
import { parseSnapshot, SNAPSHOT_VERSION, SnapshotError } from '@toolkit/contract/snapshot'
import { localize } from '../../site/src/lib/localize'
import { resolveFile } from '../../scripts/lib/static-server'
import type { Component } from '../../cms/src/payload-types'

function doc(id: number, fields: Partial<Component>): Component {
  return {
    id,
    slug: `osa-${id}`,
    title: `Osa ${id}`,
    summary: 'Tiivistelmä',
    updatedAt: '2026-11-01T10:00:00.000Z',
    createdAt: '2026-11-01T10:00:00.000Z',
    ...fields,
  } as Component
}

describe('snapshot assembly', () => {
  const read = emptyPublishedContent()
  read.collections.components = {
    fi: [
      doc(2, { order: 2, plainSummary: 'Selkeästi.' }),
      doc(1, { order: 1, steps: [{ title: 'A', text: 'B', id: 'x' }] }),
    ],
    en: [doc(1, { title: 'Part 1', summary: 'Summary' })],
    sv: [doc(1, { title: '' })],
  }
  const snapshot = assembleSnapshot('fixture', read)

  it('orders components and keeps only real translations', () => {
    expect(snapshot.collections.components.map((c) => c.slug)).toEqual(['osa-1', 'osa-2'])
    expect(snapshot.collections.components[0]!.content.en?.title).toBe('Part 1')
    expect(snapshot.collections.components[0]!.content.sv).toBeNull()
    expect(snapshot.collections.components[1]!.content.en).toBeNull()
    expect(snapshot.collections.components[0]!.content.fi.steps).toEqual([{ title: 'A', text: 'B' }])
  })

  it('lets the site fall back field by field and know the language of each value', () => {
    const partly = localize(snapshot.collections.components[1]!, 'en')
    expect(partly.untranslated).toBe(true)
    expect(partly.field('title')).toEqual({ value: 'Osa 2', lang: 'fi' })
    const translated = localize(
      {
        ...snapshot.collections.components[1]!,
        content: {
          ...snapshot.collections.components[1]!.content,
          en: { ...snapshot.collections.components[0]!.content.en!, plainSummary: null },
        },
      },
      'en',
    )
    expect(translated.untranslated).toBe(false)
    expect(translated.partly).toBe(true)
    expect(translated.field('plainSummary')).toEqual({ value: 'Selkeästi.', lang: 'fi' })
    expect(translated.field('title').lang).toBe('en')
  })

  it('rejects an invalid snapshot with the path of each problem', () => {
    const broken = JSON.parse(JSON.stringify(snapshot))
    broken.collections.components[0].slug = 'Not A Slug'
    delete broken.collections.components[1].content.fi.title
    expect(() => parseSnapshot(broken, 'test.json')).toThrow(SnapshotError)
    expect(() => parseSnapshot(broken, 'test.json')).toThrow(
      /collections\.components\.0\.slug[\s\S]*collections\.components\.1\.content\.fi\.title/,
    )
  })
})

describe('REST export', () => {
  it('pages through every result and asks for published, unfallen-back documents', async () => {
    const requested: URL[] = []
    const fakeFetch = (async (input: URL) => {
      const url = new URL(input)
      requested.push(url)
      if (url.pathname === '/api/globals/operating-model')
        return new Response(JSON.stringify({ title: 'Luonnos', _status: 'draft' }))
      // Answers as Payload does: the page and the counts beside the documents.
      if (url.pathname !== '/api/components')
        return new Response(
          JSON.stringify({ docs: [], page: 1, limit: 100, totalDocs: 0, totalPages: 0, hasNextPage: false }),
        )
      const page = Number(url.searchParams.get('page'))
      const docs = page === 1 ? [doc(1, {})] : [doc(2, {})]
      return new Response(
        JSON.stringify({ docs, page, limit: 1, totalDocs: 2, totalPages: 2, hasNextPage: page === 1 }),
        { status: 200 },
      )
    }) as typeof fetch
    const read = await readPublishedRest('https://cms.example.org', 'key', fakeFetch)
    expect(read.collections.components.fi.map((d) => d.id)).toEqual([1, 2])
    const componentRequests = requested.filter((url) => url.pathname === '/api/components')
    expect(componentRequests).toHaveLength(6) // two pages × three locales
    // A global that is not published never reaches the snapshot.
    expect(read.model.fi).toBeNull()
    const first = componentRequests[0]!.searchParams
    expect(first.get('where[_status][equals]')).toBe('published')
    expect(first.get('fallback-locale')).toBe('none')
    expect(first.get('depth')).toBe('0')
  })

  it('says clearly when the CMS is unreachable or answers with an error', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    await expect(readPublishedRest('https://cms.example.org', undefined, down)).rejects.toThrow(ExportError)
    const failing = (async () =>
      new Response('nope', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch
    await expect(readPublishedRest('https://cms.example.org', undefined, failing)).rejects.toThrow(/503/)
  })
})

describe('static server paths', () => {
  it('serves files and directory indexes inside the root only', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-static-'))
    fs.mkdirSync(path.join(root, 'fi'))
    fs.writeFileSync(path.join(root, 'fi', 'index.html'), 'x')
    expect(resolveFile(root, '/fi/')).toBe(path.join(root, 'fi', 'index.html'))
    expect(resolveFile(root, '/fi/?q=1')).toBe(path.join(root, 'fi', 'index.html'))
    expect(resolveFile(root, '/../../etc/passwd')).toBeNull()
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveFile(root, '/missing/')).toBeNull()
  })
})

describe('reading a snapshot file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-file-'))
  const write = (name: string, text: string) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, text)
    return file
  }

  it('names the file and the reason for a missing, unreadable, non-JSON or invalid file', async () => {
    const { readSnapshotFile } = await import('@toolkit/contract/snapshot-file')
    const missing = path.join(dir, 'missing.json')
    expect(() => readSnapshotFile(missing)).toThrow(
      new SnapshotError(`No content snapshot at ${missing}. Run "npm run export" first, or set SNAPSHOT_PATH.`),
    )
    expect(() => readSnapshotFile(dir)).toThrow(/could not be read \(EISDIR/)
    const broken = write('broken.json', '{"schemaVersion": 2,')
    expect(() => readSnapshotFile(broken)).toThrow(new RegExp(`The snapshot ${broken} could not be read as JSON`))
    const invalid = write('invalid.json', JSON.stringify({ schemaVersion: SNAPSHOT_VERSION }))
    expect(() => readSnapshotFile(invalid)).toThrow(SnapshotError)
    expect(() => readSnapshotFile(invalid)).toThrow(new RegExp(`${invalid} is not a valid snapshot:\\n  - generatedAt`))
  })

  it('gives back what the export wrote', async () => {
    const { readSnapshotFile } = await import('@toolkit/contract/snapshot-file')
    const written = assembleSnapshot('fixture', emptyPublishedContent())
    expect(readSnapshotFile(write('ok.json', JSON.stringify(written)))).toEqual(written)
  })
})

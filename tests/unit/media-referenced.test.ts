import { describe, expect, it } from 'vitest'

import type { CheatSheet, Media, OperatingModel, Post } from '../../cms/src/payload-types'
import { assembleSnapshot, emptyPublishedContent } from '../../scripts/lib/export'

/**
 * Only uploads that published content uses reach the site: the snapshot's media list (and so what
 * publishing downloads and copies into the site) holds the media that a document of the snapshot
 * references through an upload field or a rich-text upload node, and nothing else.
 */
const stamp = { updatedAt: '2026-11-01T10:00:00.000Z', createdAt: '2026-11-01T10:00:00.000Z' }

function media(id: number): Media {
  return {
    id,
    alt: `Kuva ${id}`,
    filename: `kuva-${id}.png`,
    mimeType: 'image/png',
    filesize: 100,
    width: 10,
    height: 10,
    url: `/api/media/file/kuva-${id}.png`,
    sizes: {},
    ...stamp,
  } as Media
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const uploadNode = (id: number) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: `node-${id}`,
  fields: null,
  relationTo: 'media',
  value: id,
})
const body = (...children: object[]) => ({ root: { type: 'root', children } }) as unknown as Post['body']

function post(id: number, slug: string, extra: Partial<Post> = {}): Post {
  return {
    id,
    slug,
    title: `Kirjoitus ${id}`,
    type: 'article',
    date: '2026-11-01T00:00:00.000Z',
    author: 'Toimitus',
    excerpt: 'Tiivistelmä',
    _status: 'published',
    ...stamp,
    ...extra,
  } as Post
}

function cheatSheet(id: number, slug: string, image: number): CheatSheet {
  return {
    id,
    slug,
    title: `Lunttilappu ${id}`,
    task: 'Tehtävä.',
    steps: [{ text: 'Askel.', image, id: `step-${id}` }],
    _status: 'published',
    ...stamp,
  } as CheatSheet
}

describe('the snapshot keeps only referenced media', () => {
  const read = emptyPublishedContent()
  const all = [1, 2, 3, 4, 5, 6].map(media)
  read.media = { fi: all, en: all, sv: all }
  read.collections.posts = {
    // 1 in a rich-text upload node; 2 only in the English body.
    fi: [post(10, 'julkaistu', { body: body(paragraph('Kuva:'), uploadNode(1)) })],
    en: [post(10, 'julkaistu', { title: 'Published', body: body(uploadNode(2)) })],
    sv: [],
  }
  // 3 in an upload field inside an array.
  read.collections['cheat-sheets'] = { fi: [cheatSheet(20, 'lunttilappu', 3)], en: [], sv: [] }
  // 4 in the operating model's rich text.
  read.model = {
    fi: {
      title: 'Toimintamalli',
      shortDescription: 'Kuvaus',
      body: body(uploadNode(4)),
      _status: 'published',
      ...stamp,
    } as unknown as OperatingModel,
    en: null,
    sv: null,
  }
  // 5: referenced only by a document without its Finnish title, which the snapshot leaves out.
  read.collections.posts.fi.push(post(11, 'kesken', { title: '', body: body(uploadNode(5)) }))
  // 6: referenced by nothing.

  const snapshot = assembleSnapshot('fixture', read)

  it('lists only media that a published document of the snapshot references', () => {
    expect(snapshot.model).not.toBeNull()
    expect(snapshot.media.map((item) => item.id).sort()).toEqual(['1', '2', '3', '4'])
    expect(snapshot.collections['cheat-sheets'][0]!.content.fi.steps[0]!.image).toBe('3')
  })

  it('leaves out media referenced by nothing', () => {
    expect(snapshot.media.map((item) => item.id)).not.toContain('6')
    expect(snapshot.media.map((item) => item.id)).not.toContain('5')
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'

// Bad input is refused with an error that names the field, and a refused save writes nothing.
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const link = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'link',
            version: 3,
            direction: null,
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', version: 1, text: 'linkki', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
})

async function rejected(data: Record<string, unknown>): Promise<{ message: string; fields: string[] }> {
  const before = await payload.count({ collection: 'components' })
  const error = (await payload
    .create({
      collection: 'components',
      data: { title: 'Testi', slug: 'testi', summary: 'S', _status: 'published', ...data } as never,
    })
    .then(
      () => null,
      (caught: unknown) => caught,
    )) as { message: string; data?: { errors?: { path: string }[] } } | null
  expect(error, 'the save should have been refused').not.toBeNull()
  expect((await payload.count({ collection: 'components' })).totalDocs).toBe(before.totalDocs)
  return { message: error!.message, fields: (error!.data?.errors ?? []).map((e) => e.path) }
}

describe('safe input for components', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:msgbox',
    ' JavaScript:void(0)',
    'ftp://files.example.org/x',
    'file:///etc/passwd',
  ])('refuses a rich-text link to %s', async (url) => {
    const { fields, message } = await rejected({ body: link(url) })
    expect(fields).toContain('body')
    expect(message).toMatch(/body/i)
  })

  it.each(['https://www.suomi.fi/', 'mailto:info@example.org', 'tel:+358 9 123', '/fi/haku/'])(
    'accepts a link to %s',
    async (url) => {
      counter++
      const doc = await payload.create({
        collection: 'components',
        data: {
          title: 'Linkki',
          slug: `linkki-${counter}`,
          summary: 'S',
          body: link(url) as never,
          _status: 'published',
        },
      })
      expect(doc.id).toBeDefined()
    },
  )

  it.each(['Iso Kirjain', 'ääkköset-ä', 'kaksi--viivaa', '-alussa', 'välilyönti lopussa '])(
    'refuses the slug "%s"',
    async (slug) => {
      const { fields } = await rejected({ slug })
      expect(fields).toContain('slug')
    },
  )

  it('refuses a duplicate slug', async () => {
    await payload.create({
      collection: 'components',
      data: { title: 'A', slug: 'kaksoiskappale', summary: 'S', _status: 'published' },
    })
    const { fields } = await rejected({ slug: 'kaksoiskappale' })
    expect(fields).toContain('slug')
  })

  it('refuses a missing title and a missing summary, naming each', async () => {
    expect((await rejected({ title: '' })).fields).toContain('title')
    expect((await rejected({ summary: undefined })).fields).toContain('summary')
  })

  it('refuses a summary over 600 characters', async () => {
    expect((await rejected({ summary: 'x'.repeat(601) })).fields).toContain('summary')
  })

  it('refuses an unknown audience and project value', async () => {
    expect((await rejected({ audience: ['everyone'] })).fields).toContain('audience')
    expect((await rejected({ project: 'unknown' })).fields).toContain('project')
  })

  it('refuses a step without text and a risk without an action', async () => {
    expect((await rejected({ steps: [{ title: 'Vaihe' }] })).fields.some((f) => f.startsWith('steps'))).toBe(true)
    expect((await rejected({ risks: [{ risk: 'Riski' }] })).fields.some((f) => f.startsWith('risks'))).toBe(true)
  })
})

let counter = 0

import { describe, expect, it } from 'vitest'

import { ExportError, readPublishedRest } from '../../scripts/lib/export'

/**
 * The REST export pages by offset; a CMS (or a proxy in front of it) that answers every page with
 * `hasNextPage: true`, ignores the page asked for, or miscounts must end the export with a clear
 * error, never loop or return a partial list.
 */
const CMS = 'https://cms.example.org'
const component = (id: number) => ({
  id,
  slug: `osa-${id}`,
  title: `Osa ${id}`,
  summary: 'S',
  _status: 'published',
  updatedAt: '2026-11-01T10:00:00.000Z',
})

/** How Payload answers a list read (drizzle adapter: an empty list has totalPages 0). */
function payloadPage(all: object[], page: number, limit: number) {
  const totalPages = Math.ceil(all.length / limit)
  return {
    docs: all.slice((page - 1) * limit, page * limit),
    page,
    limit,
    totalDocs: all.length,
    totalPages,
    hasNextPage: page < totalPages,
  }
}

/**
 * A fake CMS: `components` answers as `pageOf` says, every other list is empty, the model is a
 * draft. It stops a runaway loop itself (after 200 requests) so that a failing test fails, not hangs.
 */
function fakeCms(pageOf: (page: number, limit: number) => unknown) {
  const requests: URL[] = []
  const fetchImpl = (async (input: URL) => {
    const url = new URL(input)
    requests.push(url)
    if (requests.length > 200) throw new Error('RUNAWAY: the export kept asking for pages')
    const page = Number(url.searchParams.get('page'))
    const limit = Number(url.searchParams.get('limit'))
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
    if (url.pathname === '/api/globals/operating-model') return json({ _status: 'draft' })
    if (url.pathname !== '/api/components') return json(payloadPage([], page, limit))
    return json(pageOf(page, limit))
  }) as typeof fetch
  return { fetchImpl, componentRequests: () => requests.filter((url) => url.pathname === '/api/components') }
}

async function exportError(
  pageOf: (page: number, limit: number) => unknown,
): Promise<{ message: string; requests: number }> {
  const cms = fakeCms(pageOf)
  const error = await readPublishedRest(CMS, undefined, cms.fetchImpl).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ExportError)
  const message = (error as Error).message
  expect(message).not.toMatch(/RUNAWAY/)
  // The operator learns which CMS and which collection.
  expect(message).toContain(CMS)
  expect(message).toMatch(/components/)
  return { message, requests: cms.componentRequests().length }
}

describe('REST export paging', () => {
  it('reads every page of a consistent CMS, and only as many as it has', async () => {
    const all = Array.from({ length: 250 }, (_, index) => component(index + 1))
    const cms = fakeCms((page, limit) => payloadPage(all, page, limit))
    const read = await readPublishedRest(CMS, undefined, cms.fetchImpl)
    expect(read.collections.components.fi.map((doc) => doc.id)).toEqual(all.map((doc) => doc.id))
    expect(cms.componentRequests()).toHaveLength(9) // three pages × three locales
  })

  it('honours a smaller page size that the CMS imposes', async () => {
    const all = Array.from({ length: 25 }, (_, index) => component(index + 1))
    const cms = fakeCms((page) => payloadPage(all, page, 10))
    const read = await readPublishedRest(CMS, undefined, cms.fetchImpl)
    expect(read.collections.components.fi).toHaveLength(25)
  })

  it('ends with a clear error when the CMS always says hasNextPage and ignores the page asked for', async () => {
    const { message, requests } = await exportError(() => ({
      docs: [component(1)],
      page: 1,
      limit: 100,
      totalDocs: 1,
      totalPages: 1,
      hasNextPage: true,
    }))
    expect(message).toMatch(/page/)
    expect(requests).toBeLessThanOrEqual(2)
  })

  it('ends with a clear error when the CMS always says hasNextPage without any counts', async () => {
    const { message, requests } = await exportError(() => ({ docs: [component(1)], hasNextPage: true }))
    expect(message).toMatch(/totalDocs|page/)
    expect(requests).toBe(1)
  })

  it('refuses a page number that does not match the one asked for', async () => {
    const all = Array.from({ length: 150 }, (_, index) => component(index + 1))
    const { message } = await exportError((_page, limit) => payloadPage(all, 1, limit))
    expect(message).toMatch(/page 2/)
  })

  it('refuses more documents than the CMS counted', async () => {
    const { message } = await exportError((page) => ({
      ...payloadPage([component(1), component(2)], page, 100),
      totalDocs: 1,
    }))
    expect(message).toMatch(/totalDocs|counted/)
  })

  it('refuses a page without documents that claims a next page', async () => {
    const { message } = await exportError((page) => ({
      docs: [],
      page,
      limit: 100,
      totalDocs: 150,
      totalPages: 2,
      hasNextPage: true,
    }))
    expect(message).toMatch(/no documents/)
  })

  it('refuses hasNextPage on the last page', async () => {
    const all = Array.from({ length: 150 }, (_, index) => component(index + 1))
    const { message, requests } = await exportError((page, limit) => ({
      ...payloadPage(all, page, limit),
      hasNextPage: true,
    }))
    expect(message).toMatch(/hasNextPage/)
    expect(requests).toBe(2)
  })

  it('refuses counts that change from page to page', async () => {
    const { message } = await exportError((page) => {
      const all = Array.from({ length: 100 + page * 100 }, (_, index) => component(index + 1))
      return payloadPage(all, page, 100)
    })
    expect(message).toMatch(/changed/)
  })

  it('stops after totalDocs / limit + 1 pages whatever totalPages claims', async () => {
    // One document a page, an inflated totalPages: consistent page by page, never ending on its own.
    const { message, requests } = await exportError((page) => ({
      docs: [component(page)],
      page,
      limit: 100,
      totalDocs: 150,
      totalPages: 1_000,
      hasNextPage: true,
    }))
    expect(message).toMatch(/pages/)
    expect(requests).toBeLessThanOrEqual(3)
  })

  it('refuses a list that ends with fewer documents than counted', async () => {
    const { message } = await exportError((page) => ({ ...payloadPage([component(1)], page, 100), totalDocs: 2 }))
    expect(message).toMatch(/1 of the 2/)
  })
})

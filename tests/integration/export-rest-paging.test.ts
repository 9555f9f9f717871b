import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '../../cms/src/payload.config'
import { assembleSnapshot, readPublishedLocal, readPublishedRest } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'

// The REST export's paging checks (page, totalDocs, totalPages must add up) against Payload's real
// answers, through the same handleEndpoints the Next route calls: more documents than one page
// holds, plus drafts that must not count.
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

/** fetch, answered by Payload's REST handler in this process. */
const payloadFetch = (async (input: URL | RequestInfo, init?: RequestInit) =>
  handleEndpoints({ config, request: new Request(input, init) })) as typeof fetch

describe('REST export against Payload', () => {
  it('reads every page of a collection larger than one page and exports what the Local API exports', async () => {
    for (let index = 1; index <= 130; index++) {
      await payload.create({
        collection: 'components',
        data: {
          title: `Osa ${index}`,
          slug: `osa-${index}`,
          summary: 'Tiivistelmä',
          order: index,
          _status: 'published',
        } as never,
      })
    }
    for (let index = 1; index <= 5; index++) {
      await payload.create({
        collection: 'components',
        draft: true,
        data: { title: `Luonnos ${index}`, slug: `luonnos-${index}`, summary: 'S', _status: 'draft' } as never,
      })
    }
    const requested: URL[] = []
    const counting = (async (input: URL, init?: RequestInit) => {
      requested.push(new URL(input))
      return payloadFetch(input, init)
    }) as typeof fetch

    const remote = assembleSnapshot('rest', await readPublishedRest('http://cms.test', undefined, counting))
    const local = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(remote.collections.components).toHaveLength(130)
    expect(remote.collections).toEqual(local.collections)
    // Two pages of 100 per locale for components, one for every other list.
    expect(requested.filter((url) => url.pathname === '/api/components')).toHaveLength(6)
  }, 180_000)
})

import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assembleSnapshot, readPublishedLocal } from '../../scripts/lib/export'
import { startPayload } from '../../scripts/lib/payload'
import { restoreSnapshot, seedContent } from '../../scripts/lib/seed'
import { collectionKeys, type Snapshot } from '@toolkit/contract/snapshot'

// The whole real corpus makes the trip content/ → CMS → snapshot → empty CMS → snapshot, and comes
// back unchanged: the snapshot loses nothing the CMS holds, and nothing is invented on the way.
const contentDir = path.resolve('content')
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

/** The snapshot as text, without what legitimately differs between two databases: row ids and times. */
function comparable(snapshot: Snapshot): string {
  return JSON.stringify(
    snapshot,
    (key, value) => (['id', 'updatedAt', 'generatedAt'].includes(key) ? undefined : value),
    2,
  )
}

describe('seed → export → restore → export round trip', () => {
  it('restores every published document and translation byte for byte, and the corpus then finds nothing to change', async () => {
    const seeded = await seedContent(payload, contentDir)
    expect(seeded.created.length).toBeGreaterThan(100)
    const first = assembleSnapshot('local', await readPublishedLocal(payload))

    for (const collection of collectionKeys) {
      await payload.delete({ collection, where: { id: { exists: true } } })
      expect((await payload.count({ collection })).totalDocs).toBe(0)
    }
    const restored = await restoreSnapshot(payload, first)
    // The globals (the operating model, the site settings) were kept, not re-created.
    expect(restored.created.length).toBe(seeded.created.length - 2)
    const second = assembleSnapshot('local', await readPublishedLocal(payload))
    expect(comparable(second)).toBe(comparable(first))

    const again = await seedContent(payload, contentDir)
    expect(again.updated).toEqual([])
    expect(again.created).toEqual([])
  }, 240_000)
})

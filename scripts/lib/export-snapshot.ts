import type { Snapshot } from '@toolkit/contract/snapshot'

import { assembleSnapshot, readPublishedLocal, readPublishedRest, writeSnapshot } from './export'
import { startPayload } from './payload'

/**
 * npm run export's work: the published content from PAYLOAD_URL over REST when it is set,
 * otherwise from the embedded database, written to `file`. Payload is imported statically here:
 * see run-export.ts for why the site build reaches this through its own process.
 */
export async function exportSnapshot(file: string): Promise<Snapshot> {
  const remote = process.env.PAYLOAD_URL
  let snapshot: Snapshot
  if (remote) {
    snapshot = assembleSnapshot('rest', await readPublishedRest(remote, process.env.PAYLOAD_API_KEY))
  } else {
    const payload = await startPayload()
    try {
      snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
    } finally {
      await payload.destroy()
    }
  }
  writeSnapshot(snapshot, file)
  return snapshot
}

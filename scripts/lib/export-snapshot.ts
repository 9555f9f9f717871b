import type { Snapshot } from '@toolkit/contract/snapshot'

import { assembleSnapshot, readPublishedLocal, writeSnapshot } from './export'
import { startPayload } from './payload'
import { exportOverRest } from './run-export'

/**
 * npm run export's work: the published content from PAYLOAD_URL over REST when it is set,
 * otherwise from the embedded database, written to `file`. Payload is imported statically here:
 * see run-export.ts for why the site build reaches this through its own process.
 */
export async function exportSnapshot(file: string): Promise<Snapshot> {
  const remote = process.env.PAYLOAD_URL
  if (remote) return exportOverRest(remote, file)
  const payload = await startPayload()
  let snapshot: Snapshot
  try {
    snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
  } finally {
    await payload.destroy()
  }
  writeSnapshot(snapshot, file)
  return snapshot
}

import { assembleSnapshot, readPublishedLocal, readPublishedRest, writeSnapshot } from './export'
import type { Snapshot } from '@toolkit/contract/snapshot'

/**
 * Exports from PAYLOAD_URL over REST when it is set, otherwise from the embedded database. Payload
 * is loaded only for the embedded database: the site build over REST runs without it installed.
 */
export async function runExport(file: string): Promise<{ file: string; snapshot: Snapshot }> {
  const remote = process.env.PAYLOAD_URL
  let snapshot: Snapshot
  if (remote) {
    snapshot = assembleSnapshot('rest', await readPublishedRest(remote, process.env.PAYLOAD_API_KEY))
  } else {
    const { startPayload } = await import('./payload')
    const payload = await startPayload()
    try {
      snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
    } finally {
      await payload.destroy()
    }
  }
  writeSnapshot(snapshot, file)
  return { file, snapshot }
}

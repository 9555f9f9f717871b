import type { Payload } from 'payload'

import { seedAdmin } from './admin-user'
import { contentDir } from './env'
import { assembleSnapshot, readPublishedLocal, writeSnapshot } from './export'
import { type SeedMode, type SeedReport, seedContent } from './seed'
import type { Snapshot } from '@toolkit/contract/snapshot'

/** Seeds the corpus and exports the published snapshot with one Payload instance. */
export async function seedAndExport(
  payload: Payload,
  snapshotPath: string,
  mode: SeedMode = 'upsert',
): Promise<{ seed: SeedReport; snapshot: Snapshot }> {
  await seedAdmin(payload)
  const seed = await seedContent(payload, contentDir, mode)
  const snapshot = assembleSnapshot('local', await readPublishedLocal(payload))
  writeSnapshot(snapshot, snapshotPath)
  return { seed, snapshot }
}

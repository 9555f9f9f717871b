import fs from 'node:fs'
import path from 'node:path'
import type { Loader } from 'astro/loaders'

import type { CollectionKey, Snapshot } from '@toolkit/contract/snapshot'
import { readSnapshotFile } from '@toolkit/contract/snapshot-file'

/** SNAPSHOT_PATH, or the export's default location data/snapshot.json at the repository root. */
export function snapshotPath(): string {
  return process.env.SNAPSHOT_PATH || path.resolve(process.cwd(), '..', 'data', 'snapshot.json')
}

let cached: { file: string; mtimeMs: number; snapshot: Snapshot } | undefined

/** Reads and validates the snapshot once per build; a bad file stops the build with the reason. */
export function readSnapshot(): Snapshot {
  const file = snapshotPath()
  // A missing or invalid file stops the build with a message that names it and the reason.
  const mtimeMs = fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1
  if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.snapshot
  const snapshot = readSnapshotFile(file)
  cached = { file, mtimeMs, snapshot }
  return snapshot
}

/** A content-layer loader for one collection of the snapshot, keyed by slug. */
export function snapshotLoader(collection: CollectionKey): Loader {
  return {
    name: `snapshot-${collection}`,
    load: async ({ store, parseData, generateDigest }) => {
      const entries = readSnapshot().collections[collection]
      store.clear()
      for (const entry of entries) {
        const data = await parseData({ id: entry.slug, data: entry as unknown as Record<string, unknown> })
        store.set({ id: entry.slug, data, digest: generateDigest(data) })
      }
    },
  }
}

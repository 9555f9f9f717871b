import { errorMessage } from '@toolkit/contract/errors'

import { defaultSnapshotPath } from '../lib/env'
import { describeSnapshot } from '../lib/export'
import { exportSnapshot } from '../lib/export-snapshot'

/** npm run export: writes the published content to data/snapshot.json (or SNAPSHOT_PATH). */
const file = process.env.SNAPSHOT_PATH || defaultSnapshotPath
exportSnapshot(file)
  .then((snapshot) => {
    console.log(`Snapshot written to ${file}: ${describeSnapshot(snapshot)} (source: ${snapshot.source}).`)
    process.exit(0)
  })
  .catch((error: unknown) => {
    console.error(`Export failed: ${errorMessage(error)}`)
    console.error('No snapshot was written; the previous one is unchanged.')
    process.exit(1)
  })

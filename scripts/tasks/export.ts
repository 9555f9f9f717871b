import { errorMessage } from '@toolkit/contract/errors'

import { defaultSnapshotPath } from '../lib/env'
import { describeSnapshot } from '../lib/export'
import { runExport } from '../lib/run-export'

/** npm run export: writes the published content to data/snapshot.json (or SNAPSHOT_PATH). */
runExport(process.env.SNAPSHOT_PATH || defaultSnapshotPath)
  .then(({ file, snapshot }) => {
    console.log(`Snapshot written to ${file}: ${describeSnapshot(snapshot)} (source: ${snapshot.source}).`)
    process.exit(0)
  })
  .catch((error: unknown) => {
    console.error(`Export failed: ${errorMessage(error)}`)
    console.error('No snapshot was written; the previous one is unchanged.')
    process.exit(1)
  })

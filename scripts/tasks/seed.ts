import { errorMessage } from '@toolkit/contract/errors'

import { seedAdmin } from '../lib/admin-user'
import { ContentError } from '../lib/content'
import { contentDir } from '../lib/env'
import { startPayload } from '../lib/payload'
import { restoreSnapshot, seedContent } from '../lib/seed'
import { readSnapshotFile } from '@toolkit/contract/snapshot-file'

/**
 * npm run seed: loads content/ into the CMS database (idempotent, all-or-nothing).
 * npm run seed -- --from-snapshot <file>: restores the published documents of a snapshot instead,
 * e.g. to bring the production site's content into a local CMS.
 */
async function main(): Promise<void> {
  const flag = process.argv.indexOf('--from-snapshot')
  const snapshotFile = flag >= 0 ? process.argv[flag + 1] : undefined
  if (flag >= 0 && !snapshotFile) throw new ContentError(['--from-snapshot needs the path of a snapshot file'])
  const snapshot = snapshotFile ? readSnapshotFile(snapshotFile) : undefined

  const payload = await startPayload()
  try {
    await seedAdmin(payload)
    console.log(snapshot ? `Restoring ${snapshotFile}…` : `Loading ${contentDir} into the database…`)
    // A line every 20 documents: a long seed shows it is moving (and where it stopped, if it did).
    const progress = (done: number, total: number) => {
      if (done % 20 === 0 || done === total) console.log(`Loaded ${done} of ${total} documents…`)
    }
    const report = snapshot
      ? await restoreSnapshot(payload, snapshot, progress)
      : await seedContent(payload, contentDir, 'upsert', progress)
    console.log(
      `Seed done${snapshotFile ? ` from ${snapshotFile}` : ''}: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged.`,
    )
  } finally {
    await payload.destroy()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    if (error instanceof ContentError) {
      console.error(error.message)
      console.error('Nothing was written to the database.')
    } else {
      console.error(`Seed failed: ${errorMessage(error)}`)
      console.error('The transaction was rolled back; the database is as it was before.')
    }
    process.exit(1)
  })

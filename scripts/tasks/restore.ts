import path from 'node:path'
import { parseArgs } from 'node:util'

import '../lib/load-env'

import { mediaDir } from '../../cms/src/paths'
import { BackupError, describeManifest, exitAfterWriting, restoreBackup, runToTheEnd, UsageError } from '../lib/backup'
import { describeFailure } from '../lib/failure'

const usage =
  'Usage: npm run restore -- <backup directory> [--force]   (--force replaces a database or uploads folder that has content)'

/**
 * npm run restore -- <backup>: checks the backup whole, then puts its database and uploads in place
 * of the configured ones (DATABASE_URI, the data folder). See README, "Backups".
 */
async function main(): Promise<string> {
  let parsed: { values: { force: boolean }; positionals: string[] }
  try {
    parsed = parseArgs({
      options: { force: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'Which backup? Give its directory.'
        : `One backup at a time (got ${positionals.length}).`,
    )
  }
  const dir = path.resolve(positionals[0]!)
  const manifest = await restoreBackup({ dir, uri: process.env.DATABASE_URI!, mediaDir, force: values.force })
  return `Restored ${dir} (database and ${mediaDir})\n${describeManifest(manifest)}`
}

runToTheEnd('npm run restore', 'Check the database and the uploads before using them.', main)
  .then((report) => exitAfterWriting(process.stdout, report, 0))
  .catch((error: unknown) => {
    if (error instanceof UsageError) return exitAfterWriting(process.stderr, `${error.message}\n${usage}`, 2)
    const message = error instanceof BackupError ? error.message : describeFailure(error)
    const unchanged =
      error instanceof BackupError && error.afterDatabaseRestore
        ? ''
        : '\nNothing was restored: the database and the uploads are as they were.'
    exitAfterWriting(process.stderr, `${message}${unchanged}`, 1)
  })

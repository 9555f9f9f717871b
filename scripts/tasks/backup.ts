import path from 'node:path'
import { parseArgs } from 'node:util'

import '../lib/load-env'

import configPromise from '../../cms/src/payload.config'
import { mediaDir } from '../../cms/src/paths'
import { BackupError, createBackup, describeManifest, exitAfterWriting, runToTheEnd, UsageError } from '../lib/backup'
import { dataDir } from '../lib/env'
import { describeFailure } from '../lib/failure'

const usage =
  'Usage: npm run backup [-- --out DIR]   (DIR receives a new backup-<time> directory; default data/backups)'

/**
 * npm run backup: the whole CMS in one directory (database dump, uploads, manifest.json with
 * checksums), taken while the CMS runs. See README, "Backups".
 */
async function main(): Promise<string> {
  let out: string | undefined
  try {
    out = parseArgs({ options: { out: { type: 'string' } }, strict: true, allowPositionals: false }).values.out
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  // The collections' tables, from the CMS's own configuration (read only for their names). It is a
  // static import: a dynamic import() of it under tsx's loader hooks on Node 22 sometimes never
  // settled, and the backup ended with code 0 having written nothing.
  const config = await configPromise
  const collections = config.collections.map((collection) => ({
    slug: collection.slug,
    table: typeof collection.dbName === 'string' ? collection.dbName : collection.slug.replaceAll('-', '_'),
  }))
  const { dir, manifest } = await createBackup({
    uri: process.env.DATABASE_URI!,
    mediaDir,
    outDir: path.resolve(out ?? path.join(dataDir, 'backups')),
    collections,
  })
  return `Backup written to ${dir}\n${describeManifest(manifest)}`
}

runToTheEnd('npm run backup', 'No backup was written.', main)
  .then((report) => exitAfterWriting(process.stdout, report, 0))
  .catch((error: unknown) => {
    if (error instanceof UsageError) return exitAfterWriting(process.stderr, `${error.message}\n${usage}`, 2)
    const message = error instanceof BackupError ? error.message : describeFailure(error)
    exitAfterWriting(process.stderr, `${message}\nNo backup was written.`, 1)
  })

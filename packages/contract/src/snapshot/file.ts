import fs from 'node:fs'

import { errorMessage } from '../errors'
import { parseSnapshot, type Snapshot, SnapshotError } from './index'

/**
 * Reads and validates a snapshot file: the one way the build, the site and the seed read one.
 * A missing, unreadable or invalid file is a SnapshotError that names the file and the reason.
 */
export function readSnapshotFile(file: string): Snapshot {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new SnapshotError(
      missing
        ? `No content snapshot at ${file}. Run "npm run export" first, or set SNAPSHOT_PATH.`
        : `The snapshot ${file} could not be read (${errorMessage(error)}).`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SnapshotError(`The snapshot ${file} could not be read as JSON (${errorMessage(error)}).`)
  }
  return parseSnapshot(json, file)
}

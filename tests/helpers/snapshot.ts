import fs from 'node:fs'

import { parseSnapshot, type Snapshot } from '../../scripts/lib/snapshot-schema'

export function loadSnapshot(file: string): Snapshot {
  return parseSnapshot(JSON.parse(fs.readFileSync(file, 'utf8')), file)
}

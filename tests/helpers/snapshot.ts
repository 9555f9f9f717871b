import fs from 'node:fs'

import { parseSnapshot, type Snapshot } from '@toolkit/contract/snapshot'

export function loadSnapshot(file: string): Snapshot {
  return parseSnapshot(JSON.parse(fs.readFileSync(file, 'utf8')), file)
}

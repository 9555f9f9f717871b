import '../lib/load-env'

import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import config from '../../cms/src/payload.config'
import { repoRoot } from '../../cms/src/paths'
import { documentTypesFile, generateDocumentTypes, generateSnapshotTypes } from '../lib/snapshot-codegen'

/**
 * Regenerates everything derived from the Payload configs: Payload's own types, the admin's import
 * map, the snapshot schemas and the export's copy of the shape. Tests fail while any of them is stale.
 */
const sanitized = await config
await generateTypes(sanitized, { log: false })
const importMapFile = path.join(repoRoot, 'cms/src/app/(payload)/admin/importMap.js')
await generateImportMap(
  { ...sanitized, admin: { ...sanitized.admin, importMap: { ...sanitized.admin.importMap, importMapFile } } },
  { log: false },
)
const file = path.join(repoRoot, 'packages/contract/src/snapshot/types.generated.ts')
fs.writeFileSync(file, generateSnapshotTypes())
fs.writeFileSync(path.join(repoRoot, documentTypesFile), generateDocumentTypes())
console.log(
  `Generated cms/src/payload-types.ts, the admin import map, packages/contract/src/snapshot/types.generated.ts and ${documentTypesFile}`,
)
process.exit(0)

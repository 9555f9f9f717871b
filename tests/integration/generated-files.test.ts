import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import config from '../../cms/src/payload.config'
import { documentTypesFile, generateDocumentTypes, generateSnapshotTypes } from '../../scripts/lib/snapshot-codegen'

// cms/src/payload-types.ts is the single source of every content shape the exporter and the site
// use, so it must match the collections. Regenerate with `npm run generate:types -w cms`.
describe('generated Payload types', () => {
  it('are up to date with the collection configs', async () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = output
    try {
      await generateTypes(await config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    const committed = fs.readFileSync(path.resolve('cms/src/payload-types.ts'), 'utf8')
    expect(fs.readFileSync(output, 'utf8')).toBe(committed)
  })
})

// The admin's import map must list every client component the config uses, or the admin build
// renders without them. Regenerate with `npm run generate:importmap -w cms`.
describe('admin import map', () => {
  it('is up to date with the config', async () => {
    const sanitized = await config
    // Beside the committed map, so that the paths to the project's own components (the
    // dashboard panel) come out relative to the same folder.
    const committedFile = path.resolve('cms/src/app/(payload)/admin/importMap.js')
    const output = path.join(path.dirname(committedFile), `importMap.check-${process.pid}.js`)
    fs.writeFileSync(output, '')
    try {
      const copy = {
        ...sanitized,
        admin: { ...sanitized.admin, importMap: { ...sanitized.admin.importMap, importMapFile: output } },
      }
      await generateImportMap(copy, { log: false, force: true })
      expect(fs.readFileSync(output, 'utf8')).toBe(fs.readFileSync(committedFile, 'utf8'))
    } finally {
      fs.rmSync(output, { force: true })
    }
  })
})

// The snapshot's per-type schemas are generated from the same configs. Regenerate with
// `npm run generate:types`.
describe('generated snapshot schemas', () => {
  it('are up to date with the collection configs', () => {
    const committed = fs.readFileSync(path.resolve('packages/contract/src/snapshot/types.generated.ts'), 'utf8')
    expect(generateSnapshotTypes()).toBe(committed)
  })
})

// The export reads the shape from a generated copy, so that the site build needs no Payload.
describe("the export's copy of the shape", () => {
  it('is up to date with the collection configs', () => {
    expect(generateDocumentTypes()).toBe(fs.readFileSync(path.resolve(documentTypesFile), 'utf8'))
  })
})

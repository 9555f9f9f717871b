import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { BuildError, buildSite } from '../../scripts/lib/site-build'

// A failed build must never leave a half-published site: the previous output stays as it was.
describe('static site build', () => {
  it('keeps the previous site untouched when the snapshot is invalid', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-build-'))
    const outDir = path.join(dir, 'dist')
    fs.mkdirSync(path.join(outDir, 'fi'), { recursive: true })
    fs.writeFileSync(path.join(outDir, 'fi', 'index.html'), '<p>previous site</p>')
    const snapshot = path.join(dir, 'snapshot.json')
    fs.writeFileSync(snapshot, JSON.stringify({ schemaVersion: 1, components: [{ slug: 'Not valid' }] }))

    await expect(buildSite(snapshot, outDir)).rejects.toThrow(BuildError)
    expect(fs.readFileSync(path.join(outDir, 'fi', 'index.html'), 'utf8')).toBe('<p>previous site</p>')
    expect(fs.readdirSync(dir).sort()).toEqual(['dist', 'snapshot.json'])
  })
})

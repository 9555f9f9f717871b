import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { problems } from '../helpers/content'

/**
 * Content files are data only: gray-matter's default engines would eval a `---js` front matter
 * block (and pick the engine from whatever follows the opening `---`), so a content file could run
 * code during seed, check:content, npm start and npm test.
 */
const fixtures = path.resolve('tests/fixtures/content')
const validFi = fs.readFileSync(path.join(fixtures, 'components/virtuaaliverstas/fi.md'), 'utf8')

function corpusWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-content-safety-'))
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), body)
  }
  return dir
}

/** Code that, if it ever runs, leaves a file behind (and returns valid-looking front matter). */
function markerCode(marker: string): string {
  return `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), { title: 'X', summary: 'S', order: 1, project: 'dot' }`
}

describe('content files are data only', () => {
  const openers = [
    '---js',
    '---javascript',
    '--- js',
    '---  javascript  ',
    '---JS',
    '---coffee',
    '---json',
    '---toString',
  ]

  for (const opener of openers) {
    it(`refuses a "${opener.trim()}" front matter block without running it, naming the file`, () => {
      const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-marker-')), 'ran')
      const dir = corpusWith({
        'components/a-ok/fi.md': validFi,
        'components/b-code/fi.md': `${opener}\n${markerCode(marker)}\n---\nBody\n`,
      })
      const found = problems(dir)
      expect(fs.existsSync(marker)).toBe(false)
      expect(found).toEqual([
        expect.stringMatching(/^components\/b-code\/fi\.md: the front matter must be YAML .*data, never code/),
      ])
    })
  }

  it('accepts "---yaml" and a plain "---"', () => {
    const dir = corpusWith({
      'components/a-ok/fi.md': validFi,
      'components/b-ok/fi.md': validFi.replace(/^---\n/, '---yaml\n'),
    })
    expect(problems(dir)).toEqual([])
  })

  it('refuses YAML tags that construct functions or other JavaScript values', () => {
    for (const tag of ['!!js/function "function () { return 1 }"', '!!js/regexp /x/', '!!js/undefined ""']) {
      const dir = corpusWith({ 'components/b-tag/fi.md': validFi.replace(/^title: .*$/m, `title: ${tag}`) })
      expect(problems(dir)).toEqual([
        expect.stringMatching(/^components\/b-tag\/fi\.md: the front matter is not valid YAML \(unknown tag/),
      ])
    }
  })
})

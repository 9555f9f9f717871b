import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * `tsc -b` (run by npm test) checks only the files of the projects the root tsconfig.json
 * references: a TypeScript file outside all of them would never be type-checked, and a file in two
 * would be checked twice with different options. The references follow the architecture's import
 * rule (tests/unit/import-graph.test.ts), and declarations never land beside the sources.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..')
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'tsc')

function parse(configFile: string): ts.ParsedCommandLine {
  const read = ts.readConfigFile(configFile, ts.sys.readFile)
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'))
  return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configFile), undefined, configFile)
}

const root = parse(path.join(repoRoot, 'tsconfig.json'))
const projects = (root.projectReferences ?? []).map((reference) => {
  const configFile = ts.resolveProjectReferencePath(reference)
  return { name: path.relative(repoRoot, configFile), config: parse(configFile) }
})
const projectNamed = (name: string) => projects.find((project) => project.name === name)!
const referencesOf = (name: string) =>
  (projectNamed(name).config.projectReferences ?? []).map((reference) =>
    path.relative(repoRoot, ts.resolveProjectReferencePath(reference)),
  )

/** The repository's TypeScript files, committed or new, as git sees them (ignored files left out). */
function typeScriptFiles(): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '*.ts', '*.tsx', '*.mts', '*.cts'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  )
  return listed
    .split('\0')
    .filter(Boolean)
    .map((file) => path.join(repoRoot, file))
    .filter((file) => fs.existsSync(file)) // deleted but not yet committed
}

describe('the projects of tsc -b', () => {
  it('are the contract, the CMS, the site, the scripts and the tests, with no files of the root', () => {
    expect(root.fileNames).toEqual([])
    expect(projects.map((project) => project.name).sort()).toEqual(
      [
        'cms/tsconfig.build.json',
        'packages/contract/tsconfig.json',
        'scripts/tsconfig.json',
        'site/tsconfig.build.json',
        'tests/tsconfig.json',
      ].sort(),
    )
  })

  it('cover every TypeScript file of the repository exactly once', () => {
    const owners = new Map<string, string[]>()
    for (const project of projects) {
      for (const file of project.config.fileNames)
        owners.set(path.resolve(file), [...(owners.get(path.resolve(file)) ?? []), project.name])
    }
    // Declarations that tools generate (.astro/, Next's next-env.d.ts) are git-ignored and not listed.
    const unchecked = typeScriptFiles().filter((file) => !owners.has(file))
    expect(unchecked.map((file) => path.relative(repoRoot, file))).toEqual([])
    const twice = [...owners].filter(([, names]) => names.length > 1)
    expect(twice.map(([file, names]) => `${path.relative(repoRoot, file)}: ${names.join(', ')}`)).toEqual([])
  })

  it('write their declarations and build state under node_modules/.cache/tsc, never into the sources', () => {
    expect(projects).not.toHaveLength(0)
    for (const project of projects) {
      const { composite, outDir, noEmit } = project.config.options
      expect(composite, project.name).toBe(true)
      expect(noEmit, project.name).toBeFalsy()
      expect(outDir && path.relative(cacheDir, outDir).startsWith('..'), `${project.name}: outDir ${outDir}`).toBe(
        false,
      )
    }
  })

  it('reference only what the import rule lets them import', () => {
    expect(referencesOf('packages/contract/tsconfig.json')).toEqual([])
    expect(referencesOf('cms/tsconfig.build.json')).toEqual(['packages/contract/tsconfig.json'])
    expect(referencesOf('site/tsconfig.build.json')).toEqual(['packages/contract/tsconfig.json'])
    expect(referencesOf('scripts/tsconfig.json').sort()).toEqual([
      'cms/tsconfig.build.json',
      'packages/contract/tsconfig.json',
    ])
  })
})

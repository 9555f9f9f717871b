import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The architecture's one rule about imports (docs/architecture.md): the contract package is the
 * only code the CMS, the scripts and the site share. The site imports neither cms/ nor scripts/,
 * the scripts import nothing from site/, the CMS imports from neither, and the contract imports
 * only zod and Node's own modules.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..')
const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/
const SKIP = new Set(['node_modules', '.next', 'dist', '.astro', 'public'])

function sourceFiles(dir: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('dist')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...sourceFiles(full))
    else if (SOURCE.test(entry.name)) found.push(full)
  }
  return found
}

/** Every module specifier a file names: static and type imports, re-exports, dynamic imports. */
function specifiers(source: string): string[] {
  const found = new Set<string>()
  const forms = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  for (const form of forms) for (const match of source.matchAll(form)) found.add(match[1]!)
  return [...found]
}

type Area = 'cms' | 'scripts' | 'site' | 'contract' | 'elsewhere'

function areaOf(file: string): Area {
  const relative = path.relative(repoRoot, file).split(path.sep)
  if (relative[0] === 'packages' && relative[1] === 'contract') return 'contract'
  if (relative[0] === 'cms' || relative[0] === 'scripts' || relative[0] === 'site') return relative[0]
  return 'elsewhere'
}

const forbidden: Record<Exclude<Area, 'elsewhere'>, Area[]> = {
  site: ['cms', 'scripts'],
  scripts: ['site'],
  cms: ['site', 'scripts'],
  contract: ['cms', 'scripts', 'site'],
}

/** The packages each area may name besides relative paths (the contract: zod and node: only). */
const bareAllowed: Partial<Record<Area, (name: string) => boolean>> = {
  contract: (name) => name === 'zod' || name.startsWith('node:') || builtinModules.includes(name),
  site: (name) =>
    !name.startsWith('@digiosallisuus/cms') && !name.startsWith('payload') && !name.startsWith('@payloadcms/'),
}

function violations(files: string[]): string[] {
  const found: string[] = []
  for (const file of files) {
    const from = areaOf(file)
    if (from === 'elsewhere') continue
    for (const specifier of specifiers(fs.readFileSync(file, 'utf8'))) {
      const where = path.relative(repoRoot, file)
      if (specifier.startsWith('.')) {
        const to = areaOf(path.resolve(path.dirname(file), specifier))
        if (forbidden[from].includes(to)) found.push(`${where} imports ${specifier} (${from} → ${to})`)
      } else if (bareAllowed[from] && !bareAllowed[from]!(specifier)) {
        found.push(`${where} imports the package ${specifier}`)
      }
    }
  }
  return found
}

const allFiles = ['cms', 'scripts', 'site', 'packages/contract'].flatMap((dir) => sourceFiles(path.join(repoRoot, dir)))

describe('the import graph', () => {
  it('reads every kind of import a file can make', () => {
    const source = `import a from '../x'\nimport type { B } from "../y"\nexport { c } from '../z'\nimport '../side-effect'\nconst d = await import('../lazy')\nimport {\n  e,\n} from '../multi'`
    expect(specifiers(source).sort()).toEqual(['../lazy', '../multi', '../side-effect', '../x', '../y', '../z'])
  })

  it('finds a forbidden import when there is one', () => {
    const file = path.join(repoRoot, 'site', 'src', 'lib', '__probe__.ts')
    fs.writeFileSync(file, "import { x } from '../../../scripts/lib/env'\nimport { y } from 'payload'\n")
    try {
      expect(violations([file])).toEqual([
        'site/src/lib/__probe__.ts imports ../../../scripts/lib/env (site → scripts)',
        'site/src/lib/__probe__.ts imports the package payload',
      ])
    } finally {
      fs.rmSync(file)
    }
  })

  it('covers the code of every area', () => {
    for (const area of ['cms', 'scripts', 'site', 'contract'] as const)
      expect(allFiles.filter((file) => areaOf(file) === area).length).toBeGreaterThan(3)
  })

  it('has the site import neither cms/ nor scripts/, the scripts nothing from site/, the CMS neither, and the contract only zod and Node', () => {
    expect(violations(allFiles)).toEqual([])
  })

  it('keeps the contract package depending on zod only', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'packages/contract/package.json'), 'utf8'),
    ) as Record<string, Record<string, string> | undefined>
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['zod'])
    expect(manifest.devDependencies ?? {}).toEqual({})
  })
})

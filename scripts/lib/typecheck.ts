import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot, siteDir } from './env'
import { assembleSnapshot, emptyPublishedContent } from './export'

/**
 * The type-checks, in the order they must run:
 * - `astro check`: the site's .astro templates (and its .ts modules), as the Astro language
 *   server sees them. It first runs `astro sync`, which writes the content-collection types to
 *   site/.astro/ (git-ignored) that the site's project in `tsc -b` needs too.
 * - `tsc -b`: every project of the root tsconfig.json (packages/contract, cms, the site's .ts
 *   modules, scripts, tests), each compiling only its own files against the declarations of the
 *   projects it imports. Those and the incremental state go to node_modules/.cache/tsc/.
 * Each fails on any error; `astro check` on any warning too (hints are only printed).
 */
export interface TypeCheck {
  name: string
  /** Runs the check with its output shown; true when it passed. */
  run(): boolean
}

const node = process.execPath
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')

function succeeds(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(node, args, { cwd, stdio: 'inherit', env })
  if (result.error) console.error(`${args.join(' ')} could not run: ${result.error.message}`)
  return result.status === 0
}

/**
 * `astro sync` runs the content loaders, which read a snapshot: the check gets an empty one (the
 * types come from the schemas, not the documents), so it needs no database, export or network.
 * Astro's cache (its content data store) goes to a folder of its own, removed afterwards, as in a build.
 */
function astroCheck(): boolean {
  const workRoot = path.join(repoRoot, 'node_modules', '.cache', 'toolkit-astro')
  fs.mkdirSync(workRoot, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(workRoot, 'check-'))
  try {
    const snapshotPath = path.join(workDir, 'snapshot.json')
    fs.writeFileSync(snapshotPath, JSON.stringify(assembleSnapshot('fixture', emptyPublishedContent())))
    return succeeds([astro, 'check', '--minimumFailingSeverity', 'warning'], siteDir, {
      ...process.env,
      SNAPSHOT_PATH: snapshotPath,
      ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    })
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

export const typeChecks: TypeCheck[] = [
  { name: 'astro check', run: astroCheck },
  { name: 'tsc -b', run: () => succeeds([tsc, '-b'], repoRoot) },
]

const prettier = path.join(repoRoot, 'node_modules', 'prettier', 'bin', 'prettier.cjs')

/**
 * The formatter: every hand-written TypeScript, JavaScript, JSON and CSS file as Prettier writes
 * it (.prettierrc.json; .prettierignore says what is left out and why). `npm test` runs it after
 * the type-checks; `npx prettier --write .` fixes what it finds.
 */
export const formatCheck: TypeCheck = {
  name: 'prettier --check',
  run: () => succeeds([prettier, '--check', '--log-level', 'warn', '**/*.{ts,tsx,mts,mjs,js,css,json}'], repoRoot),
}

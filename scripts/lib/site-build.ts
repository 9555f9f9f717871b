import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, repoRoot, siteDir } from './env'
import { errorMessage } from '@toolkit/contract/errors'
import { readSnapshotFile } from '@toolkit/contract/snapshot-file'
import { previousSiteDir } from './site-dirs'
import { trackChild } from './supervisor'

export interface SiteBuildResult {
  outDir: string
  pages: number
  indexedPages: number
  seconds: number
}

export class BuildError extends Error {
  override name = 'BuildError'
}

/** How many lines of what Astro printed a failure's message quotes, at most. */
const QUOTED_LINES = 12

/**
 * Runs `astro build` in a working folder of its own (node_modules/.cache/toolkit-astro/build-…),
 * with its own Astro cache (the content data store) inside it, removed afterwards. Astro keeps the data store in its cacheDir and, for an
 * output folder outside site/, its prerender chunks in <cwd>/.astro/.prerender: shared, a preview
 * build (drafts) beside a production build could render the other's content (drafts in site/dist)
 * or break it. Nothing in that cache is worth keeping: the snapshot loader refills the store each time.
 *
 * The build is complete by itself (site/integrations/complete-site.ts: uploads, search index,
 * service worker); it is told where everything is through its environment: SNAPSHOT_PATH,
 * SITE_OUT_DIR, MEDIA_DIR (the embedded CMS's uploads), and PAYLOAD_URL / PAYLOAD_API_KEY as
 * they are (the CMS a REST snapshot came from).
 */
async function runAstroBuild(snapshotPath: string, stagingDir: string, signal?: AbortSignal): Promise<void> {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  // Inside the repository, so that the prerender chunks resolve their packages from node_modules.
  const workRoot = path.join(repoRoot, 'node_modules', '.cache', 'toolkit-astro')
  fs.mkdirSync(workRoot, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(workRoot, 'build-'))
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [astro, 'build', '--root', siteDir, '--silent'], {
        cwd: workDir,
        stdio: ['ignore', 'inherit', 'pipe'],
        env: {
          ...process.env,
          SNAPSHOT_PATH: path.resolve(snapshotPath),
          SITE_OUT_DIR: path.resolve(stagingDir),
          MEDIA_DIR: path.join(dataDir, 'media'),
          ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      })
      // npm start stops a running build with everything else when it exits.
      trackChild(child)
      // A stopped build (a preview making way for the public site) ends its Astro at once.
      let stopped: unknown
      const stop = () => {
        stopped = signal?.reason ?? new BuildError('The build was stopped.')
        child.kill('SIGTERM')
      }
      if (signal?.aborted) stop()
      else signal?.addEventListener('abort', stop, { once: true })
      child.on('close', () => signal?.removeEventListener('abort', stop))
      // Shown as it comes, and kept: a failure's message says what Astro said.
      const said: string[] = []
      child.stderr.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk)
        said.push(chunk.toString('utf8'))
      })
      child.on('error', reject)
      child.on('close', (code) => {
        if (stopped) return reject(stopped)
        if (code === 0) return resolve()
        reject(
          new BuildError(
            `astro build failed (exit ${code}):\n${failureMessage(said.join('')) || '(it printed nothing)'}`,
          ),
        )
      })
    })
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * What failed, from what Astro printed: an error's message comes first, then "  Location:" and
 * "  Stack trace:" blocks, which are for developers (and were shown as they came).
 */
function failureMessage(printed: string): string {
  const lines = printed.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
  const details = lines.findIndex((line) => /^\s+(Location|Stack trace):\s*$/.test(line))
  return lines
    .slice(0, details === -1 ? undefined : details)
    .filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
    .slice(-QUOTED_LINES)
    .join('\n')
}

/** Pagefind's entry file lists each language of the index with its page count. */
function countIndexedPages(output: string): number {
  const entryFile = path.join(output, 'pagefind-entry.json')
  let entry: unknown
  try {
    entry = JSON.parse(fs.readFileSync(entryFile, 'utf8'))
  } catch (error) {
    throw new BuildError(`Pagefind wrote no readable ${entryFile} (${errorMessage(error)}).`)
  }
  const languages = (entry as { languages?: Record<string, { page_count?: unknown }> }).languages ?? {}
  return Object.values(languages).reduce(
    (sum, language) => sum + (typeof language.page_count === 'number' ? language.page_count : 0),
    0,
  )
}

/** Refuses a missing or invalid snapshot with a plain message before Astro starts (and prints a stack). */
function checkSnapshot(file: string): void {
  try {
    readSnapshotFile(file)
  } catch (error) {
    throw new BuildError(errorMessage(error))
  }
}

function countPages(dir: string): number {
  let count = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++
  }
  return count
}

/**
 * Builds the static site from a snapshot into a staging folder (Astro writes it whole: pages,
 * uploads, search index, service worker), and only then swaps it in place of the published
 * folder: a failed build leaves the previous site intact.
 */
export async function buildSite(
  snapshotPath: string,
  outDir = path.join(siteDir, 'dist'),
  { signal }: { signal?: AbortSignal } = {},
): Promise<SiteBuildResult> {
  const started = performance.now()
  checkSnapshot(snapshotPath)
  const staging = `${outDir}.staging`
  fs.rmSync(staging, { recursive: true, force: true })
  try {
    await runAstroBuild(snapshotPath, staging, signal)
    const indexedPages = countIndexedPages(path.join(staging, 'pagefind'))
    const pages = countPages(staging)
    // The local server answers from <outDir>.previous in the instant between the two renames.
    const previous = previousSiteDir(outDir)
    fs.rmSync(previous, { recursive: true, force: true })
    if (fs.existsSync(outDir)) fs.renameSync(outDir, previous)
    fs.renameSync(staging, outDir)
    fs.rmSync(previous, { recursive: true, force: true })
    return { outDir, pages, indexedPages, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot, siteDir } from './env'
import { MediaError, publishMedia } from './media-publish'
import { writeServiceWorker } from './service-worker'
import { errorMessage } from '@toolkit/contract/errors'
import type { Snapshot } from '@toolkit/contract/snapshot'
import { readSnapshotFile } from '@toolkit/contract/snapshot-file'
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

/**
 * Runs `astro build` in a working folder of its own (node_modules/.cache/toolkit-astro/build-…),
 * with its own Astro cache (the content data store) inside it, removed afterwards. Astro keeps the data store in its cacheDir and, for an
 * output folder outside site/, its prerender chunks in <cwd>/.astro/.prerender: shared, a preview
 * build (drafts) beside a production build could render the other's content (drafts in site/dist)
 * or break it. Nothing in that cache is worth keeping: the snapshot loader refills the store each time.
 */
async function runAstroBuild(snapshotPath: string, stagingDir: string): Promise<void> {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  // Inside the repository, so that the prerender chunks resolve their packages from node_modules.
  const workRoot = path.join(repoRoot, 'node_modules', '.cache', 'toolkit-astro')
  fs.mkdirSync(workRoot, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(workRoot, 'build-'))
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [astro, 'build', '--root', siteDir, '--silent'], {
        cwd: workDir,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: {
          ...process.env,
          SNAPSHOT_PATH: path.resolve(snapshotPath),
          SITE_OUT_DIR: path.resolve(stagingDir),
          ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      })
      // npm start stops a running build with everything else when it exits.
      trackChild(child)
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new BuildError(`astro build failed (exit ${code}); see the messages above.`))))
    })
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

// The Pagefind package's own command-line entry (its `bin`), run with this Node.
const pagefindCli = path.join(repoRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')

/**
 * Adds the Pagefind index to a built site, in a child process of its own. Pagefind's Node API
 * was used before, but it keeps one service per process whose `close()` stops every index then
 * open (a preview build beside a production build failed with "Pagefind backend closed"), and
 * when its backend panics the pending call never settles: the build hung. A child process has
 * an exit code, is stopped with npm start, and builds never share it.
 */
export async function indexForSearch(siteRoot: string): Promise<number> {
  const output = path.join(siteRoot, 'pagefind')
  const messages: string[] = []
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindCli, '--site', siteRoot, '--output-path', output, '--quiet'], {
      cwd: siteRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RUST_BACKTRACE: '0' },
    })
    trackChild(child)
    const keep = (chunk: Buffer) => messages.push(chunk.toString('utf8'))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', resolve)
  })
  const said = messages.join('').trim().split('\n').slice(-8).join('\n')
  if (code !== 0) throw new BuildError(`Pagefind could not index ${siteRoot} (exit ${code}):\n${said || '(it printed nothing)'}`)
  return countIndexedPages(output)
}

/** Pagefind's entry file lists each language of the index with its page count. */
function countIndexedPages(output: string): number {
  const entryFile = path.join(output, 'pagefind-entry.json')
  let entry: unknown
  try {
    entry = JSON.parse(fs.readFileSync(entryFile, 'utf8'))
  } catch (error) {
    throw new BuildError(`Pagefind wrote no readable ${entryFile} (${error instanceof Error ? error.message : String(error)}).`)
  }
  const languages = (entry as { languages?: Record<string, { page_count?: unknown }> }).languages ?? {}
  return Object.values(languages).reduce((sum, language) => sum + (typeof language.page_count === 'number' ? language.page_count : 0), 0)
}

/** Refuses a missing or invalid snapshot with a plain message before Astro starts (and prints a stack). */
function checkSnapshot(file: string): Snapshot {
  try {
    return readSnapshotFile(file)
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
 * Builds the static site from a snapshot into a staging folder, adds the search index, and only
 * then swaps it in place of the published folder: a failed build leaves the previous site intact.
 */
export async function buildSite(snapshotPath: string, outDir = path.join(siteDir, 'dist')): Promise<SiteBuildResult> {
  const started = performance.now()
  const snapshot = checkSnapshot(snapshotPath)
  const staging = `${outDir}.staging`
  fs.rmSync(staging, { recursive: true, force: true })
  try {
    await runAstroBuild(snapshotPath, staging)
    // Uploads come along with the pages: from the CMS over REST, or from the embedded CMS's folder.
    await publishMedia(snapshot, staging, {
      payloadUrl: snapshot.source === 'rest' ? process.env.PAYLOAD_URL : undefined,
      apiKey: process.env.PAYLOAD_API_KEY,
    }).catch((error: unknown) => {
      throw error instanceof MediaError ? new BuildError(error.message) : error
    })
    const indexedPages = await indexForSearch(staging)
    writeServiceWorker(staging)
    const pages = countPages(staging)
    const previous = `${outDir}.previous`
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

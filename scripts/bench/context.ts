import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { generateCorpus } from './corpus'
import { buildPhases, type Measured, measureStep } from './measure'

/** One line of the printed table. `ok` undefined: a figure without a budget. */
export interface Row {
  bench: string
  metric: string
  value: string
  budget?: string
  ok?: boolean
  /** The benchmark could not run: the value says why. */
  failed?: boolean
}

export interface SiteBuild {
  outDir: string
  pages: number
  indexedPages: number
  exportSeconds: number
  buildSeconds: number
  measured: Measured
}

/**
 * What the benchmarks share: one temporary folder, one database seeded with the real corpus, and
 * each site built at most once (the weight and Lighthouse benchmarks use the real corpus's build,
 * the search benchmark the largest synthetic one), whichever benchmark asks first.
 */
export class BenchContext {
  readonly env: NodeJS.ProcessEnv
  private seeded?: Promise<void>
  private real?: Promise<SiteBuild>
  private synthetic = new Map<number, Promise<SiteBuild>>()

  constructor(
    readonly tmp: string,
    readonly quick: boolean,
    readonly sizes: number[],
  ) {
    const dataDir = path.join(tmp, 'data')
    fs.mkdirSync(dataDir, { recursive: true })
    this.env = {
      ...process.env,
      TOOLKIT_DATA_DIR: dataDir,
      DATABASE_URI: `file:${path.join(dataDir, 'payload.db')}`,
      PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
      // As a production build would have it (Open Badges 2.0 files are written only with an issuer e-mail).
      ISSUER_EMAIL: process.env.ISSUER_EMAIL || 'merkit@example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    }
    delete this.env.PAYLOAD_URL
    delete this.env.ADMIN_EMAIL
    delete this.env.ADMIN_PASSWORD
  }

  log(message: string): void {
    console.log(`› ${message}`)
  }

  /** The embedded database with the real corpus (content/), seeded once; the seed is not measured. */
  seedRealCorpus(): Promise<void> {
    this.seeded ??= (async () => {
      this.log('Seeding a temporary database with the real corpus (not timed)…')
      await measureStep('seed', [], this.env)
    })()
    return this.seeded
  }

  /** npm run build's chain on the real corpus: export from the database, Astro, Pagefind. */
  realSite(): Promise<SiteBuild> {
    this.real ??= (async () => {
      await this.seedRealCorpus()
      this.log('Building the real corpus: export → Astro → Pagefind…')
      return this.runBuild('export-build', path.join(this.tmp, 'real'))
    })()
    return this.real
  }

  /** buildSite on a synthetic corpus of `items` documents (fi + en). */
  syntheticSite(items: number): Promise<SiteBuild> {
    let build = this.synthetic.get(items)
    if (!build) {
      build = (async () => {
        const dir = path.join(this.tmp, `synthetic-${items}`)
        fs.mkdirSync(dir, { recursive: true })
        const snapshot = generateCorpus({ items })
        fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
        this.log(`Building a synthetic corpus of ${items} items (fi + en): Astro → Pagefind…`)
        return this.runBuild('build', dir)
      })()
      this.synthetic.set(items, build)
    }
    return build
  }

  private async runBuild(step: 'build' | 'export-build', dir: string): Promise<SiteBuild> {
    fs.mkdirSync(dir, { recursive: true })
    const snapshot = path.join(dir, 'snapshot.json')
    const outDir = path.join(dir, 'dist')
    const resultFile = path.join(dir, 'result.json')
    const measured = await measureStep(step, [snapshot, outDir, resultFile], this.env, buildPhases)
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Omit<SiteBuild, 'outDir' | 'measured'>
    return { ...result, outDir, measured }
  }
}

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${bytes} B`
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../lib/env'
import { type BenchContext, formatBytes, formatSeconds, type Row, type SiteBuild } from './context'
import { prng, words } from './corpus'
import { type Measured, measure } from './measure'

/**
 * Build cost: the real corpus through npm run build's chain, synthetic corpora through buildSite,
 * and for each synthetic size a bare Astro project with as many plain Markdown pages, built in the
 * same run, as the yardstick for what Astro itself costs per page on this machine.
 */

const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')

/** A throwaway Astro project of `pages` Markdown pages (title, heading, a few paragraphs), built once. */
export async function bareAstroBuild(context: BenchContext, pages: number): Promise<Measured> {
  const dir = path.join(context.tmp, `bare-astro-${pages}`)
  const pagesDir = path.join(dir, 'src', 'pages', 'p')
  fs.mkdirSync(pagesDir, { recursive: true })
  // Astro and its dependencies come from the project's own install.
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }),
  )
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config'\nexport default defineConfig({ output: 'static', build: { format: 'directory' } })\n",
  )
  const random = prng(7)
  const sentence = () => {
    const list = words[random() < 0.5 ? 'fi' : 'en']
    return `${Array.from({ length: 10 }, () => list[Math.floor(random() * list.length)]).join(' ')}.`
  }
  for (let i = 0; i < pages; i++) {
    const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 4 }, sentence).join(' '))
    fs.writeFileSync(
      path.join(pagesDir, `${i}.md`),
      `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n${paragraphs[0]}\n\n## Section\n\n${paragraphs.slice(1).join('\n\n')}\n\n- ${sentence()}\n- ${sentence()}\n`,
    )
  }
  context.log(`Building a bare Astro project of ${pages} Markdown pages…`)
  const measured = await measure(process.execPath, [astroBin, 'build', '--silent'], { cwd: dir, env: context.env })
  if (measured.code !== 0) throw new Error(`The bare Astro build failed (exit ${measured.code}).`)
  fs.rmSync(dir, { recursive: true, force: true })
  return measured
}

const msPerPage = (build: { wallMs: number }, pages: number) => build.wallMs / pages

function phaseText(build: SiteBuild): string {
  const parts = [
    build.exportSeconds > 0 ? `export ${build.exportSeconds.toFixed(1)} s` : null,
    build.measured.spans.astro !== undefined ? `astro build ≈${formatSeconds(build.measured.spans.astro)}` : null,
    // Pagefind runs inside the astro build (site/integrations/complete-site.ts).
    build.measured.spans.pagefind !== undefined
      ? `of which pagefind ≈${formatSeconds(build.measured.spans.pagefind)}`
      : null,
  ]
  return parts.filter(Boolean).join(', ')
}

export async function runBuildBench(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = []
  const bench = 'build'

  const real = await context.realSite()
  rows.push(
    {
      bench,
      metric: `real corpus: export → astro → pagefind (${real.pages} pages)`,
      value: formatSeconds(real.measured.wallMs),
      budget: '≤ 30 s',
      ok: real.measured.wallMs <= 30_000,
    },
    { bench, metric: 'real corpus: phases', value: phaseText(real) },
    { bench, metric: 'real corpus: peak RSS (process tree)', value: formatBytes(real.measured.peakRssBytes) },
  )

  const perPage: { items: number; ours: number }[] = []
  for (const items of context.sizes) {
    const build = await context.syntheticSite(items)
    const ours = msPerPage(build.measured, build.pages)
    perPage.push({ items, ours })
    const bare = await bareAstroBuild(context, build.pages)
    const barePerPage = msPerPage(bare, build.pages)
    const label = `${items} items ×2 locales`
    const wallRow: Row = {
      bench,
      metric: `${label}: wall (${build.pages} pages, ${build.indexedPages} indexed)`,
      value: formatSeconds(build.measured.wallMs),
    }
    if (items === 10_000) Object.assign(wallRow, { budget: '≤ 300 s', ok: build.measured.wallMs <= 300_000 })
    rows.push(
      wallRow,
      { bench, metric: `${label}: phases`, value: phaseText(build) },
      { bench, metric: `${label}: ms per page`, value: ours.toFixed(2) },
      { bench, metric: `${label}: peak RSS (process tree)`, value: formatBytes(build.measured.peakRssBytes) },
      {
        bench,
        metric: `${label}: bare Astro, same page count`,
        value: `${formatSeconds(bare.wallMs)}, ${barePerPage.toFixed(2)} ms/page, ${formatBytes(bare.peakRssBytes)}`,
      },
      {
        bench,
        metric: `${label}: our ms/page ÷ bare Astro's`,
        value: (ours / barePerPage).toFixed(2),
        budget: '≤ 1.5',
        ok: ours / barePerPage <= 1.5,
      },
    )
    if (build.measured.spans.astro !== undefined) {
      const astroAlone = build.measured.spans.astro - (build.measured.spans.pagefind ?? 0)
      rows.push({
        bench,
        metric: `${label}: astro build without pagefind ÷ bare Astro`,
        value: (astroAlone / bare.wallMs).toFixed(2),
      })
    }
  }
  if (perPage.length >= 2) {
    const small = perPage[0]!
    const large = perPage[perPage.length - 1]!
    const ratio = large.ours / small.ours
    rows.push({
      bench,
      metric: `ms per page ${large.items} ÷ ${small.items} items`,
      value: ratio.toFixed(2),
      budget: '≤ 1.2',
      ok: ratio <= 1.2,
    })
  }
  return rows
}

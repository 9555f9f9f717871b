import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { errorMessage } from '@toolkit/contract/errors'

import { runBuildBench } from '../bench/build'
import { runCmsBench } from '../bench/cms'
import { BenchContext, type Row } from '../bench/context'
import { minimumItems } from '../bench/corpus'
import { runInstallBench } from '../bench/install'
import { runLighthouseBench } from '../bench/lighthouse'
import { runPublishBench } from '../bench/publish'
import { runSearchBench } from '../bench/search'
import { formatTable } from '../bench/table'
import { runWeightBench } from '../bench/weight'

/**
 * npm run bench: build cost, page weight, search, CMS reads and Lighthouse, printed as one table of
 * figures against the budgets of issue 7. Over budget is reported, not failed: the exit status is
 * non-zero only when a benchmark could not run.
 *
 *   --only build,weight,search,cms,lighthouse,publish,install   run some of them (default: all; --quick leaves out install)
 *   --items 1000,10000                                   synthetic corpus sizes (the last one is searched)
 *   --quick                                              small sizes and short runs, for a smoke test
 *   --keep                                               keep the temporary folder (builds, database)
 */
const benches = {
  build: runBuildBench,
  weight: runWeightBench,
  search: runSearchBench,
  cms: runCmsBench,
  lighthouse: runLighthouseBench,
  // An editor's Publish in the admin until the local site serves the change (npm start's chain).
  publish: runPublishBench,
  // Two installs in fresh clones (the site build's and the full one): minutes, so not in --quick.
  install: runInstallBench,
} satisfies Record<string, (context: BenchContext) => Promise<Row[]>>
type BenchName = keyof typeof benches

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const index = argv.indexOf(flag)
    if (index === -1) return undefined
    const next = argv[index + 1]
    if (!next || next.startsWith('--')) throw new Error(`${flag} needs a value.`)
    return next
  }
  const known = new Set(['--only', '--items', '--quick', '--keep'])
  argv.forEach((arg, index) => {
    if (arg.startsWith('--') && !known.has(arg))
      throw new Error(`Unknown option ${arg}. Options: ${[...known].join(', ')}.`)
    if (!arg.startsWith('--') && !['--only', '--items'].includes(argv[index - 1] ?? ''))
      throw new Error(`Unexpected argument ${arg}.`)
  })
  const quick = argv.includes('--quick')
  const all = Object.keys(benches).filter((name) => !(quick && name === 'install'))
  const only = (value('--only') ?? all.join(',')).split(',').map((name) => name.trim())
  for (const name of only)
    if (!(name in benches)) throw new Error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(', ')}.`)
  const sizes = (value('--items') ?? (quick ? '100,300' : '1000,10000')).split(',').map(Number)
  for (const size of sizes)
    if (!Number.isInteger(size) || size < minimumItems)
      throw new Error(`--items takes whole numbers of at least ${minimumItems}.`)
  return {
    quick,
    only: only as BenchName[],
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    keep: argv.includes('--keep'),
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  const started = performance.now()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-bench-'))
  const context = new BenchContext(tmp, options.quick, options.sizes)
  console.log(
    `Benchmarks: ${options.only.join(', ')}${options.quick ? ' (quick)' : ''}; synthetic sizes ${options.sizes.join(', ')}; ${os.cpus().length} cores; temp ${tmp}`,
  )
  const rows: Row[] = []
  let failures = 0
  try {
    for (const name of options.only) {
      const benchStarted = performance.now()
      try {
        rows.push(...(await benches[name](context)))
      } catch (error) {
        failures++
        const message = errorMessage(error)
        console.error(`The ${name} benchmark failed: ${message}`)
        rows.push({ bench: name, metric: 'could not run', value: message.split('\n')[0]!.slice(0, 100), failed: true })
      }
      rows.push({
        bench: name,
        metric: 'time this benchmark took',
        value: `${((performance.now() - benchStarted) / 1000).toFixed(0)} s`,
      })
    }
  } finally {
    if (options.keep) console.log(`Kept ${tmp}.`)
    else fs.rmSync(tmp, { recursive: true, force: true })
  }
  console.log('')
  console.log(formatTable(rows))
  const over = rows.filter((row) => row.ok === false).length
  console.log(
    `\n${rows.filter((row) => row.ok === true).length} within budget, ${over} over budget, ${failures} benchmark(s) failed; whole run ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  )
  return failures > 0 ? 1 : 0
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(errorMessage(error))
    process.exit(2)
  })

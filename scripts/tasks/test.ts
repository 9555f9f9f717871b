import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { errorMessage } from '@toolkit/contract/errors'

import { repoRoot } from '../lib/env'
import { ensureChromium } from '../lib/chromium'
import { findPostgres, postgresUnavailable } from '../lib/postgres'
import { formatCheck, typeChecks } from '../lib/typecheck'

/**
 * npm test: type-check (astro check and tsc -b), then every test (unit, integration, end-to-end)
 * in one Vitest run, ending with the totals alone on the last line: "N passed, N failed".
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env })
  return result.status ?? 1
}

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTotalTests: number
  success: boolean
}

function main(): number {
  const chromium = ensureChromium()
  console.log(`› Chromium: ${chromium}`)

  // astro check, tsc -b, then the formatter (scripts/lib/typecheck.ts): each counts as one test.
  const staticChecks = [...typeChecks, formatCheck]
  const typeCheckFailures: string[] = []
  for (const check of staticChecks) {
    console.log(`› Checking (${check.name})…`)
    if (!check.run()) typeCheckFailures.push(check.name)
  }

  const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-test-')), 'vitest.json')
  const extra = process.argv.slice(2)
  // The database integration tests run again on a real PostgreSQL server when one is installed,
  // and on a real MongoDB server when MONGODB_TEST_URI names one.
  const projects = ['unit', 'integration', 'security', 'e2e']
  const noPostgres = postgresUnavailable()
  if (noPostgres) console.log(`› PostgreSQL run skipped: ${noPostgres}.`)
  else {
    console.log(`› PostgreSQL: ${findPostgres()} (the integration tests also run on it)`)
    projects.push('integration-postgres')
  }
  if (process.env.MONGODB_TEST_URI) {
    console.log('› MongoDB: MONGODB_TEST_URI (the integration tests also run on it)')
    projects.push('integration-mongodb')
  } else console.log('› MongoDB run skipped: MONGODB_TEST_URI is not set (no MongoDB server can be installed here).')
  if (!extra.some((arg) => arg.startsWith('--project')))
    extra.push(...projects.flatMap((project) => ['--project', project]))
  const status = run(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
      ...extra,
    ],
    { ...process.env, CHROMIUM_PATH: chromium },
  )

  let passed = 0
  let failed = 0
  if (fs.existsSync(reportFile)) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as VitestReport
    passed = report.numPassedTests
    failed = report.numFailedTests
    // A file that failed to load has no failed test of its own: count it so it is not hidden.
    if (!report.success && failed === 0) failed = 1
  } else {
    failed = 1
  }
  for (const name of typeCheckFailures) console.error(`Check failed: ${name} (see above), counted as one failure.`)
  failed += typeCheckFailures.length
  passed += staticChecks.length - typeCheckFailures.length
  console.log(`${passed} passed, ${failed} failed`)
  return status === 0 && typeCheckFailures.length === 0 && failed === 0 ? 0 : 1
}

try {
  process.exit(main())
} catch (error) {
  console.error(`Tests could not start: ${errorMessage(error)}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}

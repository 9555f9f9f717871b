import { typeChecks } from '../lib/typecheck'

/** npm run typecheck: what npm test type-checks (astro check, then tsc -b), without the tests. */
let failed = 0
for (const check of typeChecks) {
  const started = Date.now()
  console.log(`› Type-checking (${check.name})…`)
  const passed = check.run()
  console.log(`› ${check.name}: ${passed ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (!passed) failed += 1
}
process.exit(failed === 0 ? 0 : 1)

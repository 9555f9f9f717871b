import { describeFailure } from '../lib/failure'
import { describeRehearsal, startRehearsal } from '../lib/rehearsal'
import { superviseProcess } from '../lib/supervisor'

/**
 * npm run rehearse: the production topology of the README's Deploying section on this machine
 * (PostgreSQL, two CMS instances behind one address, SMTP, the draft preview service, a Netlify
 * build over REST with an API key, the site served with netlify.toml's headers and redirects),
 * for an operator to try before deploying. Ctrl+C stops everything it started.
 */
const supervisor = superviseProcess()

async function main(): Promise<void> {
  const rehearsal = await startRehearsal()
  supervisor.onStop(() => rehearsal.stop())
  console.log('')
  console.log(describeRehearsal(rehearsal))
  console.log('  Press Ctrl+C to stop.')
}

main().catch((error: unknown) => void supervisor.stop(1, describeFailure(error)))

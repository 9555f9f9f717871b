// Run in a child process on the restored database (DATABASE_URI, TOOLKIT_DATA_DIR):
// node --import tsx tests/helpers/backup-facts-cli.ts <out.json> <input.json>
import fs from 'node:fs'

import { startPayload } from '../../scripts/lib/payload'
import { type Account, backupFacts } from './backup-facts'

const [out, input] = process.argv.slice(2) as [string, string]
const { accounts, documentId } = JSON.parse(fs.readFileSync(input, 'utf8')) as {
  accounts: Account[]
  documentId: number | string
}
const payload = await startPayload()
try {
  fs.writeFileSync(out, JSON.stringify(await backupFacts(payload, accounts, documentId)))
} finally {
  await payload.destroy()
}
process.exit(0)

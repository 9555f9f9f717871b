import { contentDir } from '../lib/env'
import { ContentError } from '../lib/content'
import { startPayload } from '../lib/payload'
import { seedAdmin } from '../lib/admin-user'
import { seedContent } from '../lib/seed'

/** npm run seed: loads content/ into the CMS database (idempotent, all-or-nothing). */
async function main(): Promise<void> {
  const payload = await startPayload()
  try {
    await seedAdmin(payload)
    const report = await seedContent(payload, contentDir)
    console.log(
      `Seed done: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged.`,
    )
  } finally {
    await payload.destroy()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    if (error instanceof ContentError) {
      console.error(error.message)
      console.error('Nothing was written to the database.')
    } else {
      console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`)
      console.error('The transaction was rolled back; the database is as it was before.')
    }
    process.exit(1)
  })

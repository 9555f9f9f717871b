import config from '../../cms/src/payload.config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { startPayload } from '../../scripts/lib/payload'
import { startBuildHookReceiver, type BuildHookReceiver } from '../helpers/build-hook-receiver'

// Two CMS instances on one database, both running the jobs queue (PAYLOAD_JOBS_AUTORUN=true on
// both): a scheduled publish due now must run once, not once per instance. Payload's runner claims
// jobs with a SELECT and then an UPDATE by id (drizzle's updateJobs), so two runners that select
// at the same moment both get the job; the claim is now one conditional UPDATE per job
// (cms/src/jobs/atomicJobClaim.ts). Before that, both runners ran the job round after round: the
// slower runner failed on the job the faster one had finished and deleted, and on PostgreSQL the
// rounds soon hung on the two publishes' locks (the test timed out). Run on PostgreSQL by the
// integration-postgres project, and on one SQLite file by the integration project.
const ROUNDS = 20

let first: Payload
let second: Payload
let hook: BuildHookReceiver

beforeAll(async () => {
  hook = await startBuildHookReceiver()
  first = await startPayload()
  // A second Payload of its own (its own connection pool and job runner), as a second server has.
  second = await getPayload({ config, key: 'second-instance' })
})

afterAll(async () => {
  await siteBuildSettled()
  await hook?.close()
  await second?.destroy()
  await first?.destroy()
})

describe('two instances running the jobs queue', () => {
  it(`publish a document scheduled for now exactly once (${ROUNDS} rounds, both running at once)`, async () => {
    const published: number[] = []
    const failures: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const doc = await first.create({
        collection: 'components',
        draft: true,
        data: { title: `Ajastettu ${round}`, slug: `kahdesti-${round}`, summary: 'Kerran', _status: 'draft' },
      })
      await first.jobs.queue({
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
        input: { type: 'publish', doc: { relationTo: 'components', value: doc.id } },
      })
      for (const run of await Promise.allSettled([first.jobs.run(), second.jobs.run()])) {
        if (run.status === 'rejected') failures.push(`round ${round}: ${String(run.reason)}`)
      }
      const versions = await first.findVersions({
        collection: 'components',
        where: { parent: { equals: doc.id } },
        limit: 100,
        depth: 0,
      })
      published.push(versions.docs.filter((version) => version.version._status === 'published').length)
      const now = await first.findByID({ collection: 'components', id: doc.id, depth: 0 })
      expect(now._status).toBe('published')
    }
    // Every round's document has exactly one published version: one publish, not two.
    expect(published).toEqual(Array.from({ length: ROUNDS }, () => 1))
    // Neither runner fails (a runner that ran a job the other had finished and deleted did).
    expect(failures).toEqual([])
    const left = await first.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, limit: 1 })
    expect(left.totalDocs).toBe(0)
  })
})

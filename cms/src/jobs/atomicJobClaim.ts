import type { BasePayload, UpdateJobsArgs, Where } from 'payload'

/**
 * Makes the job runner's claim atomic, so that a job runs once even when two CMS instances run
 * the queue on one database (both with PAYLOAD_JOBS_AUTORUN=true).
 *
 * Payload's runner claims due jobs with `updateJobs({ data: { processing: true }, where: {
 * processing: false, … } })`, and the database adapters do that as a SELECT followed by an UPDATE
 * by id (drizzle's and mongoose's updateJobs, 3.90). Two runners that select at the same moment
 * both get the job and both run it: a scheduled publish was published twice, and the slower
 * runner then failed writing its log to a job the faster one had already deleted (tested in
 * tests/integration/two-instances-jobs.test.ts).
 *
 * Here each selected job is claimed with one conditional write, `UPDATE … SET processing = true
 * WHERE id = ? AND processing = false` (the adapter's atomic updateOne, as Payload's own
 * forgot-password uses; on MongoDB a findOneAndUpdate): the database lets only one runner change
 * the row, and only the jobs this runner changed are handed to it.
 */
type UpdateJobs = BasePayload['db']['updateJobs']

/** The runner's claim: nothing but `processing: true` (and the timestamp Payload adds). */
function isClaim(args: UpdateJobsArgs): boolean {
  const keys = Object.keys(args.data ?? {}).filter((key) => key !== 'updatedAt')
  return keys.length === 1 && args.data.processing === true
}

export function claimJobsAtomically(payload: BasePayload): void {
  const db = payload.db
  const updateJobs: UpdateJobs = db.updateJobs.bind(db)
  // Outside the runner's transaction: each claim commits at once, so another runner sees it.
  const noTransaction = { transactionID: undefined } as UpdateJobsArgs['req']

  async function claimOne(id: number | string): Promise<boolean> {
    const where: Where = { and: [{ id: { equals: id } }, { processing: { equals: false } }] }
    const claimed = await db.updateOne({
      collection: 'payload-jobs',
      data: { processing: true, updatedAt: new Date().toISOString() },
      // `atomic` is the adapter's one-statement conditional update (not yet in Payload's types).
      options: { atomic: true } as never,
      req: noTransaction,
      returning: true,
      where,
    })
    return Boolean(claimed)
  }

  db.updateJobs = (async (args: UpdateJobsArgs) => {
    if (!isClaim(args)) return updateJobs(args)
    let candidates: (number | string)[]
    if ('id' in args && args.id !== undefined) candidates = [args.id]
    else {
      const found = await db.find({
        collection: 'payload-jobs',
        limit: args.limit,
        pagination: false,
        req: noTransaction,
        sort: args.sort,
        where: args.where,
      })
      candidates = found.docs.map((doc) => doc.id)
    }
    const won: (number | string)[] = []
    for (const id of candidates) if (await claimOne(id)) won.push(id)
    if (won.length === 0) return args.returning === false ? null : []
    // Read back the claimed jobs (with their logs) in the runner's order, as Payload's own claim returns them.
    const jobs = await Promise.all(
      won.map((id) => updateJobs({ id, data: { ...args.data }, req: args.req, returning: args.returning })),
    )
    return args.returning === false ? null : jobs.flatMap((job) => job ?? [])
  }) as UpdateJobs
}

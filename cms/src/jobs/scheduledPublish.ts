import type { CollectionBeforeDeleteHook, JobsConfig, Payload, PayloadRequest, SanitizedConfig } from 'payload'
import { createLocalReq, saveVersion } from 'payload'

import { hasRole } from '../access'
import { refuse, writesDraftsOnly } from '../access/publishingPolicy'

/**
 * Scheduled publishing, made to follow the publishing policy and to publish what the editor saw.
 *
 * Payload queues a `schedulePublish` job with the scheduling user and, when the time comes,
 * publishes the *latest* version of the document as that user. Two things are added here:
 *
 * 1. Only editors publish by schedule: the job runs as the user who scheduled it, so the publishing
 *    policy refuses a contributor's job when it runs and nothing is published. A signed-in
 *    non-editor cannot delete jobs either (the admin's schedule drawer deletes a job by id through
 *    the Local API, with access overridden, so the hook below is what stops it).
 * 2. The job publishes the version that was current when the publish was scheduled. If someone saved
 *    a newer draft in between, that draft is not published with it: the scheduled version is
 *    published and the newer draft is put back on top as the latest draft, for a later publish.
 */

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: string | number }
  global?: string
  user?: { relationTo: string; value: string | number } | string | number
}

const editorsOnly = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'editor')

/** A signed-in non-editor may not delete jobs (jobs are written only by Payload and its runner). */
const onlyEditorsDelete: CollectionBeforeDeleteHook = ({ req }) => {
  if (writesDraftsOnly(req)) refuse(req, 'delete a scheduled job')
}

/** The jobs settings of payload.config.ts: who may use the queue through its endpoints. */
export const jobsAccess: Pick<JobsConfig, 'access'> = {
  access: { queue: editorsOnly, run: editorsOnly, cancel: editorsOnly },
}

interface VersionRef {
  id: string | number
}

/** The newest version, and the newest one saved no later than `at` (the moment of scheduling). */
async function versionsAround(
  req: PayloadRequest,
  input: ScheduleInput,
  at: string,
): Promise<{ latest?: VersionRef; scheduled?: VersionRef }> {
  const { payload } = req
  const newest = async (extra: Record<string, unknown>) => {
    if (input.doc) {
      const where = { and: [{ parent: { equals: input.doc.value } }, extra] }
      return (
        await payload.findVersions({
          collection: input.doc.relationTo as 'posts',
          where: where as never,
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
        })
      ).docs[0]
    }
    return (
      await payload.findGlobalVersions({
        slug: input.global as 'operating-model',
        where: extra as never,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
      })
    ).docs[0]
  }
  return { latest: await newest({}), scheduled: await newest({ updatedAt: { less_than_equal: at } }) }
}

/**
 * Makes a stored version the latest draft again, without touching the public document: the same
 * write Payload makes for a draft save (`saveVersion` with `draft: true`). Payload's own
 * restoreVersion is not used: its Local API drops the `draft` flag and, for globals, it always
 * writes the public document (3.90), which would unpublish it.
 */
async function restoreAsDraft(payload: Payload, input: ScheduleInput, versionId: string | number): Promise<void> {
  const req = await createLocalReq({}, payload)
  const where = { id: { equals: versionId } }
  if (input.doc) {
    const collection = payload.collections[input.doc.relationTo as 'posts'].config
    const [stored] = (
      await payload.db.findVersions({
        collection: collection.slug,
        where,
        locale: 'all',
        limit: 1,
        pagination: false,
        req,
      })
    ).docs
    if (!stored) throw new Error(`Version ${versionId} of ${collection.slug} ${input.doc.value} is no longer kept.`)
    await saveVersion({
      id: input.doc.value,
      collection,
      docWithLocales: { ...stored.version, _status: 'draft' },
      draft: true,
      operation: 'update',
      payload,
      req,
    })
  } else {
    const global = payload.globals.config.find((candidate) => candidate.slug === input.global)!
    const [stored] = (
      await payload.db.findGlobalVersions({
        global: global.slug,
        where,
        locale: 'all',
        limit: 1,
        pagination: false,
        req,
      })
    ).docs
    if (!stored) throw new Error(`Version ${versionId} of ${global.slug} is no longer kept.`)
    await saveVersion({
      global,
      docWithLocales: { ...stored.version, _status: 'draft' },
      draft: true,
      operation: 'update',
      payload,
      req,
    })
  }
}

/**
 * Wraps Payload's own schedulePublish task (added by Payload when it sanitizes the config, so this
 * runs on the built config) to publish the scheduled version.
 */
export function publishTheScheduledVersion(config: SanitizedConfig): SanitizedConfig {
  // Added to the built jobs collection rather than through jobsCollectionOverrides, which warns on
  // every start that hooks need jobs.runHooks (true for queueing and running, not for deletes).
  const jobs = config.collections.find((collection) => collection.slug === 'payload-jobs')
  if (!jobs)
    throw new Error('Payload no longer has a payload-jobs collection: review cms/src/jobs/scheduledPublish.ts.')
  jobs.hooks.beforeDelete = [...(jobs.hooks.beforeDelete ?? []), onlyEditorsDelete]
  const task = config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') {
    throw new Error(
      'Payload no longer adds the schedulePublish task as expected: review cms/src/jobs/scheduledPublish.ts.',
    )
  }
  const publish = task.handler
  task.handler = async (args) => {
    const input = (args.input ?? {}) as ScheduleInput
    const scheduledAt = (args.job as { createdAt?: string } | undefined)?.createdAt
    if (input.type === 'unpublish' || !scheduledAt || !(input.doc || input.global)) return publish(args)
    const { latest, scheduled } = await versionsAround(args.req, input, scheduledAt)
    if (!scheduled) {
      throw new Error(
        'The version that was scheduled for publishing is no longer kept (more than 50 later saves). Schedule the publish again.',
      )
    }
    if (!latest || latest.id === scheduled.id) return publish(args)
    // A newer draft was saved after scheduling: publish what was scheduled, then put the newer draft back on top.
    await restoreAsDraft(args.req.payload, input, scheduled.id)
    try {
      return await publish(args)
    } finally {
      await restoreAsDraft(args.req.payload, input, latest.id)
      args.req.payload.logger.info({
        msg: 'Published the scheduled version; a newer draft saved after scheduling stays a draft',
        input,
      })
    }
  }
  return config
}

import type {
  BasePayload,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { type BuildHookEvent, hookFailureReason, logEvent, type PublishEvent } from '../operationalLog'
import { previewBuildUrl } from './preview'

/**
 * Asks the static host (Netlify) to rebuild the site when published content changes, and the
 * local preview builder to refresh the editors' preview on every save.
 *
 * Many saves in a row (an editor publishing several documents, a seed) start one build: calls are
 * debounced. A failing hook is retried with back-off and logged. It never blocks or fails the
 * save that triggered it, and it does nothing when its URL (NETLIFY_BUILD_HOOK_URL or
 * SITE_BUILD_HOOK_URL, PREVIEW_BUILD_URL) is not set.
 */

interface Settings {
  url: string | undefined
  debounceMs: number
  /** A burst that never pauses for debounceMs still requests a build this long after its first change. */
  maxWaitMs: number
  retries: number
  backoffMs: number
}

/** What this CMS process last did with a build hook, for the dashboard when no builder reports. */
export interface HookRequest {
  at: string
  ok: boolean
  reasons: string[]
  /** The hook's HTTP status on the last attempt, when it answered. */
  status?: number
  /** Why the last attempt failed, in a few words (never the URL, which carries the hook's token). */
  failure?: string
}

interface HookResult {
  ok: boolean
  status?: number
  failure?: string
}

/**
 * One debounced, retried POST to a build URL. Two exist: the published site's build hook and the
 * editors' preview builder, each configured by its own environment variables.
 */
function buildTrigger(hook: BuildHookEvent['hook'], settings: () => Settings) {
  let timer: NodeJS.Timeout | undefined
  let pendingReasons: string[] = []
  let firstPendingAt = 0
  let inFlight: Promise<boolean> | undefined
  let last: HookRequest | null = null
  const name = hook === 'site' ? 'Site rebuild' : 'Preview rebuild'
  const log = (
    payload: BasePayload,
    level: 'info' | 'warn' | 'error',
    fields: Omit<BuildHookEvent, 'event' | 'hook'>,
  ) => logEvent(payload.logger, level, { event: 'build-hook', hook, ...fields }, `${name} ${fields.outcome}`)

  async function post(
    payload: BasePayload,
    url: string,
    reasons: string[],
    { retries, backoffMs }: Settings,
  ): Promise<HookResult> {
    log(payload, 'info', { outcome: 'requested', changes: reasons.length })
    let result: HookResult = { ok: false }
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ trigger: 'payload', reasons }),
          signal: AbortSignal.timeout(15_000),
        })
        if (response.ok) {
          log(payload, 'info', { outcome: 'succeeded', status: response.status, attempt })
          return { ok: true, status: response.status }
        }
        result = { ok: false, status: response.status, failure: `HTTP ${response.status}` }
      } catch (error) {
        result = { ok: false, failure: hookFailureReason(error) }
      }
      if (attempt <= retries) {
        log(payload, 'warn', { outcome: 'retrying', attempt, status: result.status, reason: result.failure })
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)))
      } else {
        // Publish again or start a build by hand: the dashboard tells editors so.
        log(payload, 'error', { outcome: 'failed', attempt, status: result.status, reason: result.failure })
      }
    }
    return result
  }

  return {
    /** Schedules one request for all the changes of the next few seconds. */
    request(payload: BasePayload, reason: string): void {
      const current = settings()
      if (!current.url) return
      if (pendingReasons.length === 0) firstPendingAt = Date.now()
      pendingReasons.push(reason)
      if (timer) clearTimeout(timer)
      // Each change restarts the wait, but never past maxWaitMs after the burst's first change:
      // saves a few seconds apart all day long must not postpone the rebuild for ever.
      const delay = Math.max(0, Math.min(current.debounceMs, firstPendingAt + current.maxWaitMs - Date.now()))
      timer = setTimeout(() => {
        timer = undefined
        const reasons = pendingReasons
        pendingReasons = []
        inFlight = post(payload, current.url!, reasons, current)
          .then(({ ok, status, failure }) => {
            last = { at: new Date().toISOString(), ok, reasons, status, failure }
            return ok
          })
          .finally(() => {
            inFlight = undefined
          })
      }, delay)
      // A pending request must not keep a script (seed, tests) alive.
      timer.unref()
    },
    /** True while changes wait for their debounced request or it is being sent. */
    pending: () => Boolean(timer || inFlight),
    /** The last request this process sent, and whether the hook accepted it. */
    last: () => last,
    /** Whether a hook URL is set at all (its value is never shown). */
    configured: () => Boolean(settings().url),
    /** Resolves when nothing is waiting or being requested (for tests and graceful shutdown). */
    async settled(): Promise<void> {
      while (timer || inFlight) {
        if (inFlight) await inFlight
        else await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
  }
}

/**
 * The public site's build hook: Netlify's (NETLIFY_BUILD_HOOK_URL) in production, `npm start`'s
 * local site publisher (SITE_BUILD_HOOK_URL, which it sets) on the embedded default.
 */
const siteBuild = buildTrigger('site', () => ({
  url: process.env.SITE_BUILD_HOOK_URL || process.env.NETLIFY_BUILD_HOOK_URL || undefined,
  debounceMs: Number(process.env.BUILD_HOOK_DEBOUNCE_MS ?? 10_000),
  maxWaitMs: Number(process.env.BUILD_HOOK_MAX_WAIT_MS ?? 60_000),
  retries: Number(process.env.BUILD_HOOK_RETRIES ?? 3),
  backoffMs: Number(process.env.BUILD_HOOK_BACKOFF_MS ?? 2_000),
}))

/** The editors' preview (npm start's, or a hosted one): every save, drafts included, refreshes it. */
const previewBuild = buildTrigger('preview', () => ({
  url: previewBuildUrl(),
  debounceMs: Number(process.env.PREVIEW_DEBOUNCE_MS ?? 1_000),
  maxWaitMs: 10_000,
  retries: 0,
  backoffMs: 0,
}))

/** Schedules one rebuild of the published site for all the changes of the next few seconds. */
export const requestSiteBuild = (payload: BasePayload, reason: string) => siteBuild.request(payload, reason)

/** Schedules one rebuild of the editors' preview (drafts included) for the changes of the next second. */
export const requestPreviewBuild = (payload: BasePayload, reason: string) => previewBuild.request(payload, reason)

/** Resolves when no rebuild is waiting or being requested (for tests and graceful shutdown). */
export const siteBuildSettled = () => siteBuild.settled()
/** For the dashboard: whether a site build waits to be requested, and the last request. */
export const siteBuildHook = {
  pending: () => siteBuild.pending(),
  last: () => siteBuild.last(),
  configured: () => siteBuild.configured(),
}
export const previewBuildSettled = () => previewBuild.settled()

type Status = { _status?: 'draft' | 'published' | null }

const DRAFT_WRITES = 'draftWrites'
const draftWriteKey = (collection: string, id: unknown) => `${collection}/${id === undefined ? '*' : String(id)}`
const draftWrites = (context: RequestContext): Set<string> =>
  (context[DRAFT_WRITES] ??= new Set<string>()) as Set<string>

/**
 * Notes a draft save (`draft: true`: the admin's Save draft, autosave, a contributor's save): Payload
 * writes it as a version only and never touches the public document, so it needs no site build.
 * The after-change hook cannot see the flag itself, hence the note in the request's context.
 */
export const noteDraftWrites: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const { draft, id } = args as { draft?: unknown; id?: unknown }
  if ((operation === 'update' || operation === 'create') && draft === true)
    draftWrites(req.context).add(draftWriteKey(collection.slug, id))
  return args
}

const wasDraftWrite = (context: RequestContext, collection: string, id: unknown) => {
  const writes = draftWrites(context)
  return writes.has(draftWriteKey(collection, id)) || writes.has(draftWriteKey(collection, undefined))
}

type PublicState = Status & { deletedAt?: string | null; slug?: unknown }

/**
 * What a save did to the public site, or null when it changed nothing there (a draft, a document
 * that was and stays unpublished). Trashing keeps a document's status, so it is told by deletedAt.
 */
function publicChange(doc: PublicState, previousDoc: PublicState | undefined): PublishEvent['action'] | null {
  const now = doc._status
  const before = previousDoc?._status
  if (now !== 'published' && before !== 'published') return null
  if (now !== 'published') return 'unpublished'
  if (doc.deletedAt && !previousDoc?.deletedAt) return 'trashed'
  if (!doc.deletedAt && previousDoc?.deletedAt) return 'restored'
  return 'published'
}

/** One `publish` log line: which document, who, in which language; never its content. */
function logPublicChange(
  req: PayloadRequest,
  action: PublishEvent['action'],
  collection: string,
  doc: PublicState & { id?: number | string },
) {
  logEvent(
    req.payload.logger,
    'info',
    {
      event: 'publish',
      action,
      collection,
      id: doc.id,
      slug: typeof doc.slug === 'string' ? doc.slug : undefined,
      user: req.user?.id ?? null,
      locale: req.locale ?? null,
    },
    `${collection}${doc.id === undefined ? '' : `/${String(doc.id)}`} ${action}`,
  )
}

/**
 * After a save: rebuild when something was published, or a published document was unpublished or
 * moved to the trash. A draft save (autosave every few seconds included) leaves the public site as
 * it was and rebuilds only the preview.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, collection, req, context }) => {
  previewBuild.request(req.payload, `${collection.slug}/${String(doc.id)} saved`)
  if (wasDraftWrite(context, collection.slug, doc.id)) return doc
  const action = publicChange(doc as PublicState, previousDoc as PublicState | undefined)
  if (action) {
    logPublicChange(req, action, collection.slug, doc as PublicState & { id: number | string })
    requestSiteBuild(req.payload, `${collection.slug}/${String(doc.id)} ${action}`)
  }
  return doc
}

/** After a delete: rebuild when the deleted document was public. */
export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  previewBuild.request(req.payload, `${collection.slug}/${String(doc.id)} deleted`)
  if ((doc as Status)._status === 'published') {
    logPublicChange(req, 'deleted', collection.slug, doc as PublicState & { id: number | string })
    requestSiteBuild(req.payload, `${collection.slug}/${String(doc.id)} deleted`)
  }
  return doc
}

/** After a global (the operating model) is saved: the same rule as for collection documents. */
export const rebuildAfterGlobalChange: GlobalAfterChangeHook = ({ doc, previousDoc, global, req }) => {
  previewBuild.request(req.payload, `${global.slug} saved`)
  const action = publicChange(doc as PublicState, previousDoc as PublicState | undefined)
  if (action) {
    logPublicChange(req, action, global.slug, {})
    requestSiteBuild(req.payload, `${global.slug} ${action}`)
  }
  return doc
}

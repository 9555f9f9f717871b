import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { APIError, Forbidden } from 'payload'

import { message } from '../fields/common'

import { hasRole } from './index'

/**
 * The publishing policy, enforced on the server for every write whatever path it comes by
 * (admin, REST, Local API with a user, scheduled jobs that run as the scheduling user):
 *
 * - a contributor writes drafts only: a save must leave the public document exactly as it was,
 *   so it must be a draft save (`draft: true`), which Payload keeps as a version and never writes
 *   to the public document, and must not ask to publish anything;
 * - editors and admins publish, unpublish, restore versions and delete (delete is `access.delete`).
 *
 * Why a hook and not only `access.update`: Payload's access functions do not see the `draft` flag,
 * and a non-draft save without `_status` in its body writes the public document with the status of
 * the latest version. The decision is taken on the *resulting* write, not on what the body claims.
 */

type OperationArgs = {
  draft?: boolean
  data?: { _status?: unknown; deletedAt?: unknown } | null
  publishSpecificLocale?: unknown
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
}

/** True for a signed-in user below editor: today that is the contributor role. */
export function writesDraftsOnly(req: PayloadRequest): boolean {
  return Boolean(req.user) && !hasRole(req.user, 'editor')
}

/** Logs why the policy refused a write and throws Payload's 403. */
export const refuse = (req: PayloadRequest, why: string): never => {
  req.payload.logger.info({ msg: 'Publishing policy refused a write', user: req.user?.id, why })
  throw new Forbidden(req.t)
}

/** Refuses a write that would change the public document, when the user may only write drafts. */
export function assertDraftOnlyWrite(req: PayloadRequest, operation: string, args: OperationArgs): void {
  if (!writesDraftsOnly(req)) return
  const asksToPublish =
    args.data?._status === 'published' || Boolean(args.publishSpecificLocale) || Boolean(args.publishAllLocales)
  switch (operation) {
    case 'create':
      // A new document is public only if it is created published (checked again on the final data below).
      if (asksToPublish) refuse(req, 'create published')
      return
    case 'update':
      if (args.draft !== true) refuse(req, 'update without draft=true writes the public document')
      // Moving to the trash takes delete access (Payload checks it); taking out of it is an editor's call too.
      if (args.data && 'deletedAt' in args.data) refuse(req, 'move to or out of the trash')
      if (asksToPublish || Boolean(args.unpublishAllLocales)) refuse(req, 'update asks to publish or unpublish')
      return
    case 'restoreVersion':
      // Restoring without draft=true writes the version (and its status) to the public document.
      if (args.draft !== true) refuse(req, 'restore version without draft=true')
      return
    default:
      return
  }
}

/** Collection hook: the policy before Payload does anything (before files are written, too). */
export const enforcePublishingPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  assertDraftOnlyWrite(req, operation, args as OperationArgs)
  return args
}

/**
 * Collection hook on the data Payload is about to write: a document a contributor creates is a
 * draft, whatever was merged into it (a duplicate of a published document carries its status).
 */
export const createdAsDraftOnly: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && writesDraftsOnly(req) && (data as { _status?: unknown })._status === 'published') {
    refuse(req, 'the created document would be published')
  }
  return data
}

/**
 * The same policy for a global (the operating model), with one more rule: Payload 3.90's global
 * restoreVersion always writes the public document, and "restore as draft" sets its status to draft,
 * i.e. unpublishes the model. Nobody should do that by accident, so it is refused with the reason;
 * contributors may not restore a global version at all.
 */
export const enforceGlobalPublishingPolicy: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') {
    if (writesDraftsOnly(req)) refuse(req, 'restore a global version')
    if ((args as OperationArgs).draft === true) {
      throw new APIError(
        message(req, {
          en: 'A version of the operating model cannot be restored as a draft: it would unpublish the model. Restore it and publish, or copy its text into a new draft.',
          sv: 'En version av verksamhetsmodellen kan inte återställas som utkast: modellen skulle avpubliceras. Återställ och publicera den, eller kopiera texten till ett nytt utkast.',
        }),
        400,
        undefined,
        true,
      )
    }
  }
  assertDraftOnlyWrite(req, operation, args as OperationArgs)
  return args
}

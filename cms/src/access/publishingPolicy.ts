import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { APIError, Forbidden } from 'payload'

import { message, type Label } from '../fields/common'

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
  trash?: boolean
  publishSpecificLocale?: unknown
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
}

/** True for a signed-in user below editor: today that is the contributor role. */
export function writesDraftsOnly(req: PayloadRequest): boolean {
  return Boolean(req.user) && !hasRole(req.user, 'editor')
}

/**
 * What a contributor is told, in their interface language, when the policy refuses a write: what
 * they may do instead. (The admin shows the message of the 403 next to the button they pressed.)
 */
export const refusals = {
  publish: {
    fi: 'Kirjoittajana voit tallentaa vain luonnoksia: julkaiseminen, julkaisun peruminen ja julkaistun sisällön muuttaminen kuuluvat toimittajalle. Tallenna luonnos ja merkitse se valmiiksi tarkistettavaksi.',
    en: 'As a contributor you can save drafts only: publishing, unpublishing and changing published content are for editors. Save a draft and mark it ready for review.',
    sv: 'Som skribent kan du bara spara utkast: att publicera, avpublicera och ändra publicerat innehåll gör en redaktör. Spara ett utkast och markera det som klart för granskning.',
  },
  trash: {
    fi: 'Kirjoittaja ei voi siirtää dokumenttia roskakoriin eikä palauttaa sitä sieltä. Pyydä toimittajaa tekemään se.',
    en: 'Contributors cannot move a document to the trash or restore it from there. Ask an editor to do it.',
    sv: 'En skribent kan inte flytta ett dokument till papperskorgen eller återställa det därifrån. Be en redaktör göra det.',
  },
  restoreVersion: {
    fi: 'Kirjoittajana voit palauttaa version vain luonnokseksi. Valitse Palauta luonnokseksi.',
    en: 'As a contributor you can restore a version as a draft only. Choose Restore as draft.',
    sv: 'Som skribent kan du bara återställa en version som utkast. Välj Återställ som utkast.',
  },
  restoreGlobalVersion: {
    fi: 'Kirjoittaja ei voi palauttaa toimintamallin aiempaa versiota. Pyydä toimittajaa tekemään se.',
    en: 'Contributors cannot restore an earlier version of the operating model. Ask an editor to do it.',
    sv: 'En skribent kan inte återställa en tidigare version av verksamhetsmodellen. Be en redaktör göra det.',
  },
} satisfies Record<string, Label>

/**
 * Logs why the policy refused a write (`why`, for the log) and answers 403: with `tell`, a message
 * in the editor's language saying what to do instead; without it, Payload's own "not allowed".
 */
export const refuse = (req: PayloadRequest, why: string, tell?: Label): never => {
  req.payload.logger.info({ msg: 'Publishing policy refused a write', user: req.user?.id, why })
  const refusal = new Forbidden(req.t)
  // Still a Forbidden (Payload logs those as info, not as errors), with our words.
  if (tell) refusal.message = message(req, tell)
  throw refusal
}

/** Refuses a write that would change the public document, when the user may only write drafts. */
export function assertDraftOnlyWrite(req: PayloadRequest, operation: string, args: OperationArgs): void {
  if (!writesDraftsOnly(req)) return
  const asksToPublish =
    args.data?._status === 'published' || Boolean(args.publishSpecificLocale) || Boolean(args.publishAllLocales)
  switch (operation) {
    case 'create':
      // A new document is public only if it is created published (checked again on the final data below).
      if (asksToPublish) refuse(req, 'create published', refusals.publish)
      return
    case 'update':
      if (args.draft !== true) refuse(req, 'update without draft=true writes the public document', refusals.publish)
      // Moving to the trash takes delete access (Payload checks it); taking out of it is an editor's call too.
      // The admin sends `deletedAt: null` with every save of a document that is not in the trash;
      // only a date (into the trash) or a null on a trashed document (?trash=true: out of it) moves it.
      if (args.data?.deletedAt != null || (args.trash === true && args.data && 'deletedAt' in args.data))
        refuse(req, 'move to or out of the trash', refusals.trash)
      if (asksToPublish || Boolean(args.unpublishAllLocales))
        refuse(req, 'update asks to publish or unpublish', refusals.publish)
      return
    case 'restoreVersion':
      // Restoring without draft=true writes the version (and its status) to the public document.
      if (args.draft !== true) refuse(req, 'restore version without draft=true', refusals.restoreVersion)
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
    refuse(req, 'the created document would be published', refusals.publish)
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
    if (writesDraftsOnly(req)) refuse(req, 'restore a global version', refusals.restoreGlobalVersion)
    if ((args as OperationArgs).draft === true) {
      throw new APIError(
        message(req, {
          fi: 'Toimintamallin versiota ei voi palauttaa luonnokseksi: toimintamallin julkaisu peruuntuisi. Palauta versio ja julkaise se, tai kopioi sen teksti uuteen luonnokseen.',
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

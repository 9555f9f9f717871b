import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isMediaUsedByPublishedDocuments } from './mediaReferences'
import { requestPreviewBuild, requestSiteBuild } from './siteBuild'

/**
 * Rebuilds after a change to an upload (its alternative text, or a replaced file): every page that
 * shows it changes. The uploads collection has no drafts, so such a change is live at once.
 */

/** `context.skipSiteBuild: true` on a Local API call (a bulk import) asks for no rebuild. */
const skipsBuilds = (context: Record<string, unknown> | undefined) => context?.skipSiteBuild === true

/**
 * A changed upload rebuilds the editors' preview (a draft may show it) and, when a published
 * document or the published operating model uses it, the public site. A new upload is on no page
 * yet: saving the document that uses it asks for the builds.
 */
export const rebuildAfterMediaChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
  context,
  collection,
}) => {
  if (operation !== 'update' || skipsBuilds(context)) return doc
  const id = (doc as { id: number | string }).id
  const reason = `${collection.slug}/${String(id)} changed`
  requestPreviewBuild(req.payload, reason)
  if (await isMediaUsedByPublishedDocuments(req, id, collection.slug)) requestSiteBuild(req.payload, reason)
  return doc
}

/**
 * A deleted upload rebuilds the preview (a draft may have shown it). The public site needs no
 * rebuild: an upload a published page shows cannot be deleted (Media.ts refuses it with 409), and
 * after the delete its references are gone, so they could not be checked here anyway.
 */
export const rebuildAfterMediaDelete: CollectionAfterDeleteHook = ({ doc, req, context, collection }) => {
  if (!skipsBuilds(context))
    requestPreviewBuild(req.payload, `${collection.slug}/${String((doc as { id: number | string }).id)} deleted`)
  return doc
}

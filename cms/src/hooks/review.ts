import type { CheckboxField, CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { sendInBackground } from '../email'
import { adminLink, mailLanguageOf, oneLine, readyForReviewMail } from '../emailMessages'
import type { Label } from '../fields/common'

/**
 * The review step: a contributor cannot publish (access/publishingPolicy.ts), so when a draft is
 * ready they tick "ready for review"; editors see every such draft on the dashboard
 * (admin/ReviewQueue.tsx) and in each list's filter. Publishing clears the mark.
 *
 * The mark is editorial state, not content: `custom.editorialOnly` keeps it out of the snapshot,
 * the content files and the seed (scripts/lib/shape.ts), and only signed-in users can read it.
 */
export const READY_FOR_REVIEW = 'readyForReview'

export const readyForReviewLabel: Label = {
  fi: 'Valmis tarkistettavaksi',
  en: 'Ready for review',
  sv: 'Klar för granskning',
}

export const readyForReviewField = (): CheckboxField => ({
  name: READY_FOR_REVIEW,
  type: 'checkbox',
  defaultValue: false,
  label: readyForReviewLabel,
  index: true,
  access: { read: ({ req }) => Boolean(req.user) },
  custom: { editorialOnly: true },
  admin: {
    position: 'sidebar',
    description: {
      fi: 'Rastita, kun luonnos on valmis. Toimittaja näkee sen ohjausnäkymässä, tarkistaa ja julkaisee. Julkaisu poistaa merkinnän.',
      en: 'Tick when the draft is ready. An editor sees it on the dashboard, reviews and publishes it. Publishing clears the mark.',
      sv: 'Kryssa i när utkastet är klart. En redaktör ser det på kontrollpanelen, granskar och publicerar det. Publiceringen tar bort markeringen.',
    },
  },
})

/** Publishing (or a scheduled publish) ends the review: the mark would otherwise linger for ever. */
export const clearReviewMarkOnPublish: CollectionBeforeChangeHook = ({ data }) => {
  if ((data as { _status?: unknown })._status === 'published') return { ...data, [READY_FOR_REVIEW]: false }
  return data
}

/**
 * When a draft becomes ready for review (the mark goes from unset to set, not an autosave that
 * repeats it), every editor and admin but the person who marked it gets one short mail naming the
 * document, with a link to it in the admin. Sent in the background: an SMTP server that is down
 * never slows or fails the save (the failure is logged). `context.skipReviewMail` skips it.
 */
export const mailEditorsWhenReady: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
  context,
}) => {
  if (context.skipReviewMail || doc?.[READY_FOR_REVIEW] !== true || previousDoc?.[READY_FOR_REVIEW] === true) return doc
  const reviewers = await req.payload.find({
    collection: 'users',
    where: { role: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const recipients = reviewers.docs.filter((user) => user.id !== req.user?.id && typeof user.email === 'string')
  if (recipients.length === 0) return doc
  const titleField = collection.admin?.useAsTitle ?? 'id'
  const title = oneLine(doc[titleField] || doc.slug || doc.id) || String(doc.id)
  const who = oneLine(req.user?.name || req.user?.email, 80) || '–'
  const link = adminLink(req, `/collections/${collection.slug}/${encodeURIComponent(String(doc.id))}`)
  const kind = labelOf(collection.labels?.singular, collection.slug)
  // Each reviewer in their own mail language.
  sendInBackground(
    req.payload,
    `ready-for-review notice for ${collection.slug} ${String(doc.id)}`,
    recipients.map((user) => ({
      to: user.email,
      ...readyForReviewMail(mailLanguageOf(user), { who, title, kind, link }),
    })),
  )
  return doc
}

/** A collection's singular label in every language (a plain string serves all three). */
function labelOf(label: unknown, fallback: string): Label {
  if (typeof label === 'string') return { fi: label, en: label, sv: label }
  if (label && typeof label === 'object') {
    const { fi, en, sv } = label as Partial<Label>
    return { fi: fi ?? en ?? fallback, en: en ?? fi ?? fallback, sv: sv ?? en ?? fi ?? fallback }
  }
  return { fi: fallback, en: fallback, sv: fallback }
}

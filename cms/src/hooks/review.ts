import type { CheckboxField, CollectionBeforeChangeHook } from 'payload'

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

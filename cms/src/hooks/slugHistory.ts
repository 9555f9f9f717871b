import type { CollectionBeforeChangeHook, PayloadRequest, TextField } from 'payload'
import { ValidationError } from 'payload'

import { message, type Label } from '../fields/common'

/**
 * Addresses that survive renames. When a published document is published again under a new slug,
 * its old slug is kept in `previousSlugs`; the snapshot carries them, the site build writes one
 * redirect per old address and language (Netlify `_redirects`, honoured by the local server too),
 * so links people saved, printed or shared keep working.
 *
 * Only slugs that were public are kept: a draft's working slug never reaches the site. Some
 * documents must not change address at all once public (an issued Open Badge's id is its URL):
 * their collection sets `lockSlugOncePublished`.
 */
export const PREVIOUS_SLUGS = 'previousSlugs'

export const previousSlugsField = (): TextField => ({
  name: PREVIOUS_SLUGS,
  type: 'text',
  hasMany: true,
  label: { fi: 'Aiemmat osoitetunnisteet', en: 'Previous slugs', sv: 'Tidigare adressnamn' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    // Nothing to show until the first rename.
    condition: (data) => Array.isArray(data?.[PREVIOUS_SLUGS]) && data[PREVIOUS_SLUGS].length > 0,
    description: {
      fi: 'Julkaistun dokumentin vanhat osoitteet ohjataan automaattisesti nykyiseen osoitteeseen.',
      en: 'The old addresses of a published document lead to its current address automatically.',
      sv: 'De gamla adresserna till ett publicerat dokument leder automatiskt till den nuvarande adressen.',
    },
  },
})

const lockedMessage: Label = {
  fi: 'Julkaistun dokumentin osoitetunnistetta ei voi muuttaa: sen osoite on jo käytössä (esimerkiksi myönnetyissä osaamismerkeissä). Palauta aiempi tunniste.',
  en: 'The slug of a published document of this kind cannot change: its address is already in use (for example in badges that have been issued). Put back the previous slug.',
  sv: 'Adressnamnet för ett publicerat dokument av det här slaget kan inte ändras: adressen används redan (till exempel i utfärdade märken). Återställ det tidigare adressnamnet.',
}

/** The document as the public sees it now (Payload keeps the published one as the main document). */
async function publishedSlug(req: PayloadRequest, collection: string, id: number | string): Promise<string | null> {
  const current = await req.payload.find({
    collection: collection as never,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const slug = (current.docs[0] as { slug?: unknown } | undefined)?.slug
  return typeof slug === 'string' ? slug : null
}

export const keepPreviousSlugs =
  ({ lockOncePublished }: { lockOncePublished: boolean }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, collection, context }) => {
    if (operation !== 'update' || context.skipSlugHistory || !originalDoc?.id) return data
    const next = data.slug
    if (typeof next !== 'string') return data
    const before = await publishedSlug(req, collection.slug, originalDoc.id)
    if (!before || before === next) return data
    if (lockOncePublished) {
      throw new ValidationError(
        { collection: collection.slug, errors: [{ path: 'slug', message: message(req, lockedMessage) }] },
        req.t,
      )
    }
    // Recorded when the new slug goes public; a draft may still change its mind.
    if ((data as { _status?: unknown })._status !== 'published') return data
    const kept = Array.isArray(originalDoc[PREVIOUS_SLUGS]) ? (originalDoc[PREVIOUS_SLUGS] as string[]) : []
    const previous = [...new Set([...kept, before])].filter((slug) => slug !== next)
    return { ...data, [PREVIOUS_SLUGS]: previous }
  }

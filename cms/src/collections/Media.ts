import path from 'node:path'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { authenticated, editors, anyone } from '../access'
import { dataDir } from '../paths'

/** Readers are often on old phones and slow connections: a larger original has no place here. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Checked before anything is stored, for uploads from the admin, REST and the Local API alike. */
const limitSize: CollectionBeforeOperationHook = ({ req, operation, collection }) => {
  const size = req.file?.size ?? req.file?.data?.length ?? 0
  if ((operation === 'create' || operation === 'update') && size > MAX_UPLOAD_BYTES) {
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
    const message =
      req.i18n?.language === 'sv'
        ? `Filen är ${mb(size)} MB; den får vara högst ${mb(MAX_UPLOAD_BYTES)} MB. Förminska bilden eller dela upp dokumentet.`
        : `The file is ${mb(size)} MB; the limit is ${mb(MAX_UPLOAD_BYTES)} MB. Make the image smaller or split the document.`
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }] }, req.t)
  }
}

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', sv: 'Mediefil' },
    plural: { en: 'Media', sv: 'Media' },
  },
  access: {
    read: anyone,
    create: authenticated,
    update: authenticated,
    delete: editors,
  },
  hooks: { beforeOperation: [limitSize] },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    // Small renditions keep pages light on old phones and slow connections.
    imageSizes: [320, 768, 1280].map((width, index) => ({
      name: ['thumbnail', 'card', 'wide'][index]!,
      width,
      withoutEnlargement: true,
      formatOptions: webp,
    })),
    formatOptions: webp,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Alternative text', sv: 'Alternativtext' },
      admin: {
        description: {
          en: 'What the image shows, for people who cannot see it. For a document: what it contains.',
          sv: 'Vad bilden visar, för den som inte ser den. För ett dokument: vad det innehåller.',
        },
      },
    },
  ],
}

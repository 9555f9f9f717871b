import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { authenticated, editors, anyone } from '../access'
import { dataDir } from '../paths'

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

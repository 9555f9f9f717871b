import { defineCollection } from 'astro:content'

import { documentSchemas } from '../../scripts/lib/snapshot-schema'
import { snapshotLoader } from './lib/snapshot-loader'

// Every collection comes from the one validated snapshot that the CMS export writes.
export const collections = {
  components: defineCollection({ loader: snapshotLoader('components'), schema: documentSchemas.components }),
}

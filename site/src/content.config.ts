import { defineCollection } from 'astro:content'

import { collectionKeys, documentSchemas, type CollectionKey } from '@toolkit/contract/snapshot'
import { snapshotLoader } from './lib/snapshot-loader'

// Every collection comes from the one validated snapshot that the CMS export writes, with the
// schemas generated from the CMS configs.
export const collections = Object.fromEntries(
  collectionKeys.map((key) => [key, defineCollection({ loader: snapshotLoader(key), schema: documentSchemas[key] })]),
) as { [K in CollectionKey]: ReturnType<typeof defineCollection> }

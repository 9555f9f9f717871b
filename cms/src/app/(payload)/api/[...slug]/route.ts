import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { publicCollections } from '../../../../collections'
import { OperatingModel } from '../../../../globals/OperatingModel'
import { SiteSettings } from '../../../../globals/SiteSettings'
import { readChangeMarker } from '../../../../hooks/readCacheInvalidation'
import { cachedAnonymousGet } from '../../../../readCache'

// Only the published content a reader asks for is cached: never users, media files or jobs.
export const GET = cachedAnonymousGet(REST_GET(config), {
  cacheablePaths: [
    ...publicCollections.map((collection) => `/api/${collection.slug}`),
    `/api/globals/${OperatingModel.slug}`,
    `/api/globals/${SiteSettings.slug}`,
  ],
  readMarker: async () => readChangeMarker(await getPayload({ config })),
})
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)

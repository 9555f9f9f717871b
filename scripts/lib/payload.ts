import './load-env'

import { getPayload, type Payload } from 'payload'

import config from '../../cms/src/payload.config'

/**
 * Starts Payload's Local API on the configured database and brings its schema up to date
 * by applying the committed migrations (the schema is never pushed implicitly).
 */
export async function startPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  // MongoDB needs no table migrations; the SQL adapters read their committed migration folder.
  if (payload.db.name !== 'mongoose') await payload.db.migrate()
  return payload
}

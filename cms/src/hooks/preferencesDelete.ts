import type { Endpoint, PayloadHandler, SanitizedConfig, Where } from 'payload'
import { NotFound, UnauthorizedError } from 'payload'

/**
 * Payload 3.90's `DELETE /api/payload-preferences/:key` (the admin's "reset" of a saved list
 * layout) fails with an SQL error on SQLite for every key: its one-query delete filters on the
 * user relationship, which the adapter's delete does not join. This handler finds the signed-in
 * user's preference first and deletes it by id: the same result, a 404 when there is none.
 */
const deleteOwnPreference: PayloadHandler = async (req) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const collection = 'payload-preferences'
  const where: Where = {
    and: [
      { key: { equals: req.routeParams?.key } },
      { 'user.value': { equals: req.user.id } },
      { 'user.relationTo': { equals: req.user.collection } },
    ],
  }
  const found = await req.payload.db.findOne({ collection, where, req })
  if (!found) throw new NotFound(req.t)
  await req.payload.db.deleteOne({ collection, where: { id: { equals: found.id } }, req })
  return Response.json({ ...found, message: req.t('general:deletedSuccessfully') })
}

/** Replaces Payload's preference delete endpoint on the built config. */
export function workingPreferenceDelete(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find((collection) => collection.slug === 'payload-preferences')
  const endpoint = (preferences?.endpoints || []).find(
    (candidate: Endpoint) => candidate.method === 'delete' && candidate.path === '/:key',
  )
  if (!endpoint)
    throw new Error(
      'Payload no longer has DELETE /api/payload-preferences/:key: review cms/src/hooks/preferencesDelete.ts.',
    )
  endpoint.handler = deleteOwnPreference
  return config
}

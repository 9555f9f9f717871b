import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

/** Roles in increasing order of power; a role may do everything the ones before it may. */
export const roles = ['contributor', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user']

export function roleOf(user: MaybeUser): Role | null {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (roles as readonly string[]).includes(role) ? (role as Role) : null
}

/** True when the user's role is at least `min`. */
export function hasRole(user: MaybeUser, min: Role): boolean {
  const role = roleOf(user)
  return role !== null && roles.indexOf(role) >= roles.indexOf(min)
}

export const anyone: Access = () => true
export const authenticated: Access = ({ req }) => Boolean(req.user)
export const editors: Access = ({ req }) => hasRole(req.user, 'editor')
export const admins: Access = ({ req }) => hasRole(req.user, 'admin')
export const adminsFieldLevel: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/**
 * Everyone signed in may write drafts; publishing takes an editor. A contributor's save that asks
 * for `_status: 'published'` (the admin's Publish button, or the API) is refused as a whole.
 */
export const draftsOrEditors: Access = ({ req, data }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'editor')) return true
  return (data as { _status?: unknown } | undefined)?._status !== 'published'
}

/** Public visitors see the published operating model only; signed-in staff see its draft too. */
export const publishedOrAuthenticated: Access = ({ req }) => {
  if (req.user) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}

/**
 * Public visitors see published documents only, never one in the trash (not even when they ask
 * with ?trash=true); signed-in staff see drafts and the trash too.
 */
export const publishedAndNotTrashedOrAuthenticated: Access = ({ req }) => {
  if (req.user) return true
  const published: Where = { and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }] }
  return published
}

/** Admins manage everyone; others may read and update only themselves. */
export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  const self: Where = { id: { equals: req.user.id } }
  return self
}

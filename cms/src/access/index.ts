import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Label } from '../fields/common'

/** Roles in increasing order of power; a role may do everything the ones before it may. */
export const roles = ['contributor', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

/** The roles' names as the admin shows them (docs/admin-glossary.md, Roles). */
export const roleLabels: Record<Role, Label> = {
  contributor: { fi: 'Kirjoittaja', en: 'Contributor', sv: 'Skribent' },
  editor: { fi: 'Toimittaja', en: 'Editor', sv: 'Redaktör' },
  admin: { fi: 'Ylläpitäjä', en: 'Admin', sv: 'Administratör' },
}

/** What each role may do, in the same words; the user form shows it under the role. */
export const roleHelp: Label = {
  fi: 'Kirjoittaja kirjoittaa luonnoksia ja merkitsee ne valmiiksi tarkistettavaksi. Toimittaja voi lisäksi julkaista, perua julkaisun ja poistaa. Ylläpitäjä voi lisäksi hallita käyttäjiä. Vain ylläpitäjä voi muuttaa roolia.',
  en: 'A contributor writes drafts and marks them ready for review. An editor may also publish, unpublish and delete. An admin may also manage users. Only an admin can change a role.',
  sv: 'En skribent skriver utkast och markerar dem som klara för granskning. En redaktör kan också publicera, avpublicera och radera. En administratör kan också hantera användare. Bara en administratör kan ändra rollen.',
}

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

import type { CollectionAfterErrorHook, CollectionConfig } from 'payload'
import { AuthenticationError } from 'payload'

import { admins, adminsFieldLevel, adminsOrSelf, roles } from '../access'
import { secureCookies } from '../serverUrl'

/**
 * One answer for every failed sign-in: a locked account answers like a wrong password, so the
 * login form does not tell a stranger which addresses have accounts (or that one is locked).
 */
const sameAnswerForLockedAccounts: CollectionAfterErrorHook = ({ error, req }) => {
  if (error.name !== 'LockedAuth') return
  const same = new AuthenticationError(req.t)
  return { response: { errors: [{ message: same.message }] }, status: same.status }
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', sv: 'Användare' },
    plural: { en: 'Users', sv: 'Användare' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  auth: {
    // Repeated wrong passwords lock the account for a while instead of allowing guessing.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // The site build signs in with a key (Authorization: users API-Key …): editors and admins may
    // enable one on their account (the export reads only published content either way).
    useAPIKey: true,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    // Payload's default lets any signed-in user unlock any account, which would make the lockout moot.
    unlock: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    afterError: [sameAnswerForLockedAccounts],
    beforeChange: [
      // The very first account (Payload's first-user screen or ADMIN_EMAIL) must be able to manage the rest.
      async ({ req, operation, data }) => {
        if (operation !== 'create') return data
        const existing = await req.payload.count({ collection: 'users', req })
        return existing.totalDocs === 0 ? { ...data, role: 'admin' } : data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Display name', sv: 'Visningsnamn' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((role) => ({ label: role, value: role })),
      access: { create: adminsFieldLevel, update: adminsFieldLevel },
    },
  ],
}

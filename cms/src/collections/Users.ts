import type { CollectionAfterErrorHook, CollectionConfig } from 'payload'
import { AuthenticationError } from 'payload'

import { admins, adminsFieldLevel, adminsOrSelf, roleHelp, roleLabels, roles } from '../access'
import { adminGroups } from '../admin/groups'
import { options } from '../fields/common'
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
    singular: { fi: 'Käyttäjä', en: 'User', sv: 'Användare' },
    plural: { fi: 'Käyttäjät', en: 'Users', sv: 'Användare' },
  },
  admin: {
    useAsTitle: 'email',
    // Users are not public content (no publicContent()), so the group is set here.
    group: adminGroups.upkeep,
    description: {
      fi: 'Ihmiset, jotka voivat kirjautua sisällönhallintaan, ja heidän roolinsa.',
      en: 'The people who can log in to the CMS, and their roles.',
      sv: 'Personerna som kan logga in i innehållshanteringen, och deras roller.',
    },
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    listSearchableFields: ['email', 'name'],
  },
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
    {
      name: 'name',
      type: 'text',
      label: { fi: 'Nimi', en: 'Display name', sv: 'Visningsnamn' },
      admin: {
        description: {
          fi: 'Nimi, jonka muut käyttäjät näkevät sisällönhallinnassa, esimerkiksi Maija Meikäläinen. Ei näy julkisella sivustolla.',
          en: 'The name other users see in the CMS, for example Maija Meikäläinen. Not shown on the public site.',
          sv: 'Namnet som andra användare ser i innehållshanteringen, till exempel Maija Meikäläinen. Visas inte på den offentliga webbplatsen.',
        },
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      label: { fi: 'Rooli', en: 'Role', sv: 'Roll' },
      options: options(roles, roleLabels),
      access: { create: adminsFieldLevel, update: adminsFieldLevel },
      admin: { description: roleHelp },
    },
  ],
}

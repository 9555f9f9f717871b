import crypto from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterErrorHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'
import { APIError, AuthenticationError } from 'payload'

import { localeNames, locales } from '@toolkit/contract/locales'

import { admins, adminsFieldLevel, adminsOrSelf, roleHelp, roleLabels, roleOf, roles } from '../access'
import { adminGroups } from '../admin/groups'
import { sendInBackground } from '../email'
import {
  INVITATION_HOURS,
  invitationMail,
  mailLanguage,
  mailLanguageOf,
  resetPasswordLink,
  resetPasswordMail,
} from '../emailMessages'
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

/**
 * One answer to "forgot password" whether or not the mail could be sent. Payload sends the reset
 * mail inside the request, so with the SMTP server down a known address got a 500 while an unknown
 * one (no mail to send) got 200: the difference told a stranger which addresses have accounts.
 * A failure past validation now answers like success; the operator sees it in one log line.
 */
const sameAnswerWhenResetMailFails: CollectionAfterErrorHook = ({ error, req }) => {
  const pathname = req.url ? new URL(req.url, 'http://cms.invalid').pathname : ''
  if (!/\/forgot-password\/?$/.test(pathname)) return
  if (error instanceof APIError && error.status < 500) return
  req.payload.logger.error(`E-mail not sent: password reset (${error.message})`)
  return { response: { message: req.t('general:success') }, status: 200 }
}

/**
 * An admin who adds a user need not choose a password for them: without one (over the API) a random
 * one nobody sees is set, and the new user sets their own from the invitation below. (The admin's
 * create form still asks for a password; it works until the user sets theirs, which is how a user
 * gets in where e-mail is not configured.)
 */
const randomPasswordForInvitedUser: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || !req.user) return args
  const data = (args.data ?? {}) as { password?: unknown }
  if (typeof data.password === 'string' && data.password !== '') return args
  return { ...args, data: { ...data, password: crypto.randomBytes(32).toString('base64url') } }
}

/**
 * A user created by an admin (not the first user, who signs up themselves, nor the seed) gets an
 * invitation mail whose link sets their own password: a reset token from Payload's forgot-password
 * operation, valid for INVITATION_HOURS and once. `context.skipInvitation` skips it.
 */
const inviteNewUser: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || !req.user || context.skipInvitation || typeof doc.email !== 'string') return doc
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: doc.email },
    disableEmail: true,
    expiration: INVITATION_HOURS * 60 * 60 * 1000,
    req,
  })
  if (typeof token !== 'string') return doc
  const role = roleLabels[roleOf(doc) ?? 'contributor']
  const mail = invitationMail(mailLanguageOf(doc), { email: doc.email, role, link: resetPasswordLink(req, token) })
  sendInBackground(req.payload, `invitation to ${doc.email}`, [{ to: doc.email, ...mail }])
  return doc
}

type ForgotPasswordArgs = { req?: PayloadRequest; token?: string; user?: { email?: unknown } } | undefined
const mailArgs = (args: ForgotPasswordArgs) => ({
  email: String(args?.user?.email ?? ''),
  link: args?.req ? resetPasswordLink(args.req, args.token ?? '') : '',
})

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
      fi: 'Ihmiset, jotka voivat kirjautua sisällönhallintaan, ja heidän roolinsa. Uusi käyttäjä saa sähköpostiin kutsun, jonka linkistä hän asettaa oman salasanansa.',
      en: 'The people who can log in to the CMS, and their roles. A new user gets an invitation by e-mail with a link to set their own password.',
      sv: 'Personerna som kan logga in i innehållshanteringen, och deras roller. En ny användare får en inbjudan per e-post med en länk för att ange sitt eget lösenord.',
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
    // Our own reset mail (emailMessages.ts) in the language of the admin the request came from,
    // linking to the admin's reset page on PAYLOAD_PUBLIC_SERVER_URL.
    forgotPassword: {
      generateEmailSubject: (args) => resetPasswordMail(mailLanguage(args?.req), mailArgs(args)).subject,
      generateEmailHTML: (args) => resetPasswordMail(mailLanguage(args?.req), mailArgs(args)).html,
    },
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
    beforeOperation: [randomPasswordForInvitedUser],
    afterChange: [inviteNewUser],
    afterError: [sameAnswerForLockedAccounts, sameAnswerWhenResetMailFails],
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
    {
      // The server does not know which language a person's admin is in (that is a cookie in their
      // browser): mails that are not an answer to their own request use this.
      name: 'mailLanguage',
      type: 'select',
      // Not required, so that scripts and the API need not name it: unset means Finnish.
      defaultValue: 'fi',
      label: { fi: 'Sähköpostien kieli', en: 'Language of e-mails', sv: 'Språk i e-postmeddelanden' },
      options: options(locales, localeNames),
      admin: {
        description: {
          fi: 'Kieli, jolla käyttäjä saa kutsun ja ilmoitukset luonnoksista, jotka odottavat tarkistusta. Salasanan palautusviesti tulee sillä kielellä, jolla palautusta pyydetään.',
          en: 'The language of this user’s invitation and of notices about drafts waiting for review. A password-reset mail comes in the language the reset was asked in.',
          sv: 'Språket i användarens inbjudan och i meddelanden om utkast som väntar på granskning. Ett meddelande om återställt lösenord kommer på det språk som återställningen begärdes på.',
        },
      },
    },
  ],
}

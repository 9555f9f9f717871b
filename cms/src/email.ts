import nodemailer from 'nodemailer'
import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { serverURL } from './serverUrl'

/**
 * How the CMS sends e-mail (password resets, invitations, review notices), read from the
 * environment here and nowhere else:
 *
 * - SMTP_HOST — the SMTP server; unset, no e-mail is sent and each message is only logged (the
 *   embedded `npm start`, which needs no outside service);
 * - SMTP_PORT — default 587; SMTP_SECURE=true for implicit TLS (usually port 465), otherwise the
 *   connection is upgraded with STARTTLS when the server offers it;
 * - SMTP_USER and SMTP_PASSWORD — both or neither;
 * - EMAIL_FROM_ADDRESS (required with SMTP_HOST) and EMAIL_FROM_NAME (default "Digiosallisuus CMS").
 *
 * A half configuration stops the CMS at start with a message naming the variable. The password is
 * never logged.
 */
export type EmailSettings =
  | { kind: 'log-only'; fromAddress: string; fromName: string }
  | {
      kind: 'smtp'
      host: string
      port: number
      secure: boolean
      auth?: { user: string; pass: string }
      fromAddress: string
      fromName: string
    }

const DEFAULT_FROM_NAME = 'Digiosallisuus CMS'
const DEFAULT_SMTP_PORT = 587
// A plain address without display name, spaces, quotes or line breaks (it goes into a header as is).
const PLAIN_ADDRESS = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/
// Payload writes the name into `"name" <address>` itself, so it may not hold quotes, brackets or line breaks.
const UNSAFE_IN_NAME = /["<>\\\u0000-\u001f\u007f]/

export class EmailConfigurationError extends Error {
  override name = 'EmailConfigurationError'
}

function refuse(variable: string, problem: string): never {
  throw new EmailConfigurationError(`${variable} ${problem} (e-mail settings, see README.md → Deploying).`)
}

const SMTP_ONLY_VARIABLES = ['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD'] as const

export function readEmailSettings(
  env: Record<string, string | undefined> = process.env,
  publicAddress: string | undefined = serverURL,
): EmailSettings {
  const value = (name: string) => {
    const raw = env[name]
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim()
  }
  const fromName = value('EMAIL_FROM_NAME') ?? DEFAULT_FROM_NAME
  if (UNSAFE_IN_NAME.test(fromName)) refuse('EMAIL_FROM_NAME', 'may not contain quotes, angle brackets or line breaks')
  const fromAddress = value('EMAIL_FROM_ADDRESS')
  if (fromAddress !== undefined && !PLAIN_ADDRESS.test(fromAddress)) {
    refuse('EMAIL_FROM_ADDRESS', `must be a plain e-mail address such as cms@example.org, not "${fromAddress}"`)
  }

  const host = value('SMTP_HOST')
  if (host === undefined) {
    const stray = SMTP_ONLY_VARIABLES.find((name) => value(name) !== undefined)
    if (stray) refuse(stray, 'is set but SMTP_HOST is not: set SMTP_HOST too, or unset it')
    return { kind: 'log-only', fromAddress: fromAddress ?? 'no-reply@localhost', fromName }
  }
  if (fromAddress === undefined) refuse('EMAIL_FROM_ADDRESS', 'must be set when SMTP_HOST is set')
  // Links in the mail point at the admin on the CMS's public address, never at a request's Host header.
  if (!publicAddress) refuse('PAYLOAD_PUBLIC_SERVER_URL', 'must be set when SMTP_HOST is set (links in e-mails use it)')

  const portText = value('SMTP_PORT') ?? String(DEFAULT_SMTP_PORT)
  const port = Number(portText)
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) {
    refuse('SMTP_PORT', `must be a port number from 1 to 65535, not "${portText}"`)
  }

  const secureText = value('SMTP_SECURE')?.toLowerCase()
  if (secureText !== undefined && !['true', 'false', '1', '0'].includes(secureText)) {
    refuse('SMTP_SECURE', `must be true or false, not "${value('SMTP_SECURE')}"`)
  }
  const secure = secureText === 'true' || secureText === '1'

  const user = value('SMTP_USER')
  // A password may begin or end with spaces: taken as given.
  const pass = env.SMTP_PASSWORD
  if (user !== undefined && !pass) refuse('SMTP_PASSWORD', 'must be set when SMTP_USER is set')
  if (user === undefined && pass) refuse('SMTP_USER', 'must be set when SMTP_PASSWORD is set')

  return {
    kind: 'smtp',
    host,
    port,
    secure,
    ...(user !== undefined && pass ? { auth: { user, pass } } : {}),
    fromAddress,
    fromName,
  }
}

/** What the settings are, for a log line: never the password. */
export function describeEmailSettings(settings: EmailSettings): string {
  if (settings.kind === 'log-only') return 'e-mail is NOT sent: SMTP_HOST is not set, messages are only logged'
  const tls = settings.secure ? 'implicit TLS' : 'STARTTLS when offered'
  const auth = settings.auth ? `as ${settings.auth.user}` : 'without authentication'
  return `e-mail is sent through ${settings.host}:${settings.port} (${tls}, ${auth}) from ${settings.fromAddress}`
}

/**
 * The text part of an HTML-only message. Payload's forgot-password operation passes on only the
 * HTML our generateEmailHTML made (emailMessages.ts), whose shape is known: paragraphs, line
 * breaks, and links that show their own address. Entities are the numeric ones escapeHtml writes.
 */
export function plainTextOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .trim()
}

function withPlainText(message: SendEmailOptions): SendEmailOptions {
  if (message.text || typeof message.html !== 'string') return message
  return { ...message, text: plainTextOf(message.html) }
}

const logOnly =
  (settings: EmailSettings): EmailAdapter =>
  ({ payload }) => {
    // Each message says it was not sent (below); no start-up line, which every script would print.
    return {
      name: 'log-only',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message) => {
        // The body is not logged: it may hold a password-reset link.
        payload.logger.info({
          msg: 'E-mail NOT sent (SMTP_HOST is not set, so e-mail is only logged)',
          to: message.to,
          subject: message.subject,
        })
      },
    }
  }

/**
 * SMTP through nodemailer, the transport @payloadcms/email-nodemailer wraps. That package is not
 * used: 3.90.1 is its newest release, and with it installed beside payload 3.90.2 Payload's
 * start-up version check (outside production) rejects a promise nobody catches, which ends the process.
 */
const smtp =
  (settings: Extract<EmailSettings, { kind: 'smtp' }>): EmailAdapter =>
  ({ payload }) => {
    payload.logger.info(describeEmailSettings(settings))
    // No connection until a mail is sent (scripts load the config too); a failure shows then.
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.auth,
      // A server that does not answer must not keep a sender waiting for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    })
    const defaultFrom = { name: settings.fromName, address: settings.fromAddress }
    return {
      name: 'smtp',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: (message) => transport.sendMail({ ...withPlainText(message), from: message.from ?? defaultFrom }),
    }
  }

/** The e-mail adapter for payload.config.ts, from the environment. */
export function emailAdapter(settings: EmailSettings = readEmailSettings()): EmailAdapter {
  return settings.kind === 'smtp' ? smtp(settings) : logOnly(settings)
}

// Mails sent in the background (review notices, invitations), so tests and shutdown can wait for them.
const pending = new Set<Promise<unknown>>()

/** Resolves when every background mail started so far has been sent or has failed. */
export async function backgroundMailSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending])
}

/**
 * Sends messages without making the caller wait or fail: a save must not depend on the SMTP
 * server. A failure is logged as one line naming what was not sent (no password, no body).
 */
export function sendInBackground(payload: Payload, what: string, messages: SendEmailOptions[]): void {
  if (messages.length === 0) return
  const sending = Promise.allSettled(messages.map((message) => payload.sendEmail(message))).then((results) => {
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []))
    if (failures.length === 0) return
    const reason = failures[0] instanceof Error ? failures[0].message : String(failures[0])
    payload.logger.error(`E-mail not sent: ${what} (${failures.length} of ${messages.length} failed: ${reason})`)
  })
  pending.add(sending)
  void sending.finally(() => pending.delete(sending))
}

/**
 * The one rule for link targets in rich text. The CMS refuses to save a link that breaks it
 * (cms/src/fields/richText.ts) and the site renders such a link as plain text
 * (site/src/lib/rich-text.ts), so both sides always agree.
 *
 * Allowed, and nothing else (an allowlist: `javascript:`, `data:`, `vbscript:`, `file:` and any
 * spelling of them with entities or mixed case never match):
 * - `https://host…` and `http://host…`;
 * - `mailto:…`;
 * - `tel:` with digits, `+`, `(`, `)`, `-` and single spaces between groups;
 * - a path of this site, starting with exactly one `/` (`//host` and `/\host` are other hosts to
 *   a browser);
 * - a `#fragment` on the same page.
 * Whitespace, control and invisible format characters are refused anywhere (browsers drop tabs
 * and newlines inside a URL, so `java\tscript:` is `javascript:`; U+202E hides the real text),
 * and so are backslashes (browsers read `\` as `/` in web addresses).
 */
import { defaultLocale, type Locale, locales } from './locales'
import { pagePath } from './routes'

const FORBIDDEN_CHARACTER = /[\s\p{Cc}\p{Cf}\\]/u

const SAFE_FORMS: RegExp[] = [/^https?:\/\/[^/?#]/i, /^mailto:./i, /^\/(?!\/)/, /^#/]

/** tel: is the one form with spaces: single spaces between groups of digits and ( ) - */
const SAFE_TEL = /^tel:\+?[0-9(][0-9()-]*(?: [0-9()-]+)*$/i

export function isSafeLink(value: unknown): value is string {
  if (typeof value !== 'string') return false
  if (SAFE_TEL.test(value)) return true
  return !FORBIDDEN_CHARACTER.test(value) && SAFE_FORMS.some((form) => form.test(value))
}

/** For editors: what isSafeLink allows, in one sentence. */
export const SAFE_LINK_HELP =
  'use an address that starts with https://, http://, mailto:, tel:, a single / (a page of this site) or #, with no spaces; javascript:, data: and //host links are not allowed'

/**
 * A feedback or contact channel as editors type it (the accessibility statement's feedback channel,
 * the site settings' feedback address): an https:// address, a mailto: link, a bare e-mail address,
 * or the site's own feedback page (/fi/palaute/ in any of its languages), whose form needs no
 * address of the publisher's own.
 */
const CONTACT_ADDRESS = /^(https:\/\/\S+|mailto:[^\s@]+@\S+|[^\s@:/]+@[^\s@]+\.[^\s@]+)$/i

/** The site's feedback page in each language: a channel editors may name instead of an address. */
export const siteFeedbackPaths: readonly string[] = locales.map((lang) => pagePath(lang, 'feedback'))

/** Whether a channel is the site's own feedback form (in any language) rather than an address elsewhere. */
export const isSiteFeedbackPath = (value: unknown): value is string =>
  typeof value === 'string' && siteFeedbackPaths.includes(value)

/**
 * The link a contact channel becomes on the site (a bare e-mail address gets mailto:; the site's
 * feedback page is given in the reader's language), or null when it is not one.
 */
export function contactHref(value: unknown, lang: Locale = defaultLocale): string | null {
  if (isSiteFeedbackPath(value)) return pagePath(lang, 'feedback')
  if (typeof value !== 'string' || !CONTACT_ADDRESS.test(value)) return null
  const href = /^(https|mailto):/i.test(value) ? value : `mailto:${value}`
  return isSafeLink(href) ? href : null
}

export const isContactAddress = (value: unknown): value is string => contactHref(value) !== null

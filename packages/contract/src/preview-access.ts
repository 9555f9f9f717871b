import crypto from 'node:crypto'

/**
 * Who may see drafts in a hosted preview. The CMS and the preview service share one secret
 * (PREVIEW_SECRET); the CMS gives a signed-in editor a link with a short-lived signature, and the
 * preview exchanges it for a session cookie of its own. Neither side trusts anything else: the
 * preview never sees the CMS's session, and a link or cookie without a valid signature, or past
 * its time, shows nothing. Kept apart from ./preview (which the site's pages may import) because
 * it needs node:crypto.
 */

/** The query parameter that carries a signed access token on a preview link. */
export const PREVIEW_ACCESS_PARAM = 'access'
/** The preview's own session cookie. */
export const PREVIEW_SESSION_COOKIE = 'toolkit-preview'

/** How long a link from the admin stays valid: long enough for a working day in the admin's open tab. */
export const PREVIEW_LINK_SECONDS = 12 * 60 * 60
/** How long the preview's session lasts once a link has opened it. */
export const PREVIEW_SESSION_SECONDS = 12 * 60 * 60

/** A secret shorter than this is refused: the signature is only as strong as the secret. */
export const MIN_PREVIEW_SECRET_LENGTH = 32

type Purpose = 'link' | 'session'

const sign = (secret: string, purpose: Purpose, expires: number) =>
  crypto.createHmac('sha256', secret).update(`toolkit-preview:${purpose}:${expires}`).digest('base64url')

/** A token for `purpose`, valid until `now + seconds`: "<expires>.<signature>". */
export function signPreviewToken(secret: string, purpose: Purpose, seconds: number, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + seconds
  return `${expires}.${sign(secret, purpose, expires)}`
}

/** True when the token was signed with this secret for this purpose and has not expired. */
export function verifyPreviewToken(secret: string, purpose: Purpose, token: unknown, now = Date.now()): boolean {
  if (typeof token !== 'string' || token.length > 200) return false
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires * 1000 <= now) return false
  const expected = Buffer.from(sign(secret, purpose, expires))
  const given = Buffer.from(match[2]!)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/**
 * The rebuild address's token: fixed for a secret (the CMS calls it after every save, the
 * preview checks it), so both sides derive it instead of passing a second secret around.
 */
export const rebuildToken = (secret: string) =>
  crypto.createHmac('sha256', secret).update('toolkit-preview:rebuild').digest('base64url')

/** A readable reason when a configured secret is unusable, or null. */
export function previewSecretProblem(secret: string | undefined): string | null {
  if (!secret) return 'PREVIEW_SECRET is not set'
  if (secret.length < MIN_PREVIEW_SECRET_LENGTH)
    return `PREVIEW_SECRET is ${secret.length} characters long; use at least ${MIN_PREVIEW_SECRET_LENGTH} random characters`
  return null
}

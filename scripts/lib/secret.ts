import crypto from 'node:crypto'

/** A random token for a local endpoint that only the CMS may call (it is given the address). */
export const newToken = () => crypto.randomBytes(32).toString('base64url')

/** Compares a secret in constant time (hashing first, so that the lengths do not matter either). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => crypto.createHash('sha256').update(value).digest()
  return crypto.timingSafeEqual(digest(given), digest(expected))
}

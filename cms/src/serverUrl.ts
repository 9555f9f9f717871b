/**
 * The CMS's own public address, PAYLOAD_PUBLIC_SERVER_URL (e.g. https://cms.example.org), and what
 * follows from it:
 *
 * - Payload accepts a session cookie only on requests whose Origin is in the CSRF allowlist (or,
 *   without an Origin, when the browser says the request is same-site): the list is this address,
 *   plus its loopback twin (localhost ↔ 127.0.0.1) when it is a loopback address, as under `npm start`;
 * - session cookies are `Secure` when the address is https, so they never travel over plain http.
 *
 * Unset, Payload allows cookies from any origin (it has no list to check), which is acceptable only
 * on loopback: cms/server.ts refuses to start in production on a public interface without it.
 */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

function parse(value: string | undefined): URL | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null
  } catch {
    return null
  }
}

const configured = process.env.PAYLOAD_PUBLIC_SERVER_URL
const url = parse(configured)
if (configured && !url) {
  throw new Error(
    `PAYLOAD_PUBLIC_SERVER_URL must be the CMS's address, such as https://cms.example.org, not "${configured}".`,
  )
}

/** The address without a trailing slash, or undefined when unset. */
export const serverURL = url ? url.origin : undefined

/** Origins whose cookie-authenticated requests Payload accepts (Payload adds serverURL itself). */
export const csrfOrigins: string[] =
  url && LOOPBACK_HOSTS.includes(url.hostname)
    ? LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`).filter(
        (origin) => origin !== url.origin,
      )
    : []

/** Session cookies only over https when the CMS is served over https. */
export const secureCookies = url?.protocol === 'https:'

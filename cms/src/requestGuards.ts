/**
 * Limits the production server (cms/server.ts) applies before a request reaches Next.js:
 *
 * - a path with a broken percent-escape is a 400 (Next would fail on it with a 500);
 * - a request body must declare its size (Content-Length) and stay under a limit: uploads up to
 *   the upload limit plus form overhead, everything else (JSON, the admin's server actions) 2 MB.
 *   A chunked body of unknown size is refused (411) rather than read without bound;
 * - sign-in and the other account endpoints that take a password or send mail are rate-limited per
 *   client address (a sliding window), so guessing is slow even across many accounts, and the
 *   per-account lockout (five wrong passwords, 15 minutes) cannot be used to lock everyone out
 *   at machine speed. Each process counts in memory; once Payload has started in the process it
 *   also counts in the database (sharedAccountAttempts.ts), so that the limit holds in total
 *   across every instance on one database, not once per instance (`refuseRateAcrossInstances`).
 *
 * The client address is the socket's, unless TRUST_PROXY=1 says a reverse proxy in front of the
 * CMS sets X-Forwarded-For (then its last entry, the one the proxy added, is used).
 *
 * Loaded by Node directly from server.ts (type stripping): Node built-ins and erasable TypeScript only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The Media collection's limit (src/collections/Media.ts) plus room for the multipart envelope. */
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024 + 64 * 1024
export const MAX_BODY_BYTES = 2 * 1024 * 1024

/** Account endpoints that are rate-limited per client address. */
const ACCOUNT_ENDPOINT =
  /^\/api\/[a-z0-9-]+\/(login|forgot-password|reset-password|unlock|first-register|verify\/[^/?]*)\/?(\?|$)/
export const ACCOUNT_ATTEMPTS = Number(process.env.LOGIN_RATE_LIMIT ?? 10)
export const ACCOUNT_WINDOW_MS = 60_000
// Bounds the memory the limiter itself can take when many addresses come and go.
const MAX_TRACKED_ADDRESSES = 10_000

const attempts = new Map<string, number[]>()

/** The attempts counted in the database, shared by every instance (cms/src/sharedAccountAttempts.ts). */
export interface SharedAccountAttempts {
  /** Records an attempt from `address` at `now`; refused when it would be over `limit` in the window. */
  attempt(
    address: string,
    now: number,
    windowMs: number,
    limit: number,
  ): Promise<{ refused: false } | { refused: true; retryAfterMs: number }>
}
// On globalThis, as the read cache: server.ts loads this module outside Next's bundles, Payload's
// onInit inside them, and both must see the one counter.
const shared = globalThis as typeof globalThis & { __toolkitSharedAccountAttempts?: SharedAccountAttempts }

/** Payload's onInit registers the database's counter here. */
export function shareAccountAttempts(counter: SharedAccountAttempts): void {
  shared.__toolkitSharedAccountAttempts = counter
}

function plain(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): true {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close', ...headers })
  response.end(JSON.stringify({ errors: [{ message }] }))
  return true
}

/** The client's address, as described above. */
export function clientAddress(request: IncomingMessage): string {
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = request.headers['x-forwarded-for']
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1)
    if (last) return last
  }
  return request.socket.remoteAddress ?? 'unknown'
}

/** True (and the answer sent) when this request's body is refused. */
function refuseBody(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false
  const length = request.headers['content-length']
  if (request.headers['transfer-encoding'] !== undefined && length === undefined) {
    return plain(response, 411, 'Send the request body with a Content-Length.')
  }
  if (length === undefined) return false // no body
  const bytes = Number(length)
  if (!/^\d{1,15}$/.test(length) || !Number.isSafeInteger(bytes)) return plain(response, 400, 'Invalid Content-Length.')
  const isUpload = (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')
  const limit = isUpload ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES
  if (bytes > limit) return plain(response, 413, tooLarge(bytes, limit, editorLanguage(request)))
  return false
}

/**
 * The two refusals an editor can meet in the admin (a sign-in rate limit, an upload too large)
 * are said in the admin's interface language: the one chosen in the account (Payload's
 * `payload-lng` cookie), else Finnish, the admin's default. This runs before Payload, so it reads
 * the cookie itself.
 */
type Language = 'fi' | 'en' | 'sv'
function editorLanguage(request: IncomingMessage): Language {
  const chosen = /(?:^|;\s*)payload-lng=(fi|en|sv)(?:;|$)/.exec(request.headers.cookie ?? '')?.[1]
  return (chosen as Language | undefined) ?? 'fi'
}
const megabytes = (bytes: number, language: Language) =>
  `${(bytes / 1024 / 1024).toLocaleString(language === 'en' ? 'en-GB' : language, { maximumFractionDigits: 1 })} ${language === 'fi' ? 'Mt' : 'MB'}`
const tooLarge = (bytes: number, limit: number, language: Language) =>
  ({
    fi: `Pyyntö on liian suuri (${megabytes(bytes, 'fi')}; enintään ${megabytes(limit, 'fi')}). Pienennä tiedostoa ja yritä uudelleen.`,
    en: `The request is too large (${megabytes(bytes, 'en')}; the limit is ${megabytes(limit, 'en')}). Make the file smaller and try again.`,
    sv: `Begäran är för stor (${megabytes(bytes, 'sv')}; högst ${megabytes(limit, 'sv')}). Gör filen mindre och försök igen.`,
  })[language]
const tooManyAttempts = {
  fi: 'Liian monta yritystä tästä osoitteesta. Odota minuutti ja yritä uudelleen.',
  en: 'Too many attempts from this address. Wait a minute and try again.',
  sv: 'För många försök från den här adressen. Vänta en minut och försök igen.',
}

const isAccountAttempt = (request: IncomingMessage) =>
  request.method === 'POST' && ACCOUNT_ENDPOINT.test(request.url ?? '')

function refuseTooMany(request: IncomingMessage, response: ServerResponse, retryAfterMs: number): true {
  return plain(response, 429, tooManyAttempts[editorLanguage(request)], {
    'retry-after': String(Math.ceil(retryAfterMs / 1000)),
  })
}

/** True (and a 429 sent) when this client has used up its attempts at the account endpoints. */
function refuseRate(request: IncomingMessage, response: ServerResponse): boolean {
  if (!isAccountAttempt(request)) return false
  const now = Date.now()
  const address = clientAddress(request)
  const recent = (attempts.get(address) ?? []).filter((at) => now - at < ACCOUNT_WINDOW_MS)
  if (recent.length >= ACCOUNT_ATTEMPTS) {
    attempts.set(address, recent)
    return refuseTooMany(request, response, ACCOUNT_WINDOW_MS - (now - recent[0]!))
  }
  recent.push(now)
  attempts.delete(address) // re-inserted last: the map's order is oldest use first
  attempts.set(address, recent)
  if (attempts.size > MAX_TRACKED_ADDRESSES) attempts.delete(attempts.keys().next().value!)
  return false
}

/**
 * For an account attempt that `guardRequest` let through: the same limit, counted in the database
 * for every instance together. Null when there is nothing to check (not an account attempt, or
 * Payload has not started in this process yet); otherwise resolves true when refused (429 sent).
 * The counter lets an attempt through when the database cannot count it, and logs that
 * (sharedAccountAttempts.ts); this process's own limit still holds then.
 */
export function refuseRateAcrossInstances(request: IncomingMessage, response: ServerResponse): Promise<boolean> | null {
  const counter = shared.__toolkitSharedAccountAttempts
  if (!counter || !isAccountAttempt(request)) return null
  return counter
    .attempt(clientAddress(request), Date.now(), ACCOUNT_WINDOW_MS, ACCOUNT_ATTEMPTS)
    .then((verdict) => verdict.refused && refuseTooMany(request, response, verdict.retryAfterMs))
}

/**
 * True (and a 400 sent) when the path has a broken percent-escape (Next would answer it with a
 * 500), or the address holds a NUL character (%00), which no route, file or database value has.
 */
function refuseUnreadablePath(request: IncomingMessage, response: ServerResponse): boolean {
  const target = request.url ?? '/'
  if (/%00/.test(target)) return plain(response, 400, 'The address contains a NUL character (%00).')
  const queryStart = target.indexOf('?')
  try {
    decodeURIComponent(queryStart === -1 ? target : target.slice(0, queryStart))
    return false
  } catch {
    return plain(response, 400, 'The address has a broken percent-escape.')
  }
}

/** Runs the guards; true when the request was answered here and must not reach Next. */
export function guardRequest(request: IncomingMessage, response: ServerResponse): boolean {
  return refuseUnreadablePath(request, response) || refuseBody(request, response) || refuseRate(request, response)
}

/** For tests: forget every address's attempts. */
export function resetRateLimits(): void {
  attempts.clear()
}

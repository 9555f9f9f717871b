import type { Config } from 'payload'

/**
 * The operational events a host's log collector can rely on: one JSON line each in production
 * (`NODE_ENV=production`), with a stable `event` name and a fixed set of fields. Every such line is
 * written by `logEvent`, so what may appear in one is decided here and nowhere else: ids, slugs,
 * collection names, a user's id, a locale, HTTP statuses and short reasons. Never content, e-mail
 * addresses, URLs (a build hook's URL carries its token), error messages or stacks.
 */

/** A document (or the operating model) changed what the public site shows. */
export interface PublishEvent {
  event: 'publish'
  action: 'published' | 'unpublished' | 'trashed' | 'restored' | 'deleted'
  /** The collection's slug, or the global's. */
  collection: string
  id?: number | string
  slug?: string | null
  user?: number | string | null
  locale?: string | null
}

/** A call to a build hook: the public site's (Netlify or `npm start`'s publisher) or the preview's. */
export interface BuildHookEvent {
  event: 'build-hook'
  hook: 'site' | 'preview'
  outcome: 'requested' | 'succeeded' | 'retrying' | 'failed'
  /** How many changes the request covers. */
  changes?: number
  attempt?: number
  /** The hook's HTTP status, when it answered. */
  status?: number
  /** A short, non-secret reason for a failure (see `hookFailureReason`). */
  reason?: string
}

/** The health check (GET /api/health) changed its verdict in this process. */
export interface HealthEvent {
  event: 'health'
  outcome: 'failing' | 'recovered'
  failing: string[]
}

export type OperationalEvent = PublishEvent | BuildHookEvent | HealthEvent

type Level = 'info' | 'warn' | 'error'
type Logger = Record<Level, (fields: object, message: string) => void>

/** Writes one operational event as one log entry (one JSON line under the production logger). */
export function logEvent(logger: Logger, level: Level, fields: OperationalEvent, message: string): void {
  // Only the declared fields, in a fixed order, and nothing undefined: the line is the same
  // shape every time, whatever a caller's object carried.
  const line: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) line[key] = value
  logger[level](line, message)
}

/**
 * Why a request to a hook failed, in a few words that can be logged and shown to editors. Node's
 * fetch errors can quote the URL (an invalid one is repeated in full), so the message itself is
 * never used: only a timeout, the system error code or the kind of failure.
 */
export function hookFailureReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout'
  const code = systemErrorCode(error instanceof Error ? error.cause : undefined)
  if (code === 'ERR_INVALID_URL') return 'invalid URL'
  return code ?? 'unreachable'
}

/** ECONNREFUSED, ENOTFOUND…: from the error, or the first of an AggregateError (one per address tried). */
function systemErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code
  if (error instanceof AggregateError) return error.errors.map(systemErrorCode).find(Boolean)
  return undefined
}

/**
 * Payload's default logger prints coloured pino-pretty text; in production it is plain pino, one
 * JSON object a line on standard output, which log collectors parse. LOG_FORMAT chooses either
 * way explicitly: `npm start` runs the production server but shows a person readable text.
 */
export const productionLogger = (): Config['logger'] => {
  const format = process.env.LOG_FORMAT || (process.env.NODE_ENV === 'production' ? 'json' : 'pretty')
  return format === 'json' ? { options: { name: 'payload', level: 'info' } } : undefined
}

import type {
  AfterErrorHook,
  CollectionBeforeOperationHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'
import { APIError, NotFound } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { isRecord } from '../values'

/**
 * Refuses malformed operation arguments with a 4xx before they reach the database, where they
 * would fail as a 500 (an SQL error, an overflow): ids that cannot be ids in this database, page
 * and limit numbers out of range, `where` queries of the wrong shape, and a body that is not an
 * object. Applied to every collection and global, Payload's own included; ids and bodies on every
 * path, the query parameters on REST requests (what a client sent).
 */

const MAX_PAGE = 1_000_000
const MAX_LIMIT = 10_000
// Geometry operators apply to point fields only, and no collection here has one: Payload would
// run them on any field and fail with a 500.
const GEOMETRY_OPERATORS = new Set(['near', 'within', 'intersects'])

const badRequest = (text: string): never => {
  throw new APIError(text, 400, undefined, true)
}

/** The first problem with a `where` query's shape, or null. */
export function whereProblem(where: unknown, path = 'where'): string | null {
  if (!isRecord(where)) return `${path} must be an object of field conditions`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null
      if (!list) return `${path}[${key}] must be a list of conditions`
      for (const [index, condition] of list.entries()) {
        const problem = whereProblem(condition, `${path}[${key}][${index}]`)
        if (problem) return problem
      }
      continue
    }
    if (!isRecord(value)) return `${path}[${key}] must name an operator, such as ${path}[${key}][equals]`
    for (const [operator, operand] of Object.entries(value)) {
      if (!validOperatorSet.has(operator as never))
        return `${path}[${key}][${operator}]: "${operator}" is not an operator`
      if (GEOMETRY_OPERATORS.has(operator))
        return `${path}[${key}][${operator}]: there are no location fields to use "${operator}" on`
      const values = Array.isArray(operand) ? operand : [operand]
      if (values.some((item) => typeof item === 'object' && item !== null))
        return `${path}[${key}][${operator}] must be a value or a list of values`
    }
  }
  return null
}

/** True when any text in a (parsed JSON) value holds NUL: PostgreSQL cannot store it, SQLite would. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 64 || typeof value !== 'object' || value === null) return false
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1))
}

function idProblem(req: PayloadRequest, id: unknown): boolean {
  if (id === undefined || id === null) return false
  if (req.payload.db.defaultIDType === 'number') {
    return !(typeof id === 'number' ? Number.isSafeInteger(id) : typeof id === 'string' && /^\d{1,15}$/.test(id))
  }
  // Text ids: MongoDB's ObjectIds, or any short printable text for other adapters.
  return typeof id !== 'string' && typeof id !== 'number' ? true : !/^[\w-]{1,64}$/.test(String(id))
}

function integerProblem(name: string, value: unknown, min: number, max: number): string | null {
  if (value === undefined || value === null) return null
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= min && number <= max
    ? null
    : `The query parameter "${name}" must be a whole number from ${min} to ${max}.`
}

interface CheckedArgs {
  id?: unknown
  data?: unknown
}

// Query parameters are checked once per REST request, on what the client sent (req.query), so that
// the queries Payload builds for itself inside an operation are never second-guessed.
const checkedQueries = new WeakSet<object>()

function check(req: PayloadRequest, operation: string, args: CheckedArgs): void {
  if (idProblem(req, args.id)) throw new NotFound(req.t)
  const query = req.query as Record<string, unknown> | undefined
  if (req.payloadAPI === 'REST' && query && !checkedQueries.has(query)) {
    const problem =
      (holdsNul(query) ? 'A query parameter contains a NUL character (%00).' : null) ??
      integerProblem('page', query.page, 1, MAX_PAGE) ??
      integerProblem('limit', query.limit, 0, MAX_LIMIT) ??
      (query.where !== undefined ? whereProblem(query.where) : null)
    // Not remembered when it fails: an operation that swallows the error (the session lookup)
    // must not let the request's own operation through unchecked.
    if (problem) badRequest(problem)
    checkedQueries.add(query)
  }
  if ((operation === 'create' || operation === 'update') && (args.data !== undefined || req.payloadAPI === 'REST')) {
    // Undefined over REST: a body Payload did not read (text/plain…); Payload would fail on it.
    if (!isRecord(args.data))
      badRequest('The request body must be a JSON object of field values (Content-Type: application/json).')
    if (req.payloadAPI === 'REST' && holdsNul(args.data))
      badRequest('The request body contains a NUL character (\\u0000), which no field may hold.')
    // Payload's own hooks on the sign-in fields assume text and fail on anything else.
    for (const name of ['email', 'password', 'username'] as const) {
      const value = (args.data as Record<string, unknown>)[name]
      if (value !== undefined && value !== null && typeof value !== 'string') badRequest(`"${name}" must be text.`)
    }
    // A client cannot choose or change a document's id (Payload would pass it to the database).
    const bodyId = (args.data as { id?: unknown }).id
    if (
      req.payloadAPI === 'REST' &&
      bodyId !== undefined &&
      !(operation === 'update' && String(bodyId) === String(args.id))
    ) {
      badRequest('The id of a document cannot be set or changed: leave "id" out of the request body.')
    }
  }
}

/**
 * Payload routes /api/<slug>/versions… for every collection and fails with a TypeError (500) on
 * one without versions (its own preferences, locks, key-value store): there is nothing there.
 */
function versionsOfUnversioned(req: PayloadRequest, slug: string, versions: unknown): boolean {
  if (versions || req.payloadAPI !== 'REST' || !req.url) return false
  try {
    return new RegExp(`/${slug}/versions(/|$)`).test(new URL(req.url).pathname)
  } catch {
    return false
  }
}

export const refuseMalformedArguments: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (versionsOfUnversioned(req, collection.slug, collection.versions)) throw new NotFound(req.t)
  check(req, operation, args as CheckedArgs)
  return args
}

export const refuseMalformedGlobalArguments: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  check(req, operation, (args ?? {}) as CheckedArgs)
  return args
}

/** Puts the check first on every collection and global of the built config (Payload's own too). */
export function refuseMalformedArgumentsEverywhere(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseMalformedArguments, ...(collection.hooks.beforeOperation ?? [])]
  }
  for (const global of config.globals) {
    global.hooks.beforeOperation = [refuseMalformedGlobalArguments, ...(global.hooks.beforeOperation ?? [])]
  }
  return config
}

// The errors busboy (Payload's multipart parser) raises for a body that is not the form it claims to be.
// Matched by message: they are plain Errors with nothing else to tell them apart.
const BROKEN_FORM_MESSAGES = new Set([
  'Malformed content type',
  'Malformed part header',
  'Malformed urlencoded form',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
  // Payload's own, as an APIError with status 500, for a multipart request it cannot parse at all.
  'Request is not eligible for file upload',
])

// PostgreSQL refuses NUL in text ("invalid byte sequence", 22021) and in JSON (22P05): a value the
// client sent, found wherever it ends up in a query (a preference key, a filter, a field).
const REFUSED_CHARACTER_CODES = new Set(['22021', '22P05'])
function refusedCharacters(error: Error): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (REFUSED_CHARACTER_CODES.has(String((cause as { code?: unknown }).code))) return true
  }
  return false
}

/**
 * Root afterError hook: Payload reads the request (a `where` given as broken JSON, a path with a
 * broken percent-escape, a multipart body that is cut short) before any hook runs, and answers the
 * resulting SyntaxError, URIError or parser error as a 500; PostgreSQL refuses text with NUL in it. Those are the client's mistakes:
 * answer 400 and say so.
 */
export const unreadableRequestIs400: AfterErrorHook = ({ error, req }) => {
  if (req?.payloadAPI !== 'REST') return
  const what = refusedCharacters(error)
    ? 'it contains a character the database cannot store (NUL)'
    : error instanceof URIError
      ? 'the address has a broken percent-escape'
      : error instanceof SyntaxError
        ? 'a query parameter or the body is not valid JSON'
        : (error.constructor === Error || error instanceof APIError) && BROKEN_FORM_MESSAGES.has(error.message)
          ? `the form data is broken (${error.message})`
          : null
  if (!what) return
  return { response: { errors: [{ message: `The request could not be read: ${what}.` }] }, status: 400 }
}

/**
 * Keeps the field errors in a validation error's answer. Payload formats an error with its fields
 * only when it is an `instanceof` its own ValidationError; in the admin's production build the
 * class exists in more than one server chunk, so the answer lost its `data.errors` and the admin
 * showed a toast but no message next to the fields.
 */
export const validationErrorsKeepTheirFields: AfterErrorHook = ({ error, result }) => {
  // Recognised by its field errors: the production build also minifies class names.
  const data = (error as { data?: { errors?: unknown } }).data
  const fieldErrors = data?.errors
  if (!Array.isArray(fieldErrors) || !fieldErrors.every((entry) => typeof entry?.path === 'string')) return
  const errors = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  if (errors?.[0]?.data) return
  return {
    response: { errors: [{ name: 'ValidationError', data, message: error.message }] },
    status: (error as { status?: number }).status ?? 400,
  }
}

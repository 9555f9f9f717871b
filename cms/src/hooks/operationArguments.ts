import type { AfterErrorHook, CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest, SanitizedConfig } from 'payload'
import { APIError, NotFound } from 'payload'
import { validOperatorSet } from 'payload/shared'

/**
 * Refuses malformed operation arguments with a 4xx before they reach the database, where they
 * would fail as a 500 (an SQL error, an overflow): ids that cannot be ids in this database, page
 * and limit numbers out of range, `where` queries of the wrong shape, and a body that is not an
 * object. Applied to every collection and global, Payload's own included; ids and bodies on every
 * path, the query parameters on REST requests (what a client sent).
 */

const MAX_PAGE = 1_000_000
const MAX_LIMIT = 10_000
// Geometry operators take objects; every other operator takes a value or a list of values.
const OBJECT_OPERATORS = new Set(['near', 'within', 'intersects'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const badRequest = (text: string): never => {
  throw new APIError(text, 400, undefined, true)
}

/** The first problem with a `where` query's shape, or null. */
export function whereProblem(where: unknown, path = 'where'): string | null {
  if (!isPlainObject(where)) return `${path} must be an object of field conditions`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!list) return `${path}[${key}] must be a list of conditions`
      for (const [index, condition] of list.entries()) {
        const problem = whereProblem(condition, `${path}[${key}][${index}]`)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(value)) return `${path}[${key}] must name an operator, such as ${path}[${key}][equals]`
    for (const [operator, operand] of Object.entries(value)) {
      if (!validOperatorSet.has(operator as never)) return `${path}[${key}][${operator}]: "${operator}" is not an operator`
      if (OBJECT_OPERATORS.has(operator)) continue
      const values = Array.isArray(operand) ? operand : [operand]
      if (values.some((item) => typeof item === 'object' && item !== null)) return `${path}[${key}][${operator}] must be a value or a list of values`
    }
  }
  return null
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
      integerProblem('page', query.page, 1, MAX_PAGE) ??
      integerProblem('limit', query.limit, 0, MAX_LIMIT) ??
      (query.where !== undefined ? whereProblem(query.where) : null)
    // Not remembered when it fails: an operation that swallows the error (the session lookup)
    // must not let the request's own operation through unchecked.
    if (problem) badRequest(problem)
    checkedQueries.add(query)
  }
  if ((operation === 'create' || operation === 'update') && args.data !== undefined && !isPlainObject(args.data)) {
    badRequest('The request body must be a JSON object of field values.')
  }
}

export const refuseMalformedArguments: CollectionBeforeOperationHook = ({ args, operation, req }) => {
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

/**
 * Root afterError hook: Payload reads the request (a `where` given as broken JSON, a path with a
 * broken percent-escape) before any hook runs, and answers the resulting SyntaxError or URIError
 * as a 500. Those are the client's mistakes: answer 400 and say so.
 */
export const unreadableRequestIs400: AfterErrorHook = ({ error, req }) => {
  if (req?.payloadAPI !== 'REST' || !(error instanceof SyntaxError || error instanceof URIError)) return
  const what = error instanceof URIError ? 'the address has a broken percent-escape' : 'a query parameter or the body is not valid JSON'
  return { response: { errors: [{ message: `The request could not be read: ${what}.` }] }, status: 400 }
}

import { handleEndpoints } from 'payload'

import config from '../../cms/src/payload.config'

/**
 * Payload's REST API in this process, through the same `handleEndpoints` the Next route calls
 * (cms/src/app/(payload)/api/[...slug]/route.ts): every request goes through Payload's own
 * header, cookie, query and body parsing, as it does over HTTP, without building the admin.
 */
export interface RestAnswer {
  status: number
  headers: Headers
  body: any
  text: string
}

export interface RestOptions {
  /** A JWT from login, sent as `Authorization: JWT …` unless headers say otherwise. */
  token?: string
  body?: unknown
  headers?: Record<string, string>
}

export async function rest(method: string, path: string, options: RestOptions = {}): Promise<RestAnswer> {
  const headers = new Headers(options.headers)
  if (options.token && !headers.has('authorization') && !headers.has('cookie'))
    headers.set('authorization', `JWT ${options.token}`)
  let body: string | FormData | undefined
  if (options.body instanceof FormData) {
    // A multipart upload (`file` and `_payload`): Request sets the content type and boundary.
    body = options.body
  } else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  const request = new Request(`http://cms.test${path}`, { method, headers, body })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: callers read .text
  }
  return { status: response.status, headers: response.headers, body: parsed, text }
}

/** Signs in over REST and returns the session token. */
export async function restLogin(email: string, password: string): Promise<string> {
  const answer = await rest('POST', '/api/users/login', { body: { email, password } })
  if (answer.status !== 200 || typeof answer.body?.token !== 'string') {
    throw new Error(`Login as ${email} failed: ${answer.status} ${answer.text}`)
  }
  return answer.body.token as string
}

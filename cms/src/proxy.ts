import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin speaks Finnish unless the editor has chosen another interface language (Payload keeps
 * the choice in the `payload-lng` cookie, set from Account → Language). Payload would otherwise
 * follow the browser's Accept-Language, and the editors' browsers are often in English.
 *
 * On the first admin page without the cookie, this request is answered in Finnish and the cookie
 * is set as Payload's own language switch sets it, so the admin's later API calls (form saves,
 * validation messages) are in Finnish too. API clients that never open the admin are left alone.
 */
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'fi'

export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', DEFAULT_LANGUAGE)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set({
    name: LANGUAGE_COOKIE,
    value: DEFAULT_LANGUAGE,
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
  })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }

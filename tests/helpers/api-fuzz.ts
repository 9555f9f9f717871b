/**
 * A seeded generator of odd and malformed REST requests to the CMS (routes, ids, query
 * parameters, bodies, content types, credentials), shared by the fuzzer that runs in-process
 * against Payload's REST handler (tests/integration/api-fuzz.test.ts, also on PostgreSQL) and the
 * one that runs over raw sockets against the production server (tests/security/cms-server.test.ts).
 * FUZZ_SEED repeats a run exactly; FUZZ_REQUESTS changes its length.
 */
import { seededRandom } from './random'

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261130)
export const FUZZ_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000)

const ROUTES = [
  'posts',
  'components',
  'media',
  'users',
  'globals/operating-model',
  'globals/site-settings',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-kv',
  'nonexistent',
  'og',
  'access',
]
const TAILS = [
  '',
  '/1',
  '/2',
  '/999999',
  '/abc',
  '/-1',
  '/0',
  '/1.5',
  '/%00',
  '/%2e%2e',
  '/versions',
  '/versions/1',
  '/versions/abc',
  '/count',
  '/me',
  '/login',
  '/logout',
  '/unlock',
  '/refresh-token',
  '/forgot-password',
  '/reset-password',
  '/first-register',
  '/init',
  '/file/x.png',
  '/file/..%2f..%2fpayload.db',
  '/1/duplicate',
  '/run',
  '/access',
  '/1/1/1/1',
]
const PARAMS = [
  'depth=0',
  'depth=-1',
  'depth=10000',
  'depth=x',
  'limit=1',
  'limit=0',
  'limit=-1',
  'limit=1e9',
  'limit=abc',
  'page=1',
  'page=0',
  'page=2e20',
  'page=',
  'locale=fi',
  'locale=all',
  'locale=xx',
  'locale[0]=fi',
  'fallback-locale=none',
  'fallback-locale=%00',
  'draft=true',
  'draft=false',
  'draft=1',
  'draft[]=true',
  'sort=title',
  'sort=-nonexistent',
  'sort[0]=x',
  'sort=%00',
  'select[title]=true',
  'select[x][y][z]=1',
  'populate[x]=1',
  'joins=false',
  'trash=true',
  'pagination=false',
  'where[title][equals]=x',
  'where[title][like]=%25',
  'where[title][in]=a,b',
  'where[title][in][0][x]=1',
  'where[title][exists]=maybe',
  'where[title][near]=1,2,3',
  'where[or][0][title][equals]=a',
  'where[or]=x',
  'where[and][0]=x',
  'where[_status][equals]=draft',
  'where[password][exists]=true',
  'where[hash][like]=a',
  'where[nonexistent][equals]=1',
  'where[title][nonsense]=1',
  'where={',
  'where[title][equals]=%ff',
  'where[a.b.c.d][equals]=1',
  'where[__proto__][equals]=1',
  'where[constructor][prototype][x]=1',
]
const BODIES = [
  '{}',
  '{',
  '[]',
  'null',
  '"text"',
  '123',
  '{"title":null}',
  '{"title":{"$ne":1}}',
  '{"_status":"published"}',
  '{"email":"a@b.c","password":"x"}',
  '{"email":["a"],"password":{}}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  `{"title":"${'x'.repeat(50_000)}"}`,
  '{"depth":99999}',
  '{"id":"1; DROP TABLE users"}',
]
const CONTENT_TYPES = [
  'text/plain',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-7',
]
// Editors may change content (that is their role): a run changes the data it reads.
const CREDENTIALS = [
  '',
  '',
  '',
  'jwt-garbage',
  'api-key-garbage',
  'bearer-empty',
  'cookie-garbage',
  'cookie-odd',
  'contributor',
  'editor',
] as const
export type Credentials = (typeof CREDENTIALS)[number]

export interface FuzzRequest {
  method: string
  target: string
  credentials: Credentials
  contentType?: string
  body?: string
}

/** The headers a request's credentials turn into, given real session tokens for the two roles. */
export function credentialHeaders(
  credentials: Credentials,
  tokens: { contributor: string; editor: string },
): Record<string, string> {
  switch (credentials) {
    case 'jwt-garbage':
      return { authorization: 'JWT garbage' }
    case 'api-key-garbage':
      return { authorization: 'users API-Key garbage' }
    case 'bearer-empty':
      return { authorization: 'Bearer ' }
    case 'cookie-garbage':
      return { cookie: 'payload-token=garbage' }
    case 'cookie-odd':
      return { cookie: 'payload-token =x; payload-token=y' }
    case 'contributor':
    case 'editor':
      return { authorization: `JWT ${tokens[credentials]}` }
    default:
      return {}
  }
}

export function fuzzRequests(seed = FUZZ_SEED, count = FUZZ_REQUESTS): FuzzRequest[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => {
    const method = random.pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS'])
    const query = Array.from({ length: random.int(4) }, () => random.pick(PARAMS)).join('&')
    const target = `/api/${random.pick(ROUTES)}${random.pick(TAILS)}${query ? `?${query}` : ''}`
    const credentials = random.pick(CREDENTIALS)
    if (method === 'GET' || method === 'OPTIONS') return { method, target, credentials }
    const body = random.pick(BODIES)
    const contentType = random.next() < 0.9 ? 'application/json' : random.pick(CONTENT_TYPES)
    return { method, target, credentials, contentType, body }
  })
}

/** A short description of a request for a failure message. */
export const describeRequest = (request: FuzzRequest) =>
  `${request.method} ${request.target} [${request.credentials || 'anonymous'}${request.contentType ? `, ${request.contentType}` : ''}] ${(request.body ?? '').slice(0, 40)}`

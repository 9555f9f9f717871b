import type { APIRoute } from 'astro'

import { redirectRules } from '../lib/redirects'
import { readSnapshot } from '../lib/snapshot-loader'

export const GET: APIRoute = () =>
  new Response(redirectRules(readSnapshot()), { headers: { 'content-type': 'text/plain; charset=utf-8' } })

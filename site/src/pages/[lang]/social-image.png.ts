import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../i18n/locales'
import { socialImagePng } from '../../lib/social-image'

export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang } }))
}

/** The image OpenGraph tags point to, one per language because it carries the site's name. */
export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await socialImagePng(params.lang as Lang)), { headers: { 'content-type': 'image/png' } })

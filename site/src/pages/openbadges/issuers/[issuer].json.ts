import type { APIRoute } from 'astro'

import { type Badge, issuerKey, issuerProfile } from '../../../lib/open-badges'
import { getDocuments } from '../../../lib/pages'

/** One profile per issuing organisation: /openbadges/issuers/<issuer>.json. */
export async function getStaticPaths() {
  const badges = await getDocuments('badges')
  const byIssuer = new Map(badges.map((badge) => [issuerKey(badge), badge]))
  return [...byIssuer].map(([issuer, badge]) => ({ params: { issuer }, props: { badge } }))
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(`${JSON.stringify(issuerProfile((props as { badge: Badge }).badge, site!), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  })

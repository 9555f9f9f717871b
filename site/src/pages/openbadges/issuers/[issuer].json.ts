import type { APIRoute } from 'astro'

import { type Badge, hasOpenBadges2, issuerKey, issuerProfile, openBadges2Omissions } from '../../../lib/open-badges'
import { getDocuments } from '../../../lib/pages'

/**
 * One Open Badges 2.0 Issuer per issuing organisation with an e-mail, which 2.0 requires:
 * /openbadges/issuers/<issuer>.json. The build output says which issuers are left out, and why.
 */
export async function getStaticPaths() {
  const badges = await getDocuments('badges')
  const omissions = openBadges2Omissions(badges)
  if (omissions) console.warn(omissions)
  const byIssuer = new Map(badges.filter(hasOpenBadges2).map((badge) => [issuerKey(badge), badge]))
  return [...byIssuer].map(([issuer, badge]) => ({ params: { issuer }, props: { badge } }))
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(`${JSON.stringify(issuerProfile((props as { badge: Badge }).badge, site!), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  })

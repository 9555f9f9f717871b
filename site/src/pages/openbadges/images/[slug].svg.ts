import type { APIRoute } from 'astro'

import { type Badge, badgeSvg } from '../../../lib/open-badges'
import { getDocuments } from '../../../lib/pages'

/** A generated image for each badge that has none uploaded: /openbadges/images/<slug>.svg. */
export async function getStaticPaths() {
  return (await getDocuments('badges'))
    .filter((badge) => !badge.image)
    .map((badge) => ({ params: { slug: badge.slug }, props: { badge } }))
}

export const GET: APIRoute = ({ props }) =>
  new Response(badgeSvg((props as { badge: Badge }).badge), { headers: { 'content-type': 'image/svg+xml' } })

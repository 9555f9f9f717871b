import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../../../i18n/locales'
import { achievement, type Badge, badgeClass, hasOpenBadges2 } from '../../../../lib/open-badges'
import { getDocuments } from '../../../../lib/pages'

/** /openbadges/<lang>/<slug>/achievement.json (Open Badges 3.0) and badgeclass.json (2.0). */
export async function getStaticPaths() {
  const badges = await getDocuments('badges')
  return langs.flatMap((lang) =>
    badges.flatMap((badge) => [
      { params: { lang, slug: badge.slug, kind: 'achievement' }, props: { badge } },
      ...(hasOpenBadges2(badge) ? [{ params: { lang, slug: badge.slug, kind: 'badgeclass' }, props: { badge } }] : []),
    ]),
  )
}

export const GET: APIRoute = ({ params, props, site }) => {
  const { badge } = props as { badge: Badge }
  const lang = params.lang as Lang
  const document = params.kind === 'achievement' ? achievement(badge, lang, site!) : badgeClass(badge, lang, site!)
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  })
}

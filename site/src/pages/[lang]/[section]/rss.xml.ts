import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../../i18n/locales'
import { t } from '../../../i18n/ui'
import { xmlSafeText } from '@toolkit/contract/escape'
import { localize } from '../../../lib/localize'
import { getDocuments } from '../../../lib/pages'
import { siteName } from '../../../lib/site-settings'
import { detailPath, sections } from '@toolkit/contract/routes'

/** The blog's RSS feed per language: /fi/blogi/rss.xml. Untranslated posts stay out of other languages' feeds. */
export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang, section: sections.posts[lang] } }))
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang
  const posts = (await getDocuments('posts')).filter((post) => post.content[lang] !== null)
  return rss({
    title: `${siteName(lang)} – ${t(lang, 'posts')}`,
    description: t(lang, 'postsIntro'),
    site: site!,
    customData: `<language>${lang}</language>`,
    items: posts.map((post) => {
      const p = localize(post, lang)
      return {
        // The feed library escapes the text; what XML cannot hold at all is left out first.
        title: xmlSafeText(p.field('title').value),
        description: xmlSafeText(p.field('excerpt').value),
        link: detailPath(lang, 'posts', post.slug),
        pubDate: new Date(post.date),
        categories: post.tags,
        author: undefined,
      }
    }),
  })
}

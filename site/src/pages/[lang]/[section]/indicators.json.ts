import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../../i18n/locales'
import { indicatorsJson } from '../../../lib/indicators'
import { getDocuments } from '../../../lib/pages'
import { organisationName } from '../../../lib/site-settings'
import { sectionPath, sections } from '@toolkit/contract/routes'

/** All outcome figures as one download per language, with their licence and publisher: /fi/tulokset/indicators.json. */
export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang, section: sections.indicators[lang] } }))
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang
  const meta = { publisher: organisationName(lang), url: new URL(sectionPath(lang, 'indicators'), site).href }
  return new Response(indicatorsJson(await getDocuments('indicators'), lang, meta), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

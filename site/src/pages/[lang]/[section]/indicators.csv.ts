import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../../i18n/locales'
import { indicatorsCsv } from '../../../lib/indicators'
import { getDocuments } from '../../../lib/pages'
import { sections } from '@toolkit/contract/routes'

/** All outcome figures as one download per language: /fi/tulokset/indicators.csv. */
export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang, section: sections.indicators[lang] } }))
}

export const GET: APIRoute = async ({ params }) =>
  new Response(indicatorsCsv(await getDocuments('indicators'), params.lang as Lang), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  })

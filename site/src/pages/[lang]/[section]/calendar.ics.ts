import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../../i18n/locales'
import { eventsToIcs } from '../../../lib/events'
import { getDocuments } from '../../../lib/pages'
import { sections } from '@toolkit/contract/routes'

/**
 * One iCalendar feed per language, /fi/tapahtumat/calendar.ics, of the events known to the day
 * (eventsToIcs leaves the others out). Published even when it holds none, so that a subscribed
 * calendar keeps its address.
 */
export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang, section: sections.events[lang] } }))
}

export const GET: APIRoute = async ({ params, site }) => {
  const events = await getDocuments('events')
  return new Response(eventsToIcs(events, params.lang as Lang, site!), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}

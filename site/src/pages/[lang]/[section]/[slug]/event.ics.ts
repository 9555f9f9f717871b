import type { APIRoute } from 'astro'

import { langs, type Lang } from '../../../../i18n/locales'
import { calendarEvents, eventsToIcs, type SnapshotEvent } from '../../../../lib/events'
import { getDocuments } from '../../../../lib/pages'
import { sections } from '@toolkit/contract/routes'

/**
 * "Add to calendar": one event as its own iCalendar file, /fi/tapahtumat/<slug>/event.ics, for each
 * event a calendar may hold (known to the day; the event's page offers the file only then).
 */
export async function getStaticPaths() {
  const events = calendarEvents(await getDocuments('events'))
  return langs.flatMap((lang) =>
    events.map((event) => ({ params: { lang, section: sections.events[lang], slug: event.slug }, props: { event } })),
  )
}

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(eventsToIcs([(props as { event: SnapshotEvent }).event], params.lang as Lang, site!), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })

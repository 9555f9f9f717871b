/** The site's time zone: events and days are always Helsinki's. */
export const SITE_TIME_ZONE = 'Europe/Helsinki'

/** Helsinki's UTC offset in minutes at a given instant (+120 in winter, +180 in summer). */
export function helsinkiOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: SITE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((local - at.getTime()) / 60_000)
}

/**
 * Reads a content date: an ISO time with its offset as it is, and a bare day (2023-05-10) as
 * midnight in Helsinki, so that the day stays the same whatever time zone the build runs in.
 */
export function helsinkiDate(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!day) return new Date(value)
  const utcMidnight = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
  // The offset at midnight UTC equals the offset at Helsinki midnight except on the night the
  // clocks change, which is never at midnight in Finland (changes happen at 03:00/04:00).
  return new Date(utcMidnight - helsinkiOffsetMinutes(new Date(utcMidnight)) * 60_000)
}

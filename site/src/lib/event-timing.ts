/**
 * When an event stops being upcoming: one rule for the build (which lists upcoming and past events)
 * and for the reader's browser (site/src/scripts/event-timing.ts, which moves the events that have
 * ended since the build). No imports, so that the browser bundle stays small.
 */

/** The instant an event is over: its end, or its start when it has no end. */
export const eventOverAt = (event: { start: string; end?: string | null }): string => event.end ?? event.start

/** Over at `now` (milliseconds since the epoch): its over-at instant has passed. */
export const hasEnded = (overAt: string, now: number): boolean => Date.parse(overAt) < now

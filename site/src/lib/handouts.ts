import { slugify } from '@toolkit/contract/slug'
import type { RichText } from '@toolkit/contract/snapshot'

/**
 * A handout written in the CMS (an event material's or a course pack's) gets its own printable
 * page. Its address comes from the Finnish title, so it is the same in every language.
 */
export interface Handout {
  key: string
  title: string
  text: RichText
}

export function handoutKey(finnishTitle: string, index: number): string {
  return slugify(finnishTitle) || `moniste-${index + 1}`
}

/** The handouts of a document in one language, keyed by the Finnish titles at the same positions. */
export function handoutsOf<T extends { title: string; text: RichText | null }>(
  own: T[],
  finnish: { title: string }[],
): Handout[] {
  return own.flatMap((row, index) =>
    row.text ? [{ key: handoutKey(finnish[index]?.title ?? row.title, index), title: row.title, text: row.text }] : [],
  )
}

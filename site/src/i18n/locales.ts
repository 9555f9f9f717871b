import { snapshotLocales, type SnapshotLocale } from '../../../scripts/lib/snapshot-schema'

export type Lang = SnapshotLocale
export const langs: readonly Lang[] = snapshotLocales
export const defaultLang: Lang = 'fi'

/** Names of the languages in themselves, for the language switcher. */
export const langNames: Record<Lang, string> = { fi: 'Suomi', en: 'English', sv: 'Svenska' }

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (langs as readonly string[]).includes(value)
}

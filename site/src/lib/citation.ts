import toolkit from '../../../package.json'
import type { Lang } from '../i18n/locales'
import { formatDate } from '../i18n/labels'
import { t } from '../i18n/ui'
import { readSnapshot } from './snapshot-loader'
import { organisationName, siteName } from './site-settings'

/** The toolkit's version: package.json's, which CITATION.cff repeats (tests/unit/licences.test.ts). */
export const toolkitVersion: string = toolkit.version

/** When the published content last changed: the newest change of any document, the model or the settings. */
export function contentUpdatedAt(): string {
  const snapshot = readSnapshot()
  const dates = [
    ...Object.values(snapshot.collections).flatMap((docs) => docs.map((doc) => doc.updatedAt)),
    snapshot.model?.updatedAt,
    snapshot.settings?.updatedAt,
  ].filter((date): date is string => Boolean(date))
  return dates.sort().at(-1) ?? snapshot.generatedAt
}

/**
 * The reference a reader copies to cite the toolkit: publisher (year). Title, version. Updated
 * date. Address. The publisher and title come from the site settings, so an adopter's copy cites itself.
 */
export function citation(lang: Lang, site: URL): string {
  const updated = contentUpdatedAt()
  const address = new URL(`/${lang}/`, site).href
  const retrieved = t(lang, 'citeRetrieved')
  const sentenceStart = retrieved.charAt(0).toLocaleUpperCase(lang) + retrieved.slice(1)
  return `${organisationName(lang)} (${updated.slice(0, 4)}). ${siteName(lang)}, ${t(lang, 'citeVersion')} ${toolkitVersion}. ${sentenceStart} ${formatDate(updated, lang)}. ${address}`
}

import type { Payload } from 'payload'

import type { Lang } from '../../site/src/i18n/locales'

/** A publisher's site settings as a test writes them: one value per language for the localized fields. */
export interface Publisher {
  siteName: Record<Lang, string>
  organisationName: Record<Lang, string>
  contactEmail: string | null
  feedbackAddress: string | null
  issuer: { name: string | null; email: string | null; url: string | null }
  siteUrl: string | null
}

/** The publisher of the tests' own small sites: nobody real. */
export const testPublisher: Publisher = {
  siteName: { fi: 'Testityökalupakki', en: 'Test toolkit', sv: 'Testverktygslåda' },
  organisationName: { fi: 'Testiyhdistys ry', en: 'Test association', sv: 'Testförening' },
  contactEmail: null,
  feedbackAddress: null,
  issuer: { name: 'Julkaisija', email: null, url: null },
  siteUrl: 'https://toolkit.example.org',
}

/** Another organisation that adopts the toolkit and publishes it under its own name. */
export const otherOrganisation: Publisher = {
  siteName: {
    fi: 'Esimerkkiyhdistyksen digitaitopakki',
    en: 'Example Association digital skills kit',
    sv: 'Exempelföreningens digitala verktyg',
  },
  organisationName: { fi: 'Esimerkkiyhdistys ry', en: 'Esimerkkiyhdistys ry', sv: 'Esimerkkiyhdistys rf' },
  contactEmail: 'info@esimerkkiyhdistys.example.net',
  feedbackAddress: 'https://esimerkkiyhdistys.example.net/palaute',
  issuer: { name: 'Esimerkkiyhdistys ry', email: 'merkit@esimerkkiyhdistys.example.net', url: null },
  siteUrl: 'https://digitaidot.esimerkkiyhdistys.example.net',
}

/** Publishes the site settings (as an editor would, in each language); the site cannot be built without them. */
export async function publishSiteSettings(payload: Payload, publisher: Publisher = testPublisher): Promise<void> {
  const { siteName, organisationName, ...shared } = publisher
  for (const locale of ['fi', 'en', 'sv'] as const) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        ...(locale === 'fi' ? shared : {}),
        siteName: siteName[locale],
        organisationName: organisationName[locale],
        _status: 'published',
      },
    })
  }
}

import type { Lang } from '../i18n/locales'
import { pagePath } from '@toolkit/contract/routes'
import { contactHref } from '@toolkit/contract/safe-link'
import type { Snapshot, SnapshotMedia, SnapshotSettings } from '@toolkit/contract/snapshot'
import { readSnapshot, snapshotPath } from './snapshot-loader'

/**
 * Who publishes the site: its names, logo, contacts, badge issuer and public address, as editors
 * set them in the CMS's site settings (cms/src/globals/SiteSettings.ts). Nothing else in the site
 * names the publisher, so an organisation that adopts the toolkit changes only those settings.
 * Two build settings remain as fallbacks for fields the settings leave empty: SITE_URL for the
 * address and ISSUER_EMAIL for the badge issuer's e-mail.
 */
export function siteSettings(): SnapshotSettings {
  const settings = readSnapshot().settings
  if (!settings) {
    throw new Error(
      `${snapshotPath()}: the snapshot has no published site settings. Publish "Sivuston asetukset" (Site settings) in the CMS: the site takes its name and its publisher's details from them.`,
    )
  }
  return settings
}

type LocalizedSetting = keyof SnapshotSettings['content']['fi']

/** A localized setting in the reader's language, or the Finnish one where it is not translated. */
function inLanguage(lang: Lang, key: LocalizedSetting): string {
  const { content } = siteSettings()
  return content[lang]?.[key] ?? content.fi[key]
}

export const siteName = (lang: Lang): string => inLanguage(lang, 'siteName')
export const organisationName = (lang: Lang): string => inLanguage(lang, 'organisationName')

/**
 * The public address (astro.config.mjs `site`): the settings' address, or SITE_URL when they leave
 * it empty. Undefined when neither says; a build then stops with the reason (checkSiteAddress).
 */
export function publicSiteAddress(
  settings: Snapshot['settings'] | undefined = readSettingsIfAny(),
): string | undefined {
  return settings?.siteUrl || process.env.SITE_URL || undefined
}

/** The settings, or null while the snapshot cannot be read (the config is loaded before the content checks that say why). */
function readSettingsIfAny(): Snapshot['settings'] {
  try {
    return readSnapshot().settings
  } catch {
    return null
  }
}

/** Stops a build that would write pages without an address to link them by. */
export function checkSiteAddress(site: URL | undefined): void {
  if (!site)
    throw new Error(
      'The site has no public address: fill in "Sivuston osoite" (Site address) in the CMS\'s site settings, or set SITE_URL for the build.',
    )
}

/** The issuer of every badge that does not name its own: the settings' issuer, completed by the fallbacks. */
export function defaultIssuer(): { name: string; email: string | null; url: string | null } {
  const settings = siteSettings()
  return {
    name: settings.issuer.name ?? settings.content.fi.organisationName,
    email: settings.issuer.email ?? (process.env.ISSUER_EMAIL || null),
    url: settings.issuer.url,
  }
}

/** Whether the site publishes its own feedback page (the pages collection's "feedback"), whose form Netlify takes in. */
export function hasFeedbackPage(): boolean {
  return readSnapshot().collections.pages.some((page) => page.slug === 'feedback')
}

/**
 * How to reach the publisher, as links the footer can show: the settings' contact e-mail, and their
 * feedback address or else the site's own feedback page (nothing where neither is there).
 */
export function contactLinks(lang: Lang): {
  email: string | null
  emailHref: string | null
  feedbackHref: string | null
} {
  const { contactEmail, feedbackAddress } = siteSettings()
  const emailHref = contactHref(contactEmail)
  const feedbackHref = contactHref(feedbackAddress, lang) ?? (hasFeedbackPage() ? pagePath(lang, 'feedback') : null)
  return { email: emailHref ? contactEmail : null, emailHref, feedbackHref }
}

/** The logo, when the settings have one and the snapshot publishes it. */
export function siteLogo(): SnapshotMedia | null {
  const { logo } = siteSettings()
  return (logo && readSnapshot().media.find((item) => item.id === logo)) || null
}

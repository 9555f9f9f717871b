import { slugify } from '@toolkit/contract/slug'
import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { levelLabels } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import { localize } from './localize'
import { mediaUrl } from './media'
import { defaultIssuer } from './site-settings'
import { escapeXml } from '@toolkit/contract/escape'
import { wrapWords } from './wrap'
import { detailPath } from '@toolkit/contract/routes'

/**
 * Each badge published as Open Badges data at stable addresses outside the language folders:
 *   /openbadges/<lang>/<slug>/achievement.json   Open Badges 3.0 Achievement
 *   /openbadges/<lang>/<slug>/badgeclass.json    Open Badges 2.0 BadgeClass
 *   /openbadges/issuers/<issuer>.json             the issuer's profile (2.0 Issuer, also the 3.0 creator)
 * The 2.0 files are published only for an issuer with an e-mail, which 2.0 requires (hasOpenBadges2).
 * An issuing platform imports these to award the badge; the site itself awards nothing, so it
 * publishes no assertion that could point to a missing issuer.
 */
export type Badge = SnapshotDocument<'badges'>

const OB3_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
]
const OB2_CONTEXT = 'https://w3id.org/openbadges/v2'

export const badgeDataPath = (lang: Lang, slug: string, kind: 'achievement' | 'badgeclass') =>
  `/openbadges/${lang}/${slug}/${kind}.json`
/**
 * Who awards a badge: its own issuer when it names one (another organisation), otherwise the site
 * settings' issuer (src/lib/site-settings.ts), whose e-mail falls back to ISSUER_EMAIL.
 */
export function badgeIssuer(badge: Badge): { name: string; email: string | null; url: string | null } {
  const own = badge.issuer
  return own.name ? { name: own.name, email: own.email, url: own.url } : defaultIssuer()
}
export const issuerKey = (badge: Badge) => slugify(badgeIssuer(badge).name) || 'issuer'
export const issuerPath = (badge: Badge) => `/openbadges/issuers/${issuerKey(badge)}.json`
export const badgeImagePath = (badge: Badge) =>
  (badge.image && mediaUrl(badge.image)) || `/openbadges/images/${badge.slug}.svg`

/** The issuer's contact e-mail, or null when it has none. */
export const issuerEmail = (badge: Badge) => badgeIssuer(badge).email

/**
 * Open Badges 2.0 needs an issuer e-mail: without one neither the Issuer document nor the badge's
 * BadgeClass (which points to it) is published, only the 3.0 data.
 */
export const hasOpenBadges2 = (badge: Badge) => issuerEmail(badge) !== null

/**
 * The issuer's id in the Open Badges 3.0 data (the Achievement's creator): its 2.0 Issuer document
 * when that is published; otherwise an address that exists and names the issuer: its own web
 * address, the site's for the site's own issuer, or the badge's page for another organisation
 * that gives no address. Never the address of a document the build left out.
 */
export function issuerId(badge: Badge, lang: Lang, site: URL): string {
  if (hasOpenBadges2(badge)) return new URL(issuerPath(badge), site).href
  const { url } = badgeIssuer(badge)
  if (url) return url
  return badge.issuer.name ? new URL(detailPath(lang, 'badges', badge.slug), site).href : site.href
}

/**
 * What the build leaves out of Open Badges 2.0 and why, as one line for the build output, or null
 * when every issuer has its e-mail.
 */
export function openBadges2Omissions(badges: Badge[]): string | null {
  const withoutEmail = new Map<string, number>()
  for (const badge of badges.filter((candidate) => !hasOpenBadges2(candidate))) {
    const { name } = badgeIssuer(badge)
    withoutEmail.set(name, (withoutEmail.get(name) ?? 0) + 1)
  }
  if (withoutEmail.size === 0) return null
  const issuers = [...withoutEmail].map(([name, count]) => `"${name}" (${count} ${count === 1 ? 'badge' : 'badges'})`)
  return `Open Badges 2.0: no Issuer or BadgeClass published for ${issuers.join(', ')}, because 2.0 requires the issuer's e-mail and none is set; their Open Badges 3.0 Achievements are published. Set the e-mail in the CMS's "Sivuston asetukset" (Site settings) under "Osaamismerkkien myöntäjä" (Badge issuer) or as ISSUER_EMAIL for the build, or in the badge's own issuer.`
}

function criteriaNarrative(badge: Badge, lang: Lang): string {
  const b = localize(badge, lang)
  const evidence = b.field('evidence').value
  return [
    b.field('criteria').value,
    ...(evidence.length > 0 ? [`${t(lang, 'evidence')}:`, ...evidence.map((item) => `- ${item}`)] : []),
  ].join('\n')
}

function alignments(badge: Badge, pageUrl: string) {
  return [
    ...badge.digcomp22.map((row) => ({
      targetName: `DigComp 2.2 ${row.competence}`,
      targetUrl: row.escoUri ?? `${pageUrl}#digcomp`,
      targetFramework: 'DigComp 2.2',
      targetCode: row.competence,
    })),
    ...badge.digcomp30.map((id) => ({
      targetName: `DigComp 3.0 ${id.replace('digcomp.competence.', '')}`,
      targetUrl: `${pageUrl}#digcomp`,
      targetFramework: 'DigComp 3.0',
      targetCode: id,
    })),
  ]
}

/** The Open Badges 2.0 Issuer; only for an issuer with an e-mail (hasOpenBadges2), which 2.0 requires. */
export function issuerProfile(badge: Badge, site: URL) {
  const email = issuerEmail(badge)
  if (!email)
    throw new Error(`Badge "${badge.slug}": its issuer has no e-mail, which an Open Badges 2.0 Issuer requires`)
  return {
    '@context': OB2_CONTEXT,
    id: new URL(issuerPath(badge), site).href,
    type: 'Issuer',
    name: badgeIssuer(badge).name,
    url: badgeIssuer(badge).url ?? site.href,
    email,
  }
}

export function achievement(badge: Badge, lang: Lang, site: URL) {
  const b = localize(badge, lang)
  const pageUrl = new URL(detailPath(lang, 'badges', badge.slug), site).href
  return {
    '@context': OB3_CONTEXT,
    id: new URL(badgeDataPath(lang, badge.slug, 'achievement'), site).href,
    type: ['Achievement'],
    achievementType: 'Badge',
    name: b.field('name').value,
    description: b.field('description').value,
    criteria: { id: pageUrl, narrative: criteriaNarrative(badge, lang) },
    image: { id: new URL(badgeImagePath(badge), site).href, type: 'Image', caption: b.field('name').value },
    creator: {
      id: issuerId(badge, lang, site),
      type: ['Profile'],
      name: badgeIssuer(badge).name,
      url: badgeIssuer(badge).url ?? site.href,
    },
    alignment: alignments(badge, pageUrl).map((alignment) => ({ type: ['Alignment'], ...alignment })),
    ...(badge.level ? { tag: [levelLabels[badge.level][lang]] } : {}),
    inLanguage: lang,
  }
}

export function badgeClass(badge: Badge, lang: Lang, site: URL) {
  const b = localize(badge, lang)
  const pageUrl = new URL(detailPath(lang, 'badges', badge.slug), site).href
  return {
    '@context': OB2_CONTEXT,
    id: new URL(badgeDataPath(lang, badge.slug, 'badgeclass'), site).href,
    type: 'BadgeClass',
    name: b.field('name').value,
    description: b.field('description').value,
    image: new URL(badgeImagePath(badge), site).href,
    criteria: { id: pageUrl, narrative: criteriaNarrative(badge, lang) },
    issuer: new URL(issuerPath(badge), site).href,
    alignment: alignments(badge, pageUrl),
    tags: badge.level ? [badge.level] : [],
  }
}

/** A plain round badge image for badges without an uploaded one: the name on the level's colour. */
export function badgeSvg(badge: Badge): string {
  const colours = { beginner: '#0b5394', basic: '#00703c', independent: '#6f2c91', advanced: '#8a3c00' } as const
  const fill = badge.level ? colours[badge.level] : '#0b5394'
  const name = localize(badge, 'fi').field('name').value
  const lines = wrapWords(name, 14)
  const start = 100 - (lines.length - 1) * 11
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200" role="img" aria-label="${escapeXml(name)}">
<circle cx="100" cy="100" r="96" fill="${fill}"/><circle cx="100" cy="100" r="84" fill="none" stroke="#fff" stroke-width="4"/>
${lines.map((line, index) => `<text x="100" y="${start + index * 22}" text-anchor="middle" font-family="sans-serif" font-size="18" font-weight="700" fill="#fff">${escapeXml(line)}</text>`).join('\n')}
</svg>
`
}

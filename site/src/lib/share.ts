import sharp from 'sharp'

import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import type { InLang } from './localize'
import { publishedMedia } from './media'
import { SOCIAL_IMAGE, socialImagePath } from './social-image'

/**
 * What a page says about itself when its address is shared (Open Graph, read by social media and
 * chat apps, and Twitter/X cards) and in search engines (the meta description). Base.astro renders
 * these tags for every page, from metaTags() below: the one place they are built.
 */

/** One <meta> tag: Open Graph's use `property`, the others `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string }

/** A page's own share image: a published upload. */
export interface ShareImage {
  /** Its site path (/media/<id>/<name>); made absolute with the site's address. */
  path: string
  alt: string
  mimeType: string
  width: number | null
  height: number | null
}

/** What a document page adds to the site's defaults. */
export interface PageShare {
  /** Open Graph's type: "article" for a post; Open Graph has no type for an event, so "website". */
  type: 'article' | 'website'
  /** Null: the site's own image (its name and tagline). */
  image: ShareImage | null
  /** A post's publication time (article:published_time). */
  publishedTime?: string
}

export interface PageMeta {
  lang: Lang
  title: string
  description?: string
  /** The page's absolute address. */
  canonical: URL
  /** The site's public address (astro.config.mjs `site`: the site settings', or SITE_URL). */
  site: URL
  /** The site's name in the page's language (the site settings'). */
  siteName: string
  share?: PageShare
}

const ogLocales: Record<Lang, string> = { fi: 'fi_FI', en: 'en_GB', sv: 'sv_FI' }

/** Every tag that describes the page to search engines and to whoever shares its address. */
export function metaTags({ lang, title, description, canonical, site, siteName, share }: PageMeta): MetaTag[] {
  const image = share?.image
  const imageTags: MetaTag[] = image
    ? [
        { property: 'og:image', content: new URL(image.path, site).href },
        { property: 'og:image:type', content: image.mimeType },
        ...(image.width && image.height
          ? [
              { property: 'og:image:width', content: String(image.width) },
              { property: 'og:image:height', content: String(image.height) },
            ]
          : []),
        { property: 'og:image:alt', content: image.alt },
      ]
    : [
        { property: 'og:image', content: new URL(socialImagePath(lang), site).href },
        { property: 'og:image:type', content: 'image/png' },
        { property: 'og:image:width', content: String(SOCIAL_IMAGE.width) },
        { property: 'og:image:height', content: String(SOCIAL_IMAGE.height) },
        { property: 'og:image:alt', content: `${siteName}: ${t(lang, 'siteTagline')}` },
      ]
  return [
    ...(description ? [{ name: 'description', content: description }] : []),
    { property: 'og:type', content: share?.type ?? 'website' },
    { property: 'og:title', content: title },
    ...(description ? [{ property: 'og:description', content: description }] : []),
    { property: 'og:url', content: canonical.href },
    { property: 'og:site_name', content: siteName },
    { property: 'og:locale', content: ogLocales[lang] },
    ...(share?.publishedTime ? [{ property: 'article:published_time', content: share.publishedTime }] : []),
    ...imageTags,
    { name: 'twitter:card', content: 'summary_large_image' },
  ]
}

/**
 * The description to share: the editor's share text when it is in the same language as the
 * summary the page would use otherwise; so an English page whose share text exists only in
 * Finnish is shared with its English summary, not with Finnish.
 */
export function shareDescription(share: InLang<string | null>, summary: InLang<string>): string {
  return share.value && share.lang === summary.lang ? share.value : summary.value
}

/** Images every network shows: a share image of another kind (a PDF) is left out. */
const SHAREABLE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/**
 * A document's share image as published with the site, with its alternative text in the page's
 * language (or Finnish) and its published size; null when it has none or it cannot be shown.
 */
export async function shareImage(id: string | null, lang: Lang): Promise<ShareImage | null> {
  const media = id ? publishedMedia(id) : null
  if (!media || !SHAREABLE_TYPES.has(media.item.mimeType)) return null
  // Media publishing may have scaled the image down: give the size of the file that is served.
  const { width, height } = await sharp(media.file).metadata()
  return {
    path: media.sitePath,
    alt: media.item.alt[lang] ?? media.item.alt.fi,
    mimeType: media.item.mimeType,
    width: width ?? null,
    height: height ?? null,
  }
}

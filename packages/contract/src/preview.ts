import { defaultLocale, isLocale, type Locale } from './locales'

/**
 * The address the CMS's Preview button opens: the preview server's `/__preview/open`, which
 * knows the site's routes and waits for a running rebuild before it redirects. The CMS only
 * names the document; both sides use this module, so the format is written down once.
 */
export const PREVIEW_OPEN_PATH = '/__preview/open'

export interface PreviewTarget {
  type: string
  slug?: string
  locale: Locale
}

export function previewOpenUrl(
  base: string,
  target: { type: string; slug?: string | null; locale?: string | null },
): string {
  const params = new URLSearchParams({
    type: target.type,
    locale: isLocale(target.locale) ? target.locale : defaultLocale,
  })
  if (target.slug) params.set('slug', target.slug)
  return `${base.replace(/\/$/, '')}${PREVIEW_OPEN_PATH}?${params.toString()}`
}

/** Reads the query of a `/__preview/open` request; an unknown locale falls back to Finnish. */
export function parsePreviewOpen(query: URLSearchParams): PreviewTarget {
  const locale = query.get('locale')
  return {
    type: query.get('type') ?? '',
    slug: query.get('slug') ?? undefined,
    locale: isLocale(locale) ? locale : defaultLocale,
  }
}

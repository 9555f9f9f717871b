import { previewOpenUrl } from '@toolkit/contract/preview'

/**
 * The admin's "Preview" button: opens the document in the editors' preview build (drafts
 * included), which `npm start` serves at PREVIEW_URL. The preview server knows the site's routes
 * and waits for a running rebuild before it redirects, so the CMS only names the document.
 */
export function previewUrl(type: string, slug: string | undefined, locale: string | undefined): string | null {
  const base = process.env.PREVIEW_URL
  return base ? previewOpenUrl(base, { type, slug, locale }) : null
}

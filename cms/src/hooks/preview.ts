import type { LivePreviewConfig } from 'payload'

import { isLocale } from '@toolkit/contract/locales'
import { previewOpenUrl } from '@toolkit/contract/preview'
import {
  PREVIEW_ACCESS_PARAM,
  PREVIEW_LINK_SECONDS,
  rebuildToken,
  signPreviewToken,
} from '@toolkit/contract/preview-access'

const HOUR_MS = 60 * 60 * 1000

/**
 * The admin's "Preview" button and Live Preview pane: open the document in the editors' preview
 * build (drafts included) at PREVIEW_URL. The preview server knows the site's routes and waits for
 * a running rebuild before it redirects, so the CMS only names the document. Only signed-in users
 * see these links; with a hosted preview (PREVIEW_SECRET) each carries a signature that lets the
 * browser in. The signature's time is counted from the start of the hour, so the link stays the
 * same for an hour and the Live Preview pane is not reloaded by every autosave.
 */
export function previewUrl(type: string, slug: string | undefined, locale: string | undefined): string | null {
  const base = process.env.PREVIEW_URL
  if (!base) return null
  const link = previewOpenUrl(base, { type, slug, locale })
  const secret = process.env.PREVIEW_SECRET
  if (!secret) return link
  const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS
  const access = signPreviewToken(secret, 'link', PREVIEW_LINK_SECONDS, hour)
  return `${link}&${PREVIEW_ACCESS_PARAM}=${encodeURIComponent(access)}`
}

/**
 * Where the CMS asks the preview to rebuild after a save: PREVIEW_BUILD_URL as `npm start` sets
 * it, or, for a hosted preview, derived from PREVIEW_URL and the shared PREVIEW_SECRET (so the
 * operator sets no second secret).
 */
export function previewBuildUrl(): string | undefined {
  if (process.env.PREVIEW_BUILD_URL) return process.env.PREVIEW_BUILD_URL
  const { PREVIEW_URL: base, PREVIEW_SECRET: secret } = process.env
  if (!base || !secret) return undefined
  return `${base.replace(/\/$/, '')}/__preview/rebuild?token=${rebuildToken(secret)}`
}

/** The Live Preview pane: the same link as the Preview button, at a phone's and a desktop's width. */
export const livePreview: LivePreviewConfig = {
  url: ({ collectionConfig, globalConfig, data, locale }) => {
    const code = typeof locale === 'string' ? locale : locale?.code
    const type = collectionConfig?.slug ?? globalConfig?.slug ?? ''
    const slug = typeof data?.slug === 'string' && data.slug ? data.slug : undefined
    return previewUrl(type, slug, isLocale(code) ? code : undefined) ?? undefined
  },
  breakpoints: [
    { name: 'phone', label: 'Puhelin (390 px)', width: 390, height: 844 },
    { name: 'desktop', label: 'Tietokone (1280 px)', width: 1280, height: 800 },
  ],
}

import sharp from 'sharp'

import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import { siteName } from './site-settings'
import { escapeXml } from '@toolkit/contract/escape'
import { wrapWords } from './wrap'

/** The size social networks show large (OpenGraph, 1.91:1). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const

export function socialImagePath(lang: Lang): string {
  return `/${lang}/social-image.png`
}

/** The picture shown when a page is shared: the site's mark, name and tagline, as real text on a plain field. */
function socialImageSvg(lang: Lang): string {
  const { width, height } = SOCIAL_IMAGE
  const name = wrapWords(siteName(lang), 26)
  const tagline = wrapWords(t(lang, 'siteTagline'), 44)
  const text = (lines: string[], y: number, size: number, weight: number) =>
    lines
      .map(
        (line, index) =>
          `<text x="96" y="${y + index * size * 1.25}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${size}" font-weight="${weight}" fill="#fff">${escapeXml(line)}</text>`,
      )
      .join('')
  // The tagline starts one blank line below the last line of the name (60 px type, 1.25 leading).
  const taglineTop = 290 + (name.length - 1) * 75 + 90
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#0b5394"/>
<g transform="translate(96 72) scale(3.5)"><rect width="32" height="32" rx="6" fill="#fff"/><path d="M9 8h7a8 8 0 0 1 0 16H9z" fill="none" stroke="#0b5394" stroke-width="3"/></g>
${text(name, 290, 60, 700)}
${text(tagline, taglineTop, 34, 400)}
</svg>`
}

/** Renders the social image of a language as PNG (the format every network accepts). */
export function socialImagePng(lang: Lang): Promise<Buffer> {
  return sharp(Buffer.from(socialImageSvg(lang)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer()
}

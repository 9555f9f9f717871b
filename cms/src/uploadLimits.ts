/**
 * Limits on uploaded files, shared by the CMS (which refuses uploads over them) and the site's
 * media publishing (scripts/lib/media-publish.ts, which decodes what the CMS accepted). A plain
 * module: the scripts import it without loading Payload.
 */

/**
 * The largest image, in pixels, that is accepted and decoded. A PNG or WebP of a few kilobytes can
 * declare an image of hundreds of megapixels (a decompression bomb) and sharp's own default limit
 * is 268 megapixels, about a gigabyte decoded; 40 megapixels covers any camera photo (a 24 MP
 * camera gives 6000 × 4000) and keeps one decode within a few hundred megabytes.
 */
export const MAX_INPUT_PIXELS = 40_000_000

/** What sharp's metadata() says of an image: its header, nothing decoded. */
interface ImageHeader {
  width?: number
  height?: number
  pageHeight?: number
  pages?: number
}

/**
 * The pixels decoding an image would produce, from its header: every frame of an animated image
 * counts. Null when the header gives no size.
 */
export function declaredPixels({ width, height, pageHeight, pages }: ImageHeader): number | null {
  if (!width || !height) return null
  return width * (pageHeight ?? height) * (pages ?? 1)
}

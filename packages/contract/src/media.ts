/**
 * Uploaded files: the limits the CMS refuses uploads over and media publishing applies again when
 * it decodes what the CMS accepted, and the address each file is published under.
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

/** An uploaded file as far as its address needs: its id, file name and renditions. */
export interface MediaFileNames {
  id: string
  filename: string
  sizes: Record<string, { url: string }>
}

/** A path segment made safe from a CMS file name: no folders, only A–Z, a–z, 0–9, ".", "_", "-". */
const safeName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/[^A-Za-z0-9._-]/g, '-')

/**
 * The site address of a media file, or of one of its renditions ("thumbnail", "card", "wide").
 * Uploads are published with the site under /media/<id>/, so pages never load anything from the
 * CMS's host.
 */
export function mediaPath(item: MediaFileNames, size?: string): string {
  const name = size ? (item.sizes[size]?.url ?? '') : item.filename
  return `/media/${safeName(item.id)}/${size ? `${safeName(size)}-` : ''}${safeName(name)}`
}

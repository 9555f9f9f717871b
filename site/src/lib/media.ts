import type { SnapshotMedia } from '../../../scripts/lib/snapshot-schema'
import { readSnapshot } from './snapshot-loader'

/**
 * Uploaded files are published with the site, under /media/<id>/, so that pages never load
 * anything from the CMS's host (the build copies and optimises them: scripts/lib/media-publish.ts).
 */
const safeName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/[^A-Za-z0-9._-]/g, '-')

/** The site address of a media file, or of one of its renditions ("thumbnail", "card", "wide"). */
export function mediaPath(item: Pick<SnapshotMedia, 'id' | 'filename' | 'sizes'>, size?: string): string {
  const name = size ? (item.sizes[size]?.url ?? '') : item.filename
  return `/media/${safeName(item.id)}/${size ? `${safeName(size)}-` : ''}${safeName(name)}`
}

function find(id: string): SnapshotMedia | null {
  return readSnapshot().media.find((item) => item.id === id) ?? null
}

/** The site address of an uploaded file (null when it is not published). */
export function mediaUrl(id: string): string | null {
  const item = find(id)
  return item ? mediaPath(item) : null
}

/** An image with its renditions for `srcset`, so that old phones load the small one. */
export function mediaImage(id: string): { src: string; srcset: string; width: number | null; height: number | null; alt: SnapshotMedia['alt'] } | null {
  const item = find(id)
  if (!item) return null
  const renditions = Object.entries(item.sizes)
    .filter(([, size]) => size.width)
    .sort(([, a], [, b]) => a.width! - b.width!)
    .map(([name, size]) => `${mediaPath(item, name)} ${size.width}w`)
  const original = item.width ? [`${mediaPath(item)} ${item.width}w`] : []
  return { src: mediaPath(item), srcset: [...renditions, ...original].join(', '), width: item.width, height: item.height, alt: item.alt }
}

import { mediaPath } from '@toolkit/contract/media'
import type { SnapshotMedia } from '@toolkit/contract/snapshot'
import { readSnapshot } from './snapshot-loader'

/** Uploaded files are published with the site under /media/<id>/ (the path rule: @toolkit/contract/media). */
export { mediaPath }

function find(id: string): SnapshotMedia | null {
  return readSnapshot().media.find((item) => item.id === id) ?? null
}

/** The site address of an uploaded file (null when it is not published). */
export function mediaUrl(id: string): string | null {
  const item = find(id)
  return item ? mediaPath(item) : null
}

/** An image with its renditions for `srcset`, so that old phones load the small one. */
export function mediaImage(
  id: string,
): { src: string; srcset: string; width: number | null; height: number | null; alt: SnapshotMedia['alt'] } | null {
  const item = find(id)
  if (!item) return null
  const renditions = Object.entries(item.sizes)
    .filter(([, size]) => size.width)
    .sort(([, a], [, b]) => a.width! - b.width!)
    .map(([name, size]) => `${mediaPath(item, name)} ${size.width}w`)
  const original = item.width ? [`${mediaPath(item)} ${item.width}w`] : []
  return {
    src: mediaPath(item),
    srcset: [...renditions, ...original].join(', '),
    width: item.width,
    height: item.height,
    alt: item.alt,
  }
}

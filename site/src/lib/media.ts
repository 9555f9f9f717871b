import fs from 'node:fs'
import path from 'node:path'

import { mediaPath } from '@toolkit/contract/media'
import type { SnapshotMedia } from '@toolkit/contract/snapshot'
import { readSnapshot } from './snapshot-loader'

/** Uploaded files are published with the site under /media/<id>/ (the path rule: @toolkit/contract/media). */
export { mediaPath }

function find(id: string): SnapshotMedia | null {
  return readSnapshot().media.find((item) => item.id === id) ?? null
}

/**
 * Set by the complete-site integration (site/integrations/complete-site.ts) for the pages of one
 * `astro build`: the folder where it has published the uploads before any page renders, so that a
 * page can give a file's published size and a download (a course pack's ZIP) can carry the file.
 */
export const PUBLISHED_MEDIA_DIR = 'TOOLKIT_PUBLISHED_MEDIA_DIR'

/** An upload as published with the site: its address, its file during the build, and its size. */
export interface PublishedMedia {
  item: SnapshotMedia
  /** Its address on the site (/media/<id>/<name>). */
  sitePath: string
  /** The published file on disk, while the site is being built. */
  file: string
  /** Its size as published (an image re-encoded by media publishing is smaller than the upload). */
  bytes: number
}

/** An upload as the build has published it; null when the snapshot does not publish it. */
export function publishedMedia(id: string): PublishedMedia | null {
  const item = find(id)
  if (!item) return null
  const dir = process.env[PUBLISHED_MEDIA_DIR]
  if (!dir)
    throw new Error(
      `Media ${id} ("${item.filename}"): the uploads are published by \`astro build\` (site/integrations/complete-site.ts) before the pages render; this page was rendered without them.`,
    )
  const sitePath = mediaPath(item)
  const file = path.join(dir, sitePath)
  let bytes: number
  try {
    bytes = fs.statSync(file).size
  } catch {
    throw new Error(`Media ${id} ("${item.filename}"): the published file ${file} is missing.`)
  }
  return { item, sitePath, file, bytes }
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

import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { mediaPath } from '../../site/src/lib/media'
import { dataDir } from './env'
import type { Snapshot, SnapshotMedia } from './snapshot-schema'

export class MediaError extends Error {
  override name = 'MediaError'
}

/** The widest image the site publishes: wider ones are scaled down (a reading page needs no more). */
export const MAX_IMAGE_WIDTH = 1600

export interface MediaSource {
  /** The CMS's public address, when the snapshot came over REST: files are downloaded from it. */
  payloadUrl?: string
  apiKey?: string
  /** Where the embedded CMS keeps uploads (data/media). */
  localDir?: string
}

/** One file of a media item: the original and each rendition, with its CMS address and site path. */
function filesOf(item: SnapshotMedia): { cmsUrl: string; sitePath: string }[] {
  return [
    { cmsUrl: item.url, sitePath: mediaPath(item) },
    ...Object.entries(item.sizes).map(([name, size]) => ({ cmsUrl: size.url, sitePath: mediaPath(item, name) })),
  ]
}

async function fetchFile(cmsUrl: string, source: MediaSource, label: string): Promise<Buffer> {
  const absolute = /^https?:\/\//.test(cmsUrl) ? cmsUrl : source.payloadUrl ? new URL(cmsUrl, source.payloadUrl).href : null
  if (absolute) {
    let response: Response
    try {
      response = await fetch(absolute, {
        headers: source.apiKey ? { authorization: `users API-Key ${source.apiKey}` } : {},
        signal: AbortSignal.timeout(60_000),
      })
    } catch (error) {
      throw new MediaError(`${label}: ${absolute} could not be downloaded (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (!response.ok) throw new MediaError(`${label}: ${absolute} answered ${response.status} ${response.statusText}.`)
    return Buffer.from(await response.arrayBuffer())
  }
  const file = path.join(source.localDir ?? path.join(dataDir, 'media'), path.basename(decodeURIComponent(cmsUrl)))
  if (!fs.existsSync(file)) throw new MediaError(`${label}: the file ${file} is missing from the CMS's uploads.`)
  return fs.readFileSync(file)
}

/** Re-encodes an image without its metadata (camera, location), no wider than the site needs. */
async function optimise(data: Buffer, mimeType: string): Promise<Buffer> {
  const image = sharp(data).rotate().resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true })
  switch (mimeType) {
    case 'image/jpeg':
      return image.jpeg({ quality: 80, mozjpeg: true }).toBuffer()
    case 'image/png':
      return image.png({ compressionLevel: 9, palette: true }).toBuffer()
    case 'image/webp':
      return image.webp({ quality: 80 }).toBuffer()
    default:
      return data
  }
}

/**
 * Copies every published upload of the snapshot into the built site (images optimised with sharp),
 * so that pages link to the site's own files. Any file that cannot be had stops the build with its
 * name, before the new site replaces the old one.
 */
export async function publishMedia(snapshot: Snapshot, outDir: string, source: MediaSource): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const item of snapshot.media) {
    for (const file of filesOf(item)) {
      const label = `Media "${item.filename}" (id ${item.id})`
      const original = await fetchFile(file.cmsUrl, source, label)
      const mimeType = path.extname(file.cmsUrl).toLowerCase() === '.webp' ? 'image/webp' : item.mimeType
      let published: Buffer
      try {
        published = item.mimeType.startsWith('image/') ? await optimise(original, mimeType) : original
      } catch (error) {
        throw new MediaError(`${label}: the image could not be read (${error instanceof Error ? error.message : String(error)}).`)
      }
      const target = path.join(outDir, file.sitePath)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, published)
      files++
      bytes += published.length
    }
  }
  return { files, bytes }
}

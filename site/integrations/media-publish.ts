import fs from 'node:fs'
import path from 'node:path'
import sharp, { type Metadata, type SharpOptions } from 'sharp'

import { errorMessage } from '@toolkit/contract/errors'
import { declaredPixels, MAX_INPUT_PIXELS, mediaPath } from '@toolkit/contract/media'
import type { Snapshot, SnapshotMedia } from '@toolkit/contract/snapshot'

/** The CMS's limit, which publishing applies again (one source: @toolkit/contract/media). */
export { MAX_INPUT_PIXELS }

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

/**
 * Where the build gets the uploads, from the environment `astro build` runs in:
 * - PAYLOAD_URL and PAYLOAD_API_KEY: the CMS a REST snapshot came from (the files are downloaded);
 * - MEDIA_DIR: the embedded CMS's uploads folder, for a snapshot of the local database
 *   (default: data/media beside the site folder, as SNAPSHOT_PATH defaults to data/snapshot.json).
 */
export function mediaSourceFromEnv(snapshot: Snapshot, env: NodeJS.ProcessEnv = process.env): MediaSource {
  return {
    payloadUrl: snapshot.source === 'rest' ? env.PAYLOAD_URL : undefined,
    apiKey: env.PAYLOAD_API_KEY,
    localDir: env.MEDIA_DIR || path.resolve(process.cwd(), '..', 'data', 'media'),
  }
}

/** One file of a media item: the original and each rendition, with its CMS address and site path. */
function filesOf(item: SnapshotMedia): { cmsUrl: string; sitePath: string; size?: string }[] {
  return [
    { cmsUrl: item.url, sitePath: mediaPath(item) },
    ...Object.entries(item.sizes).map(([name, size]) => ({
      cmsUrl: size.url,
      sitePath: mediaPath(item, name),
      size: name,
    })),
  ]
}

async function fetchFile(cmsUrl: string, source: MediaSource, label: string): Promise<Buffer> {
  const absolute = /^https?:\/\//.test(cmsUrl)
    ? cmsUrl
    : source.payloadUrl
      ? new URL(cmsUrl, source.payloadUrl).href
      : null
  if (absolute) {
    let response: Response
    try {
      response = await fetch(absolute, {
        headers: source.apiKey ? { authorization: `users API-Key ${source.apiKey}` } : {},
        signal: AbortSignal.timeout(60_000),
      })
    } catch (error) {
      throw new MediaError(`${label}: ${absolute} could not be downloaded (${errorMessage(error)}).`)
    }
    if (!response.ok) throw new MediaError(`${label}: ${absolute} answered ${response.status} ${response.statusText}.`)
    return Buffer.from(await response.arrayBuffer())
  }
  if (!source.localDir)
    throw new MediaError(
      `${label}: ${cmsUrl} is a file of the CMS, and the build was given no CMS address or uploads folder to get it from.`,
    )
  const file = path.join(source.localDir, path.basename(decodeURIComponent(cmsUrl)))
  if (!fs.existsSync(file)) throw new MediaError(`${label}: the file ${file} is missing from the CMS's uploads.`)
  return fs.readFileSync(file)
}

/**
 * How sharp reads an upload: never more than MAX_INPUT_PIXELS, and stop only on a real decoding
 * error. The CMS has already accepted the file, so a mere warning (a stray byte after the end of
 * a JPEG) must not stop the whole site's build.
 */
const SHARP_INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }

const OPTIMISED_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/**
 * Re-encodes an image without its metadata (camera, location), no wider than the site needs.
 * Reads the header first, so that an image over the pixel limit is refused by its declared size
 * before any pixel is decoded.
 */
async function optimise(data: Buffer, mimeType: string, label: string): Promise<Buffer> {
  if (!OPTIMISED_TYPES.has(mimeType)) return data
  const unreadable = (error: unknown) =>
    new MediaError(`${label}: the image could not be read (${errorMessage(error)}).`)
  let header: Metadata
  try {
    // metadata() reads the header only; without the limit here, so the message can give the size.
    header = await sharp(data, { ...SHARP_INPUT, limitInputPixels: false }).metadata()
  } catch (error) {
    throw unreadable(error)
  }
  const pixels = declaredPixels(header)
  const { width, height } = header
  if (pixels === null) throw new MediaError(`${label}: the image does not say its size.`)
  if (pixels > MAX_INPUT_PIXELS) {
    throw new MediaError(
      `${label}: the image is ${width} × ${height} pixels, more than the ${MAX_INPUT_PIXELS / 1_000_000} megapixels publishing decodes (it may be a decompression bomb); upload a smaller image.`,
    )
  }
  const image = sharp(data, SHARP_INPUT).rotate().resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true })
  try {
    switch (mimeType) {
      case 'image/jpeg':
        return await image.jpeg({ quality: 80, mozjpeg: true }).toBuffer()
      case 'image/png':
        return await image.png({ compressionLevel: 9, palette: true }).toBuffer()
      default:
        return await image.webp({ quality: 80 }).toBuffer()
    }
  } catch (error) {
    throw unreadable(error)
  }
}

/**
 * Copies every published upload of the snapshot into the built site (images optimised with sharp),
 * so that pages link to the site's own files. Any file that cannot be had stops the build with its
 * name, before the new site replaces the old one.
 */
export async function publishMedia(
  snapshot: Snapshot,
  outDir: string,
  source: MediaSource,
): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const item of snapshot.media) {
    for (const file of filesOf(item)) {
      const label = `Media "${item.filename}" (id ${item.id}${file.size ? `, size ${file.size}` : ''})`
      const original = await fetchFile(file.cmsUrl, source, label)
      const mimeType = path.extname(file.cmsUrl).toLowerCase() === '.webp' ? 'image/webp' : item.mimeType
      const published = item.mimeType.startsWith('image/') ? await optimise(original, mimeType, label) : original
      const target = path.join(outDir, file.sitePath)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, published)
      files++
      bytes += published.length
    }
  }
  return { files, bytes }
}

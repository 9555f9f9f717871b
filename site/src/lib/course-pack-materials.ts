import { slugify } from '@toolkit/contract/slug'
import type { SnapshotDocument, SnapshotMedia } from '@toolkit/contract/snapshot'

import { fileTypeLabel, formatFileSize } from '../i18n/labels'
import { defaultLang, type Lang } from '../i18n/locales'
import type { InLang } from './localize'
import { type PublishedMedia, publishedMedia } from './media'

/**
 * A file the pack's editor uploaded (slides, PDFs), as the pack's page lists it and its ZIP
 * carries it: both from the file media publishing wrote, so the size shown is the size served.
 */
export interface PackMaterial {
  media: PublishedMedia
  /** What the file contains: its alternative text in the page's language, or in Finnish. */
  title: InLang<string>
  /** Its kind and size in words: "PDF, 1,2 Mt". */
  details: string
  /** Its file name, unique within the pack: the name a download saves it under. */
  fileName: string
  /** Its path inside the pack's ZIP: materials/<fileName>. */
  zipPath: string
}

/** A ZIP entry name from an upload's file name: "Diat osa 1.PDF" → "diat-osa-1.pdf". */
function zipFileName(item: SnapshotMedia): [base: string, extension: string] {
  const match = /^(.*?)(?:\.([A-Za-z0-9]{1,8}))?$/.exec(item.filename.replace(/^.*[\\/]/, ''))
  const base = slugify(match?.[1] ?? '') || `file-${slugify(item.id) || 'material'}`
  return [base, match?.[2] ? `.${match[2].toLowerCase()}` : '']
}

/**
 * The file names of a pack's files, in order, safe as ZIP entries: two files with the same name
 * get -2, -3… so none overwrites another. The same in every language (they come from the files).
 */
export function materialFileNames(items: SnapshotMedia[]): string[] {
  const taken = new Set<string>()
  return items.map((item) => {
    const [base, extension] = zipFileName(item)
    let name = `${base}${extension}`
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}${extension}`
    taken.add(name)
    return name
  })
}

/** Kind and size in the reader's language: "PDF, 1,2 Mt", "PNG image, 350 KB". */
export function materialDetails(item: SnapshotMedia, bytes: number, lang: Lang): string {
  return `${fileTypeLabel(item.mimeType, item.filename, lang)}, ${formatFileSize(bytes, lang)}`
}

/** The files of a course pack that the site publishes, in the editor's order. */
export function packMaterials(pack: SnapshotDocument<'course-packs'>, lang: Lang): PackMaterial[] {
  const published = pack.materials
    .map((id) => publishedMedia(id))
    .filter((media): media is PublishedMedia => media !== null)
  const fileNames = materialFileNames(published.map((media) => media.item))
  return published.map((media, index) => {
    const own = media.item.alt[lang]
    return {
      media,
      title: own ? { value: own, lang } : { value: media.item.alt.fi, lang: defaultLang },
      details: materialDetails(media.item, media.bytes, lang),
      fileName: fileNames[index]!,
      zipPath: `materials/${fileNames[index]!}`,
    }
  })
}

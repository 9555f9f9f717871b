import { documentPath, isPageSlug } from '@toolkit/contract/routes'
import { type CollectionKey, collectionKeys } from '@toolkit/contract/snapshot'

import { defaultLang, type Lang } from '../i18n/locales'
import { materialDetails } from './course-pack-materials'
import type { InLang } from './localize'
import { mediaImage, publishedMedia } from './media'
import type { RichTextLinks } from './rich-text'
import { readSnapshot } from './snapshot-loader'

type Content = Record<string, unknown>

/** A document's title in the reader's language, or in Finnish (tools, badges and indicators call it `name`). */
function documentTitle(content: Record<Lang, Content | null>, lang: Lang): InLang<string> {
  const titleOf = (values: Content | null) => {
    const title = values?.title ?? values?.name
    return typeof title === 'string' && title ? title : null
  }
  const own = titleOf(content[lang])
  return own ? { value: own, lang } : { value: titleOf(content[defaultLang]) ?? '', lang: defaultLang }
}

const isCollection = (collection: string): collection is CollectionKey =>
  (collectionKeys as readonly string[]).includes(collection)

/**
 * Where the references in rich text lead on the site, for a reader of `lang`: a published
 * document's page in that language (the contract's `documentPath`), a published upload under
 * /media/ (media publishing puts every upload the snapshot references there, those only in rich
 * text included). Anything not in the snapshot (a draft, deleted, a page the site does not have)
 * leads nowhere, and the text shows nothing broken.
 *
 * The snapshot is read only when the text has a reference (readSnapshot() keeps it for the build).
 * `absolute`: for a page read outside the site (a course pack's ZIP): addresses on that origin,
 * and images offered as links, since such a page loads nothing from anywhere.
 */
export function richTextLinks(lang: Lang, options: { absolute?: URL } = {}): RichTextLinks {
  const address = (path: string) => (options.absolute ? new URL(path, options.absolute).href : path)
  return {
    document(collection, slug) {
      if (!isCollection(collection) || (collection === 'pages' && !isPageSlug(slug))) return null
      const docs = readSnapshot().collections[collection] as { slug: string; content: Record<Lang, Content | null> }[]
      const doc = docs.find((candidate) => candidate.slug === slug)
      if (!doc) return null
      return { href: address(documentPath(collection, slug, lang)), title: documentTitle(doc.content, lang) }
    },
    media(id) {
      const item = readSnapshot().media.find((candidate) => candidate.id === id)
      if (!item) return null
      const alt = item.alt[lang] ? { value: item.alt[lang]!, lang } : { value: item.alt.fi, lang: defaultLang }
      if (!options.absolute && item.mimeType.startsWith('image/')) {
        const { src, srcset, width, height } = mediaImage(id)!
        return { href: src, alt, details: '', image: { srcset, width, height } }
      }
      // A download gives the size of the file as the site serves it (images are re-encoded).
      const published = publishedMedia(id)!
      return {
        href: address(published.sitePath),
        alt,
        details: materialDetails(item, published.bytes, lang),
        image: null,
      }
    },
  }
}

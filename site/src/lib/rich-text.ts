import { isSafeLink } from '@toolkit/contract/safe-link'
import {
  isInternalLink,
  type LexicalNode,
  type RichText,
  type RichTextInternalLink,
  type RichTextRelationship,
  type RichTextUpload,
} from '@toolkit/contract/snapshot'
import { escapeHtml } from '@toolkit/contract/escape'
import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import type { InLang } from './localize'

// Kept here too for the modules that already import it from the renderer (scripts/lib/preview.ts).
export { escapeHtml }

/**
 * Renders Payload's Lexical rich text, as the snapshot holds it, to plain, accessible HTML without
 * loading Payload or Lexical. Every feature the editor offers has a case here (docs/rich-text.md;
 * tests/unit/rich-text-features.test.ts renders each). Everything is escaped; links keep only safe
 * targets; headings are shifted so that the page title stays the only h1 (`headingOffset`);
 * unknown nodes render their text content.
 */

/** A published document a reference or internal link leads to, on the page the reader is on. */
export interface RichTextTarget {
  href: string
  title: InLang<string>
}

/** A published upload as the text shows it. */
export interface RichTextMedia {
  /** Its address (the site's own /media/… path, or an absolute address outside the site). */
  href: string
  /** What it shows or contains: its alternative text in the reader's language, or in Finnish. */
  alt: InLang<string>
  /** Its kind and size in words, for a download link: "PDF, 1,2 Mt". */
  details: string
  /** Shown in the text when it is an image the page can embed; null: offered as a download link. */
  image: { srcset: string; width: number | null; height: number | null } | null
}

/** Where references lead: built from the snapshot for the site (rich-text-links.ts), stubbed in tests. */
export interface RichTextLinks {
  /** The page of a published document of `collection`; null when the site has no page for it. */
  document(collection: string, slug: string): RichTextTarget | null
  /** A published upload; null when it is not published. */
  media(id: string): RichTextMedia | null
}

export interface RichTextOptions {
  /** The reader's language: links lead to pages in it, and alt texts and the words added are in it. */
  lang: Lang
  /** The language the text itself is in, when it is not the reader's (an untranslated body). */
  textLang?: Lang
  /** How many levels below h2 the text's headings start (1 under a section's own h2). */
  headingOffset?: number
  links: RichTextLinks
}

interface Context extends Required<RichTextOptions> {
  /** Set inside a checklist: its items say whether they are done. */
  inChecklist: boolean
}

// Lexical stores inline formatting as bit flags on text nodes. Underline (8) is left out: the
// editor no longer offers it, and readers take underlined text for a link. Subscript and
// superscript are no longer offered either but still render as stored.
const FORMATS: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

/** The link target when the CMS's link rule (@toolkit/contract/safe-link) allows it, else null: the link renders as its text. */
export function safeHref(url: unknown): string | null {
  return isSafeLink(url) ? url : null
}

/** ` lang="xx"` for words in a language other than the text around them. */
const langAttr = (lang: Lang, context: Context) => (lang === context.textLang ? '' : ` lang="${lang}"`)

const link = (href: string | null, inner: string, attributes = '') =>
  href ? `<a href="${escapeHtml(href)}"${attributes}>${inner}</a>` : inner

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMATS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function renderChildren(node: LexicalNode, context: Context): string {
  return (node.children ?? []).map((child) => renderNode(child, context)).join('')
}

/** An image as a figure with its alt text and caption; any other file as a download link with its kind and size. */
function renderUpload(node: RichTextUpload, context: Context): string {
  const media = context.links.media(node.value)
  if (!media) return ''
  const caption = node.fields?.caption ? `<figcaption>${escapeHtml(node.fields.caption)}</figcaption>` : ''
  const alt = media.alt
  if (media.image) {
    const { srcset, width, height } = media.image
    const attributes = [
      `src="${escapeHtml(media.href)}"`,
      srcset ? `srcset="${escapeHtml(srcset)}" sizes="(max-width: 40em) 100vw, 40em"` : '',
      width ? `width="${width}"` : '',
      height ? `height="${height}"` : '',
      `alt="${escapeHtml(alt.value)}"${langAttr(alt.lang, context)}`,
      'loading="lazy"',
    ].filter(Boolean)
    return `<figure class="rich-image"><img ${attributes.join(' ')}>${caption}</figure>`
  }
  const download = link(safeHref(media.href), escapeHtml(alt.value), `${langAttr(alt.lang, context)} download`)
  const details = `<span class="hint"${langAttr(context.lang, context)}>(${escapeHtml(media.details)})</span>`
  return `<figure class="rich-file"><p>${download} ${details}</p>${caption}</figure>`
}

/** A reference to another document: a link to its page, titled in the reader's language where it can be. */
function renderRelationship(node: RichTextRelationship, context: Context): string {
  const target = context.links.document(node.relationTo, node.value.slug)
  if (!target) return ''
  const title = escapeHtml(target.title.value)
  return `<p class="rich-reference">${link(safeHref(target.href), title, langAttr(target.title.lang, context))}</p>`
}

/** An item of a checklist says, in words a screen reader reads, whether it is done (no interactive checkbox). */
function renderListItem(node: LexicalNode, context: Context): string {
  const inner = renderChildren(node, context)
  const nestedListOnly = node.children?.length && node.children.every((child) => child.type === 'list')
  if (!context.inChecklist || nestedListOnly) return `<li>${inner}</li>`
  const done = node.checked === true
  const label = t(context.lang, done ? 'checklistDone' : 'checklistNotDone')
  const mark = `<span class="check" role="img" aria-label="${escapeHtml(label)}"${langAttr(context.lang, context)}>${done ? '☑' : '☐'}</span>`
  return `<li class="${done ? 'checked' : 'unchecked'}">${mark} ${inner}</li>`
}

function renderNode(node: LexicalNode, context: Context): string {
  const inner = () => renderChildren(node, context)
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph':
      return node.children?.length ? `<p>${inner()}</p>` : ''
    case 'heading': {
      const level = Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2
      const shifted = Math.min(6, Math.max(2, level + context.headingOffset))
      return `<h${shifted}>${inner()}</h${shifted}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list': {
      const checklist = node.listType === 'check'
      const items = renderChildren(node, { ...context, inChecklist: checklist })
      if (node.listType === 'number') {
        const start = Number.isInteger(node.start) && (node.start as number) > 1 ? ` start="${node.start}"` : ''
        return `<ol${start}>${items}</ol>`
      }
      return `<ul${checklist ? ' class="checklist"' : ''}>${items}</ul>`
    }
    case 'listitem':
      return renderListItem(node, context)
    case 'link':
    case 'autolink': {
      if (isInternalLink(node)) {
        const doc = (node as RichTextInternalLink).fields.doc
        const target = doc ? context.links.document(doc.relationTo, doc.value.slug) : null
        return link(target && safeHref(target.href), inner())
      }
      const fields = (node.fields ?? {}) as { url?: unknown }
      return link(safeHref(fields.url ?? node.url), inner())
    }
    case 'upload':
      return renderUpload(node as RichTextUpload, context)
    case 'relationship':
      return renderRelationship(node as RichTextRelationship, context)
    case 'horizontalrule':
      return '<hr>'
    default:
      return inner()
  }
}

export function renderRichText(value: RichText | null | undefined, options: RichTextOptions): string {
  if (!value) return ''
  const context: Context = {
    ...options,
    textLang: options.textLang ?? options.lang,
    headingOffset: options.headingOffset ?? 0,
    inChecklist: false,
  }
  return renderChildren(value.root as LexicalNode, context)
}

/** The plain text of rich text, for descriptions and search excerpts. */
export function richTextToPlain(value: RichText | null | undefined): string {
  const walk = (node: LexicalNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(walk).join(node.type === 'root' ? '\n' : ' ')
  return value
    ? walk(value.root as LexicalNode)
        .replace(/\s+/g, ' ')
        .trim()
    : ''
}

import { isSafeLink } from '@toolkit/contract/safe-link'
import type { LexicalNode, RichText } from '@toolkit/contract/snapshot'
import { escapeHtml } from '@toolkit/contract/escape'

// Kept here too for the modules that already import it from the renderer (scripts/lib/preview.ts).
export { escapeHtml }

/**
 * Renders Payload's Lexical rich text to plain, accessible HTML without loading Payload or Lexical.
 * Everything is escaped; links keep only safe schemes; headings are shifted so that the page
 * title stays the only h1 (`headingOffset`), and unknown nodes render their text content.
 */

// Lexical stores inline formatting as bit flags on text nodes.
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

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMATS) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function renderChildren(node: LexicalNode, headingOffset: number): string {
  return (node.children ?? []).map((child) => renderNode(child, headingOffset)).join('')
}

function renderNode(node: LexicalNode, headingOffset: number): string {
  const inner = () => renderChildren(node, headingOffset)
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
      const shifted = Math.min(6, Math.max(2, level + headingOffset))
      return `<h${shifted}>${inner()}</h${shifted}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink': {
      const fields = (node.fields ?? {}) as { url?: unknown; newTab?: unknown }
      const href = safeHref(fields.url ?? node.url)
      return href ? `<a href="${escapeHtml(href)}">${inner()}</a>` : inner()
    }
    case 'horizontalrule':
      return '<hr>'
    default:
      return inner()
  }
}

export function renderRichText(value: RichText | null | undefined, headingOffset = 0): string {
  if (!value) return ''
  return renderChildren(value.root as LexicalNode, headingOffset)
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

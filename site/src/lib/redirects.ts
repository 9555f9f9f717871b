import { detailPath, detailSections } from '@toolkit/contract/routes'
import { SLUG_PATTERN } from '@toolkit/contract/slug'
import type { Snapshot } from '@toolkit/contract/snapshot'
import { langs } from '../i18n/locales'

/**
 * Netlify's `_redirects`: every old address of a renamed document (its `previousSlugs`, kept by the
 * CMS when a published document is published under a new slug) leads to its current page, in every
 * language. Netlify and the local server apply a rule only where no file exists, so an address
 * that another document has taken since stays that document's.
 */
export function redirectRules(snapshot: Snapshot): string {
  const lines = ['# Old addresses of renamed documents (written by the site build).']
  for (const section of detailSections) {
    for (const doc of snapshot.collections[section]) {
      for (const old of doc.previousSlugs ?? []) {
        // Only a well-formed slug becomes a rule: one line each, nothing that could add another.
        if (old === doc.slug || !SLUG_PATTERN.test(old)) continue
        for (const lang of langs)
          lines.push(`${detailPath(lang, section, old)} ${detailPath(lang, section, doc.slug)} 301`)
      }
    }
  }
  return `${lines.join('\n')}\n`
}

import { escapeHtml } from '@toolkit/contract/escape'
import type { RichText, SnapshotDocument } from '@toolkit/contract/snapshot'

import type { Lang } from '../i18n/locales'
import { t, type UiKey } from '../i18n/ui'
import type { Handout } from './handouts'
import { langAttr, localize } from './localize'
import { type RichTextLinks, renderRichText } from './rich-text'

/**
 * The printable documents (cheat sheets, handouts) as HTML, written once for both the site's page
 * and the course-pack ZIP (issue 21): a trainer who prints the ZIP's sheet gets the site's sheet,
 * with the same introduction, the same steps and the same print stylesheet (global.css), so it
 * prints on the pages the site promises. The site's page adds its screen-only parts around these.
 */

type CheatSheet = SnapshotDocument<'cheat-sheets'>

/** ` lang="sv"` when a value falls back to another language than the page's, else nothing. */
const langOf = (valueLang: Lang, pageLang: Lang) => {
  const other = langAttr(valueLang, pageLang)
  return other ? ` lang="${other}"` : ''
}

/** Rich text as the site's RichText component shows it: a .prose block marked with its own language. */
export function proseHtml(
  value: RichText | null | undefined,
  options: { pageLang: Lang; textLang?: Lang; headingOffset?: number; links: RichTextLinks },
): string {
  const { pageLang, textLang, headingOffset, links } = options
  const html = renderRichText(value, { lang: pageLang, textLang, headingOffset, links })
  return html ? `<div class="prose"${textLang ? langOf(textLang, pageLang) : ''}>${html}</div>` : ''
}

/** A step's picture: the site shows its published image, the ZIP (read offline) leaves it out. */
export type StepImage = (imageId: string) => string

/** The printed parts of a cheat sheet: its title, its task line and the rest, each HTML. */
export interface PrintedParts {
  title: string
  lead: string
  content: string
}

/** A cheat sheet's title, task line (its introduction), text, "you need", steps with tips, and safety. */
export function cheatSheetParts(
  sheet: CheatSheet,
  lang: Lang,
  options: { links: RichTextLinks; image?: StepImage; idPrefix?: string },
): PrintedParts {
  // A page holding several sheets (the ZIP's combined file) gives each its own heading ids.
  const id = (name: string) => `${options.idPrefix ?? ''}${name}`
  // There, each section is also named by its sheet's title, so that landmarks keep distinct names.
  const titleId = options.idPrefix ? id('title') : null
  const labelledBy = (name: string) => (titleId ? `${id(name)} ${titleId}` : id(name))
  const c = localize(sheet, lang)
  const title = c.field('title')
  const task = c.field('task')
  const before = c.field('before')
  const steps = c.field('steps')
  const safety = c.field('safety')
  const body = c.field('body')
  const step = (item: (typeof steps.value)[number]) =>
    `<li>${escapeHtml(item.text)}${
      item.tip ? `<p class="tip"><strong>${escapeHtml(t(lang, 'tip'))}:</strong> ${escapeHtml(item.tip)}</p>` : ''
    }${item.image && options.image ? options.image(item.image) : ''}</li>`
  return {
    title: `<h1${titleId ? ` id="${titleId}"` : ''}${langOf(title.lang, lang)}>${escapeHtml(title.value)}</h1>`,
    lead: `<p class="lead"${langOf(task.lang, lang)}>${escapeHtml(task.value)}</p>`,
    content: [
      proseHtml(body.value, { pageLang: lang, textLang: body.lang, links: options.links }),
      before.value.length > 0
        ? `<section aria-labelledby="${labelledBy('need-heading')}"><h2 id="${id('need-heading')}">${escapeHtml(t(lang, 'youNeed'))}</h2><ul${langOf(before.lang, lang)}>${before.value.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul></section>`
        : '',
      `<section aria-labelledby="${labelledBy('steps-heading')}"><h2 id="${id('steps-heading')}">${escapeHtml(t(lang, 'steps'))}</h2><ol class="big-steps"${langOf(steps.lang, lang)}>${steps.value.map(step).join('')}</ol></section>`,
      safety.value
        ? `<aside class="warning" aria-labelledby="${labelledBy('safety-heading')}"${langOf(safety.lang, lang)}><h2 id="${id('safety-heading')}">${escapeHtml(t(lang, 'safety'))}</h2><p>${escapeHtml(safety.value)}</p></aside>`
        : '',
    ].join(''),
  }
}

/** A handout's title and text, in the language its text is in (`valueLang`), which a note names when it is not the page's. */
export function handoutParts(
  handout: Handout,
  valueLang: Lang,
  lang: Lang,
  links: RichTextLinks,
): Omit<PrintedParts, 'lead'> {
  return {
    title: `<h1${langOf(valueLang, lang)}>${escapeHtml(handout.title)}</h1>`,
    content:
      (valueLang !== lang ? `<p class="notice" role="note">${escapeHtml(t(lang, 'notTranslated'))}</p>` : '') +
      proseHtml(handout.text, { pageLang: lang, textLang: valueLang, links }),
  }
}

/** What a printed page says it is and where it comes from: the toolkit, the document, its address. */
export interface PrintSource {
  /** The toolkit's name (the site settings' site name). */
  siteName: string
  /** The document, with what it is part of: "Lunttilaput: Vahva tunnistautuminen". */
  source: string
  /** The document's page on the site. */
  address: string
}

/** "Koulutuspaketit: Alkeiden alkeet" — the source line's middle part. */
export const sourceName = (lang: Lang, section: UiKey, title: string, part?: string) =>
  [t(lang, section), title, ...(part ? [part] : [])].join(': ')

/**
 * A printable document framed so that its source line prints at the foot of every page it takes:
 * browsers repeat a table's footer on each printed page (Chromium and Firefox; a CSS table of
 * divs or a fixed element is not repeated, and @page margin boxes would need an inline style,
 * which the site's Content-Security-Policy refuses). On screen the frame is plain blocks and the
 * line is hidden (global.css .print-frame); the table is presentational (role="none").
 */
export function printFrame(source: PrintSource): { open: string; close: string } {
  const line = [source.siteName, source.source].map(escapeHtml).join(' · ')
  const address = escapeHtml(source.address)
  return {
    open: '<table class="print-frame" role="none"><tbody><tr><td>',
    close: `</td></tr></tbody><tfoot class="print-source"><tr><td>${line} · <a href="${address}">${address}</a></td></tr></tfoot></table>`,
  }
}

/** `inner` in the print frame. */
export function framed(source: PrintSource, inner: string): string {
  const { open, close } = printFrame(source)
  return `${open}${inner}${close}`
}

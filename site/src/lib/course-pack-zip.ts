import { strToU8, zipSync } from 'fflate'
import { createHash } from 'node:crypto'

import { contentLicence, contentLicenceNotice } from '@toolkit/contract/licence'
import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { fileTypeLabel, formatFileSize, learnerLabels, levelLabels } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { t, type UiKey } from '../i18n/ui'
import { escapeHtml, safeZipEntryName } from '@toolkit/contract/escape'
import { type DocxSetting, handoutDocx, lessonPlanDocx } from './course-pack-docx'
import { handoutsOf } from './handouts'
import { type InLang, localize } from './localize'
import { renderRichText } from './rich-text'
import { richTextLinks } from './rich-text-links'
import { detailPath } from '@toolkit/contract/routes'
import { cheatSheetParts, framed, handoutParts, type PrintSource, sourceName } from './printable'
import siteCss from '../styles/global.css?raw'

type Pack = SnapshotDocument<'course-packs'>
type CheatSheet = SnapshotDocument<'cheat-sheets'>

/** A file of the pack (slides, a PDF) to carry in the ZIP, with what the lesson plan says of it. */
export interface ZipMaterial {
  /** materials/<name> (course-pack-materials.ts). */
  path: string
  title: string
  /** The language of the title, when it is not the ZIP's (an untranslated alternative text). */
  titleLang?: Lang
  /** Kind and size in words: "PDF, 1,2 Mt". */
  details: string
  data: Uint8Array
}

/**
 * A self-contained, printable HTML page: readable offline, with no requests to anywhere. Its
 * stylesheet is the site's own (global.css, inlined), so a document prints from the ZIP on the
 * pages it prints on from the site (issue 21); `main` holds the page's h1.
 */
function printPage(lang: Lang, title: string, main: string, mainClass?: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${siteCss.replaceAll('</style', '<\\/style')}
</style>
</head>
<body>
<main${mainClass ? ` class="${mainClass}"` : ''}>
${main}
</main>
</body>
</html>
`
}

/** The lesson plan's list of the pack's files, linked to their place in the unpacked ZIP. */
function materialList(materials: ZipMaterial[], lang: Lang): string {
  if (materials.length === 0) return ''
  const items = materials.map((material) => {
    const title = material.titleLang
      ? `<span lang="${material.titleLang}">${escapeHtml(material.title)}</span>`
      : escapeHtml(material.title)
    return `<li><a href="${escapeHtml(material.path)}">${title}</a> (${escapeHtml(material.details)})</li>`
  })
  return `<h2>${t(lang, 'materials')}</h2><ul>${items.join('')}</ul>`
}

/** For whom, what level and how long: the start page and the lesson plan both say it first. */
function factList(pack: Pack, lang: Lang): string {
  const level = pack.level ? `<li>${t(lang, 'level')}: ${levelLabels[pack.level][lang]}</li>` : ''
  return `<ul>${level}<li>${t(lang, 'learners')}: ${learnerLabels[pack.audience][lang]}</li><li>${t(lang, 'duration')}: ${pack.durationMinutes} ${t(lang, 'minutes')}</li></ul>`
}

function lessonPlan(pack: Pack, lang: Lang, site: URL, materials: ZipMaterial[]): string {
  const c = localize(pack, lang)
  const sessions = c.field('sessions').value
  const rows = sessions
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.title)}</th><td>${s.minutes} ${t(lang, 'minutes')}</td><td>${escapeHtml(s.activities)}</td><td>${escapeHtml(s.materials ?? '–')}</td></tr>`,
    )
    .join('\n')
  return [
    `<p>${escapeHtml(c.field('summary').value)}</p>`,
    factList(pack, lang),
    `<h2>${t(lang, 'goals')}</h2><ul>${c
      .field('goals')
      .value.map((goal) => `<li>${escapeHtml(goal)}</li>`)
      .join('')}</ul>`,
    sessions.length > 0
      ? `<h2>${t(lang, 'lessonPlan')}</h2><table><thead><tr><th scope="col">${t(lang, 'session')}</th><th scope="col">${t(lang, 'duration')}</th><th scope="col">${t(lang, 'activities')}</th><th scope="col">${t(lang, 'materialsNeeded')}</th></tr></thead><tbody>${rows}</tbody></table>`
      : '',
    materialList(materials, lang),
    c.field('body').value
      ? `<h2>${t(lang, 'trainerNotes')}</h2>${renderRichText(c.field('body').value, { lang, textLang: c.field('body').lang, headingOffset: 1, links: richTextLinks(lang, { absolute: site }) })}`
      : '',
    `<p>${escapeHtml(new URL(detailPath(lang, 'course-packs', pack.slug), site).href)}</p>`,
  ].join('\n')
}

/** The start page's groups of files, in its order, each headed by its UI string. */
const fileGroups = [
  'packPrintAll',
  'lessonPlan',
  'handouts',
  'relatedCheatSheets',
  'materials',
  'packOtherFiles',
] as const
type FileGroup = (typeof fileGroups)[number] & UiKey

/** A file of the ZIP as the start page lists it. */
interface PackFile {
  path: string
  data: Uint8Array
  /** What the start page calls it, in the language it is written in. */
  title: InLang<string>
  group: FileGroup
  /** Kind and size in words, when the caller knows them better than the file's extension (the pack's uploads). */
  details?: string
}

/** The MIME types of the files the ZIP writes itself, for their kind in words. */
const ownKinds: Record<string, string> = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  json: 'application/json',
}

/** "Word (DOCX)", "HTML-tiedosto", "tekstitiedosto": a trainer with LibreOffice looks for the format, not for Word. */
function kindOf(path: string, lang: Lang): string {
  const extension = path.slice(path.lastIndexOf('.') + 1)
  const kind = fileTypeLabel(ownKinds[extension] ?? '', path, lang)
  return extension === 'docx' ? `${kind} (DOCX)` : kind
}

const inLang = (value: InLang<string>, lang: Lang) =>
  value.lang === lang ? escapeHtml(value.value) : `<span lang="${value.lang}">${escapeHtml(value.value)}</span>`

/** Every file of the ZIP, linked, in groups; manifest.json by its kind only, as its size depends on this page's. */
function contents(files: PackFile[], lang: Lang): string {
  const item = (path: string, title: InLang<string>, details: string) =>
    `<li><a href="${escapeHtml(path)}">${inLang(title, lang)}</a> (${escapeHtml(details)})</li>`
  const groups = fileGroups.map((group) => {
    const items = files
      .filter((file) => file.group === group)
      .map((file) =>
        item(
          file.path,
          file.title,
          file.details ?? `${kindOf(file.path, lang)}, ${formatFileSize(file.data.length, lang)}`,
        ),
      )
    if (group === 'packOtherFiles')
      items.push(item('manifest.json', { value: t(lang, 'packManifest'), lang }, kindOf('manifest.json', lang)))
    return items.length > 0 ? `<h3>${escapeHtml(t(lang, group))}</h3><ul>${items.join('')}</ul>` : ''
  })
  return `<h2>${escapeHtml(t(lang, 'packContents'))}</h2>${groups.join('\n')}`
}

/** Our own advice, not the reports': the heading says so, as the site marks its suggestions. */
function howToAdapt(lang: Lang, hasCheatSheets: boolean): string {
  const keys: UiKey[] = ['packAdaptEdit', 'packAdaptCredit', ...(hasCheatSheets ? (['packAdaptPrint'] as const) : [])]
  return `<h2>${escapeHtml(t(lang, 'packAdaptHeading'))}</h2><ul>${keys.map((key) => `<li>${escapeHtml(t(lang, key))}</li>`).join('')}</ul>`
}

/** The start page as a page of its own, titled by the pack. */
const startPageHtml = (lang: Lang, title: string, body: string) =>
  printPage(lang, title, `<h1>${escapeHtml(title)}</h1>\n${body}`)

/** index.html: what the pack is, for whom and how long, what is in the ZIP, how to adapt it, and its licence. */
function startPage(pack: Pack, lang: Lang, source: string, notice: string, files: PackFile[], hasCheatSheets: boolean) {
  const c = localize(pack, lang)
  // The licence's address in the notice becomes a link; the notice is escaped first and the address needs no escaping.
  const licence = escapeHtml(notice).replace(
    contentLicence.url,
    `<a href="${contentLicence.url}">${contentLicence.url}</a>`,
  )
  return [
    `<p>${inLang(c.field('summary'), lang)}</p>`,
    factList(pack, lang),
    contents(files, lang),
    howToAdapt(lang, hasCheatSheets),
    `<h2>${escapeHtml(t(lang, 'packLicence'))}</h2><p>${licence}</p>`,
    `<p>${escapeHtml(t(lang, 'packOnline'))}: <a href="${escapeHtml(source)}">${escapeHtml(source)}</a></p>`,
  ].join('\n')
}

const LICENSE_FILE = 'LICENSE.txt'

export interface CoursePackZipOptions {
  /** The cheat sheets the pack uses. */
  cheatSheets: CheatSheet[]
  lang: Lang
  /** The site's public address: the pack's page and the texts' links are named by it. */
  site: URL
  /** The site settings' organisation name in `lang`: the licence notice and the documents' author. */
  publisher: string
  materials?: ZipMaterial[]
  /** The toolkit's name in `lang` (the site settings' site name): every printed page's source line names it. */
  siteName: string
}

/**
 * The pack's printable documents, each as the site prints it (lib/printable.ts) in its frame with
 * its source line: the lesson plan, every handout, every cheat sheet. `idPrefix` keeps heading ids
 * unique when they share one page (the combined file).
 */
interface PrintedDocument {
  path: string
  title: InLang<string>
  group: FileGroup
  article: (idPrefix?: string) => string
}

function printedDocuments(pack: Pack, options: CoursePackZipOptions, setting: DocxSetting): PrintedDocument[] {
  const { cheatSheets, lang, site, siteName, materials = [] } = options
  const c = localize(pack, lang)
  const packTitle = c.field('title').value
  const packSource = (part: string, address: string): PrintSource => ({
    siteName,
    source: sourceName(lang, 'coursePacks', packTitle, part),
    address,
  })
  const plan: PrintedDocument = {
    path: 'lesson-plan.html',
    title: { value: t(lang, 'lessonPlan'), lang },
    group: 'lessonPlan',
    article: () =>
      `<article class="printable">${framed(
        packSource(t(lang, 'lessonPlan'), setting.source),
        `<h1>${escapeHtml(packTitle)}</h1>${lessonPlan(pack, lang, site, materials)}`,
      )}</article>`,
  }
  const handouts = c.field('handouts')
  const handoutDocs = handoutsOf(handouts.value, pack.content.fi.handouts).map((handout): PrintedDocument => ({
    path: `handouts/${handout.key}.html`,
    title: { value: handout.title, lang: handouts.lang },
    group: 'handouts',
    article: () => {
      const parts = handoutParts(handout, handouts.lang, lang, setting.links)
      const source = packSource(handout.title, `${setting.source}${handout.key}/`)
      return `<article class="printable">${framed(source, parts.title + parts.content)}</article>`
    },
  }))
  const sheetDocs = cheatSheets.map((sheet): PrintedDocument => {
    const title = localize(sheet, lang).field('title')
    return {
      path: `cheat-sheets/${sheet.slug}.html`,
      title,
      group: 'relatedCheatSheets',
      article: (idPrefix) => {
        const parts = cheatSheetParts(sheet, lang, { links: setting.links, idPrefix })
        const source: PrintSource = {
          siteName,
          source: sourceName(lang, 'cheatSheets', title.value),
          address: new URL(detailPath(lang, 'cheat-sheets', sheet.slug), site).href,
        }
        return `<article class="cheat-sheet printable">${framed(source, parts.title + parts.lead + parts.content)}</article>`
      },
    }
  })
  return [plan, ...handoutDocs, ...sheetDocs]
}

/** The name of the combined file: one file to print for the whole session. */
const PRINT_ALL_FILE = 'print-all.html'

/** The files the start page lists, in its order: every file of the ZIP but itself and manifest.json. */
async function packFiles(pack: Pack, options: CoursePackZipOptions, setting: DocxSetting): Promise<PackFile[]> {
  const { lang, materials = [] } = options
  const c = localize(pack, lang)
  const packTitle = c.field('title').value
  const documents = printedDocuments(pack, options, setting)
  const page = (document: PrintedDocument) => strToU8(printPage(lang, document.title.value, document.article()))
  // Everything to print, each document on its own page(s), in the order of the session.
  const all = documents.map((document, index) => document.article(`doc${index + 1}-`)).join('\n')
  const printAll = t(lang, 'packPrintAll')
  const files: PackFile[] = [
    {
      path: PRINT_ALL_FILE,
      data: strToU8(printPage(lang, `${packTitle}: ${printAll}`, all, 'print-all')),
      title: { value: t(lang, 'packPrintAllFile'), lang },
      group: 'packPrintAll',
    },
  ]
  const handouts = c.field('handouts')
  const docxOf = new Map<string, Uint8Array>([['lesson-plan.html', await lessonPlanDocx(pack, materials, setting)]])
  for (const handout of handoutsOf(handouts.value, pack.content.fi.handouts))
    docxOf.set(`handouts/${handout.key}.html`, await handoutDocx(handout, handouts.lang, setting))
  for (const document of documents) {
    files.push({ path: document.path, data: page(document), title: document.title, group: document.group })
    // The lesson plan and each handout also as DOCX, to adapt in a word processor.
    const docx = docxOf.get(document.path)
    if (docx)
      files.push({
        path: document.path.replace(/\.html$/, '.docx'),
        data: docx,
        title: document.title,
        group: document.group,
      })
  }
  for (const { path, data, title, titleLang, details } of materials)
    files.push({ path, data, title: { value: title, lang: titleLang ?? lang }, details, group: 'materials' })
  const notice = contentLicenceNotice(lang, options.publisher)
  files.push({
    path: LICENSE_FILE,
    data: strToU8(`${notice}\n`),
    title: { value: t(lang, 'packLicence'), lang },
    group: 'packOtherFiles',
  })
  return files
}

/** manifest.json: what the pack is, whose, under which licence, and each other file's size and SHA-256. */
function manifestOf(pack: Pack, options: CoursePackZipOptions, source: string, files: [string, Uint8Array][]) {
  const manifest = {
    title: localize(pack, options.lang).field('title').value,
    language: options.lang,
    source,
    publisher: options.publisher,
    licence: { spdx: contentLicence.spdx, url: contentLicence.url },
    files: files.map(([path, data]) => ({
      path,
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    })),
  }
  return strToU8(`${JSON.stringify(manifest, null, 2)}\n`)
}

/**
 * A course pack as one ZIP a trainer can adapt: index.html, the start page; LICENSE.txt; the lesson
 * plan (which lists the pack's files with their kind and size) and every handout as printable HTML
 * and as DOCX; the linked cheat sheets as printable HTML; the pack's files themselves under
 * materials/; and manifest.json listing every other file with its size and SHA-256.
 */
export async function coursePackZip(pack: Pack, options: CoursePackZipOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { lang, site, publisher } = options
  const source = new URL(detailPath(lang, 'course-packs', pack.slug), site).href
  const links = richTextLinks(lang, { absolute: site })
  const files = await packFiles(pack, options, { lang, publisher, updatedAt: pack.updatedAt, source, links })
  const notice = contentLicenceNotice(lang, publisher)
  const start = startPage(pack, lang, source, notice, files, options.cheatSheets.length > 0)
  // The start page first, so that it is the first thing a trainer sees in the unpacked folder.
  const ordered: [string, Uint8Array][] = [
    ['index.html', strToU8(startPageHtml(lang, localize(pack, lang).field('title').value, start))],
    ...files.map((file): [string, Uint8Array] => [file.path, file.data]),
  ]
  ordered.push(['manifest.json', manifestOf(pack, options, source, ordered)])
  // A fixed timestamp keeps the archive byte-identical between builds of the same content.
  const mtime = new Date(pack.updatedAt)
  // Entry names come from slugs and fixed names; checked all the same, as unpacking trusts them.
  // LICENSE.txt, a constant, keeps the capitals reusers look for (the check allows lower case only).
  const where = `Course pack ${pack.slug} (${lang})`
  // Slides, PDFs, images and DOCX files are compressed already: stored as they are, they cost no build time.
  const stored = new Set((options.materials ?? []).map((material) => material.path))
  const zip = zipSync(
    Object.fromEntries(
      ordered.map(([path, data]) => [
        path === LICENSE_FILE ? path : safeZipEntryName(path, where),
        [data, { mtime, level: stored.has(path) || path.endsWith('.docx') ? 0 : 9 }],
      ]),
    ),
  )
  // fflate always allocates a plain ArrayBuffer; its types predate typed arrays' buffer parameter,
  // and a Response body must not be a SharedArrayBuffer view.
  return zip as Uint8Array<ArrayBuffer>
}

import { strToU8, zipSync } from 'fflate'
import { createHash } from 'node:crypto'

import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { learnerLabels, levelLabels } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import { escapeHtml, safeZipEntryName } from '@toolkit/contract/escape'
import { handoutsOf } from './handouts'
import { localize } from './localize'
import { renderRichText } from './rich-text'
import { richTextLinks } from './rich-text-links'
import { detailPath } from '@toolkit/contract/routes'

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

/** A self-contained, printable HTML page: readable offline, with no requests to anywhere. */
function printPage(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14pt/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #555; padding: 0.4rem; text-align: left; vertical-align: top; }
@page { size: A4; margin: 15mm; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
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

function lessonPlan(pack: Pack, lang: Lang, site: URL, materials: ZipMaterial[]): string {
  const c = localize(pack, lang)
  const level = pack.level ? `<li>${t(lang, 'level')}: ${levelLabels[pack.level][lang]}</li>` : ''
  const sessions = c.field('sessions').value
  const rows = sessions
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.title)}</th><td>${s.minutes} ${t(lang, 'minutes')}</td><td>${escapeHtml(s.activities)}</td><td>${escapeHtml(s.materials ?? '–')}</td></tr>`,
    )
    .join('\n')
  return [
    `<p>${escapeHtml(c.field('summary').value)}</p>`,
    `<ul>${level}<li>${t(lang, 'learners')}: ${learnerLabels[pack.audience][lang]}</li><li>${t(lang, 'duration')}: ${pack.durationMinutes} ${t(lang, 'minutes')}</li></ul>`,
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

function cheatSheetPage(sheet: CheatSheet, lang: Lang): string {
  const c = localize(sheet, lang)
  const before = c.field('before').value
  const safety = c.field('safety').value
  return [
    `<p><strong>${escapeHtml(c.field('task').value)}</strong></p>`,
    before.length > 0
      ? `<h2>${t(lang, 'youNeed')}</h2><ul>${before.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
      : '',
    `<h2>${t(lang, 'steps')}</h2><ol>${c
      .field('steps')
      .value.map(
        (step) =>
          `<li>${escapeHtml(step.text)}${step.tip ? `<br><em>${t(lang, 'tip')}: ${escapeHtml(step.tip)}</em>` : ''}</li>`,
      )
      .join('')}</ol>`,
    safety ? `<h2>${t(lang, 'safety')}</h2><p>${escapeHtml(safety)}</p>` : '',
  ].join('\n')
}

export interface ZipEntry {
  path: string
  bytes: number
  sha256: string
}

/**
 * A course pack as one ZIP: the lesson plan (which lists the pack's files with their kind and
 * size), every handout and the linked cheat sheets as printable HTML, the pack's files themselves
 * under materials/, and manifest.json listing each file with its size and SHA-256.
 */
export function coursePackZip(
  pack: Pack,
  cheatSheets: CheatSheet[],
  lang: Lang,
  site: URL,
  materials: ZipMaterial[] = [],
): Uint8Array<ArrayBuffer> {
  const c = localize(pack, lang)
  const files: Record<string, Uint8Array> = {}
  files['lesson-plan.html'] = strToU8(printPage(lang, c.field('title').value, lessonPlan(pack, lang, site, materials)))
  for (const handout of handoutsOf(c.field('handouts').value, pack.content.fi.handouts)) {
    files[`handouts/${handout.key}.html`] = strToU8(
      printPage(
        lang,
        handout.title,
        renderRichText(handout.text, { lang, headingOffset: 1, links: richTextLinks(lang, { absolute: site }) }),
      ),
    )
  }
  for (const sheet of cheatSheets) {
    files[`cheat-sheets/${sheet.slug}.html`] = strToU8(
      printPage(lang, localize(sheet, lang).field('title').value, cheatSheetPage(sheet, lang)),
    )
  }
  for (const material of materials) files[material.path] = material.data
  const entries: ZipEntry[] = Object.entries(files).map(([path, data]) => ({
    path,
    bytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
  }))
  const manifest = {
    title: c.field('title').value,
    language: lang,
    source: new URL(detailPath(lang, 'course-packs', pack.slug), site).href,
    files: entries,
  }
  files['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`)
  // A fixed timestamp keeps the archive byte-identical between builds of the same content.
  const mtime = new Date(pack.updatedAt)
  // Entry names come from slugs and fixed names; checked all the same, as unpacking trusts them.
  const where = `Course pack ${pack.slug} (${lang})`
  // Slides, PDFs and images are compressed already: stored as they are, they cost no build time.
  const stored = new Set(materials.map((material) => material.path))
  const zip = zipSync(
    Object.fromEntries(
      Object.entries(files).map(([path, data]) => [
        safeZipEntryName(path, where),
        [data, { mtime, level: stored.has(path) ? 0 : 9 }],
      ]),
    ),
  )
  // fflate always allocates a plain ArrayBuffer; its types predate typed arrays' buffer parameter,
  // and a Response body must not be a SharedArrayBuffer view.
  return zip as Uint8Array<ArrayBuffer>
}

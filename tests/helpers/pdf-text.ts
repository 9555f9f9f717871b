import { constants, inflateSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'

/**
 * Printing pages to PDF in Chromium, and reading back the PDFs it prints (page.pdf): how many pages, and the text on each page, to
 * check what a printed sheet carries (its source line on every page). Enough for Chromium's (Skia's)
 * output, which writes plain objects, Flate streams and fonts with ToUnicode maps; not a general
 * PDF reader.
 */

/** Pages in a PDF: one "/Type /Page" object per page (the page tree is "/Type /Pages"). */
export const pdfPageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

/** The PDF's objects by number: their text (latin1, so that byte offsets stay byte offsets). */
function objectsOf(pdf: string): Map<number, string> {
  const objects = new Map<number, string>()
  for (const match of pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(match[1]), match[2]!)
  return objects
}

function streamOf(object: string): Buffer {
  const start = object.indexOf('stream') + 'stream'.length
  const from = start + (object.startsWith('\r\n', start) ? 2 : 1)
  // The dictionary's /Length says where the data ends (the data may hold any bytes).
  const length = /\/Length (\d+)(?! \d+ R)/.exec(object.slice(0, start))
  const end = length ? from + Number(length[1]) : object.lastIndexOf('endstream')
  const data = Buffer.from(object.slice(from, end), 'latin1')
  return /\/FlateDecode/.test(object.slice(0, start))
    ? inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH })
    : data
}

/** A font's ToUnicode map: character code → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le')
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(code!, 16), utf16(text!))
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code++)
        map.set(code, String.fromCodePoint(parseInt(text!, 16) + code - parseInt(from!, 16)))
  return map
}

/**
 * The text of each page, in page order, with all white space removed (Chromium places words and
 * line breaks by position, not by space characters): compare with text stripped the same way (squeezed).
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const text = pdf.toString('latin1')
  const objects = objectsOf(text)
  const reference = (object: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(object)?.[1])
  // The page tree may be nested (Skia groups pages by eight): its leaves, in order, are the pages.
  const leaves = (number: number): number[] => {
    const node = objects.get(number)!
    const kids = /\/Kids \[([^\]]*)\]/.exec(node)
    return kids ? [...kids[1]!.matchAll(/(\d+) 0 R/g)].flatMap((match) => leaves(Number(match[1]))) : [number]
  }
  const catalog = [...objects.values()].find((object) => /\/Type \/Catalog\b/.test(object))
  if (!catalog) throw new Error('The PDF has no catalog.')
  const kids = leaves(reference(catalog, 'Pages'))
  return kids.map((number) => {
    const page = objects.get(number)!
    const fonts = new Map<string, Map<number, string>>()
    for (const [, name, fontNumber] of page.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = reference(objects.get(Number(fontNumber))!, 'ToUnicode')
      fonts.set(name!, toUnicode(streamOf(objects.get(cmap)!).toString('latin1')))
    }
    const content = streamOf(objects.get(reference(page, 'Contents'))!).toString('latin1')
    let font = new Map<number, string>()
    let out = ''
    // Each font's codes are two bytes (Identity-H): "/F4 12 Tf" chooses a font, <hex> strings show text.
    for (const [, name, hex] of content.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)>/g)) {
      if (name) font = fonts.get(name) ?? new Map()
      else for (let at = 0; at < hex!.length; at += 4) out += font.get(parseInt(hex!.slice(at, at + 4), 16)) ?? ''
    }
    return squeezed(out)
  })
}

/**
 * Text stripped of white space as pdfPageTexts strips it, to look for it in a page's text; in
 * compatibility form (NFKC), as the fonts' ligatures read back as one character ("ﬁ" for "fi").
 */
export const squeezed = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '')

/** A page as it prints on A4 now, as a reader's browser prints it (print media, no backgrounds). */
export async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4', printBackground: false })
  await page.emulateMedia({ media: 'screen' })
  return pdf
}

/**
 * A file of a course-pack ZIP as it prints, opened on its own as from the unpacked folder: in a
 * fresh tab, since a site page's document would keep the site's rules for the file's inline styles.
 */
export async function printHtmlToPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage()
  try {
    await page.setContent(html, { waitUntil: 'load' })
    return await printToPdf(page)
  } finally {
    await page.close()
  }
}

import { unzipSync } from 'fflate'
import sax from 'sax'

/**
 * The paragraphs of a DOCX file's main text (word/document.xml) as Word shows them, table cells
 * included, read with a conforming XML parser: a file Word could not open fails here.
 */
export function docxParagraphs(docx: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml'])
  const paragraphs: string[] = []
  let current = ''
  let inText = false
  const parser = sax.parser(true)
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (tag) => {
    if (tag.name === 'w:t') inText = true
  }
  parser.onclosetag = (name) => {
    if (name === 'w:t') inText = false
    if (name === 'w:p') {
      paragraphs.push(current)
      current = ''
    }
  }
  parser.ontext = (chunk) => {
    if (inText) current += chunk
  }
  parser.write(xml).close()
  return paragraphs
}

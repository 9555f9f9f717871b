import type { AfterErrorHook } from 'payload'

import { message, type Label } from '../fields/common'

/**
 * Payload checks an uploaded file's type and contents (checkFileRestrictions) with messages that
 * are written in English in its code, not in its translations, and it builds the error's heading
 * without the request's language. An editor who uploads a damaged PDF would read "Invalid PDF
 * file." next to the file field. Each known message is matched here and said again in the editor's
 * language; an unknown one is left as Payload wrote it.
 */
const uploadMessages: { pattern: RegExp; text: (match: RegExpMatchArray, allowed: string) => Label }[] = [
  {
    pattern: /^Invalid (or corrupted )?PDF file\.$/,
    text: () => ({
      fi: 'Tiedosto ei ole kelvollinen PDF-tiedosto, tai se on vioittunut. Tallenna PDF uudelleen ja lataa se sitten.',
      en: 'The file is not a valid PDF, or it is damaged. Save the PDF again and then upload it.',
      sv: 'Filen är inte en giltig PDF eller så är den skadad. Spara PDF:en på nytt och ladda sedan upp den.',
    }),
  },
  {
    pattern: /^Invalid MIME type: (.+)\.$/,
    text: ([, type], allowed) => ({
      fi: `Tämän tyyppistä tiedostoa (${type}) ei voi ladata. Sallittuja ovat ${allowed}.`,
      en: `A file of this type (${type}) cannot be uploaded. Allowed: ${allowed}.`,
      sv: `En fil av den här typen (${type}) kan inte laddas upp. Tillåtna: ${allowed}.`,
    }),
  },
  {
    pattern: /^File type (\S+) \(from extension (.*)\) is not allowed\.$/,
    text: ([, type], allowed) => ({
      fi: `Tämän tyyppistä tiedostoa (${type}) ei voi ladata. Sallittuja ovat ${allowed}. Tarkista myös tiedoston nimen pääte.`,
      en: `A file of this type (${type}) cannot be uploaded. Allowed: ${allowed}. Check the file name's extension too.`,
      sv: `En fil av den här typen (${type}) kan inte laddas upp. Tillåtna: ${allowed}. Kontrollera också filnamnets ändelse.`,
    }),
  },
  {
    pattern: /^File type .* not allowed .*Restricted file type detected/,
    text: () => ({
      fi: 'Tämän tyyppistä tiedostoa ei voi ladata turvallisuussyistä.',
      en: 'A file of this type cannot be uploaded, for security reasons.',
      sv: 'En fil av den här typen kan inte laddas upp av säkerhetsskäl.',
    }),
  },
  {
    pattern: /^SVG file contains potentially harmful content\.$/,
    text: () => ({
      fi: 'SVG-kuvassa on sisältöä, joka voi olla haitallista (esimerkiksi skriptejä). Tallenna kuva PNG-muodossa.',
      en: 'The SVG image contains content that may be harmful (such as scripts). Save the image as a PNG.',
      sv: 'SVG-bilden innehåller något som kan vara skadligt (till exempel skript). Spara bilden som PNG.',
    }),
  },
  {
    pattern: /^Invalid or corrupted ISO base media file\.$/,
    text: () => ({
      fi: 'Videotiedosto on vioittunut.',
      en: 'The video file is damaged.',
      sv: 'Videofilen är skadad.',
    }),
  },
  {
    pattern: /^Could not read uploaded file for (type detection|validation)\.$/,
    text: () => ({
      fi: 'Ladattua tiedostoa ei voitu lukea. Yritä ladata se uudelleen.',
      en: 'The uploaded file could not be read. Try uploading it again.',
      sv: 'Den uppladdade filen kunde inte läsas. Försök ladda upp den igen.',
    }),
  },
]

/** The file types a collection takes, by the names editors know them (PNG, PDF…), from its own config. */
const typeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
}
const allowedTypes = (collection: Parameters<AfterErrorHook>[0]['collection']) => {
  const upload = collection?.upload
  const types = upload && typeof upload === 'object' && Array.isArray(upload.mimeTypes) ? upload.mimeTypes : []
  return types.map((type) => typeNames[type] ?? type).join(', ')
}

/** Payload joins several file problems into one message with ", ". */
function inEditorsLanguage(hook: Parameters<AfterErrorHook>[0], text: string): string | null {
  const allowed = allowedTypes(hook.collection)
  const parts = text.split(/, (?=[A-Z])/)
  const said = parts.map((part) => {
    for (const { pattern, text: label } of uploadMessages) {
      const match = part.match(pattern)
      if (match) return message(hook.req, label(match, allowed))
    }
    return null
  })
  return said.every((part) => part !== null) ? said.join(' ') : null
}

type FieldError = { message?: unknown; path?: unknown; label?: unknown }
type FormattedError = { name?: string; message?: string; data?: { errors?: FieldError[] } }

export const uploadErrorsInEditorsLanguage: AfterErrorHook = (hook) => {
  const { error, req, result } = hook
  const errors = (result as { errors?: FormattedError[] } | undefined)?.errors
  const first = errors?.[0]
  const fieldErrors = first?.data?.errors
  if (!first || !Array.isArray(fieldErrors)) return
  let changed = false
  const rewritten = fieldErrors.map((entry) => {
    if (entry.path !== 'file' || typeof entry.message !== 'string') return entry
    const said = inEditorsLanguage(hook, entry.message)
    if (!said) return entry
    changed = true
    return { ...entry, message: said }
  })
  if (!changed) return
  const heading = req.t('error:followingFieldsInvalid', { count: rewritten.length })
  const fileLabel = message(req, { fi: 'Tiedosto', en: 'File', sv: 'Fil' })
  const paths = rewritten.map((entry) => (entry.path === 'file' ? fileLabel : String(entry.path))).join(', ')
  return {
    response: {
      ...result,
      errors: [{ ...first, message: `${heading} ${paths}`, data: { ...first.data, errors: rewritten } }],
    },
    status: (error as { status?: number }).status ?? 400,
  }
}

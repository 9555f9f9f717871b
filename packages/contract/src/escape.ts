/**
 * One escaping helper per output format the site writes. Content comes from editors (and from
 * contributors' accounts, which can be stolen), so every text that goes into HTML, JSON in HTML,
 * XML (RSS, SVG), CSV, iCalendar or a ZIP entry name goes through the helper for that
 * format, here, and nowhere else. Text that needs no escaping comes out unchanged.
 *
 * Pure functions with no Node imports: the planner's script uses the HTML helper in the browser.
 */

const hex4 = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * JSON for a <script type="application/json"> or <script type="application/ld+json"> element.
 * JSON.stringify leaves "</script>" and "<!--" as they are, which end (or confuse) the element;
 * "<", ">" and "&" become \u escapes, and so do U+2028 and U+2029, which JavaScript before ES2019
 * reads as line ends. JSON.parse gives back exactly the same value.
 */
export function serializeJsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, hex4)
}

/** Characters no XML 1.0 document may hold, escaped or not: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text with the characters XML cannot carry removed, for a library that escapes the rest itself (the RSS feed). */
export function xmlSafeText(value: string): string {
  return value.replace(XML_FORBIDDEN, '')
}

/** Text for XML element content or a quoted attribute value (SVG images). */
export function escapeXml(value: string): string {
  return escapeHtml(xmlSafeText(value))
}

/**
 * A cell of a spreadsheet download (RFC 4180). A text that starts with = + - @, a tab or a carriage
 * return is a formula to Excel, LibreOffice and Google Sheets; it gets a leading single quote so
 * that it is shown as text (OWASP, "CSV Injection"). Numbers stay numbers, with the decimal
 * separator the file's spreadsheet expects. Quoted when it holds
 * a quote, a comma, a semicolon (the separator of Finnish Excel) or a line break.
 */
export function csvCell(value: unknown, decimalSeparator: '.' | ',' = '.'): string {
  if (value === null || value === undefined) return ''
  // A number is written as the spreadsheet of the file's language reads one: 4,4 for Finnish Excel.
  if (typeof value === 'number') return String(value).replace('.', decimalSeparator)
  let text = String(value)
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Text for an iCalendar TEXT value (SUMMARY, DESCRIPTION, LOCATION), before the `ics` package
 * escapes it: `ics` already escapes backslashes, commas, semicolons and CRLF or LF line breaks
 * (RFC 5545, 3.3.11), so they are left to it. What it lets through is removed or made plain here:
 * a bare CR (which ends a content line) becomes a line break, and the other control characters,
 * which TEXT may not hold, are dropped.
 */
export function icsText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
}

const ICS_LINE_OCTETS = 75

/** Octets of one code point in UTF-8. */
const utf8Length = (char: string) => {
  const code = char.codePointAt(0)!
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * Folds every content line of an iCalendar file at 75 octets (RFC 5545, 3.1). The `ics` package
 * folds at 75 characters, so a line with ä, ö or emoji is longer than the standard allows. The
 * lines are unfolded and folded again by UTF-8 octets, never inside a character; a continuation
 * starts with a tab, as `ics` writes it, so lines of plain ASCII come out as they were.
 */
export function foldIcsLines(ics: string): string {
  const lines = ics.replace(/\r\n[\t ]/g, '').split('\r\n')
  return lines
    .map((line) => {
      if ([...line].reduce((sum, char) => sum + utf8Length(char), 0) <= ICS_LINE_OCTETS) return line
      const parts: string[] = []
      let part = ''
      let octets = 0
      let limit = ICS_LINE_OCTETS
      for (const char of line) {
        const size = utf8Length(char)
        if (octets + size > limit) {
          parts.push(part)
          part = ''
          octets = 0
          // Every line after the first starts with the folding tab, which counts.
          limit = ICS_LINE_OCTETS - 1
        }
        part += char
        octets += size
      }
      parts.push(part)
      return parts.join('\r\n\t')
    })
    .join('\r\n')
}

export class UnsafeZipEntryError extends Error {
  override name = 'UnsafeZipEntryError'
}

/**
 * A ZIP entry name made only of safe path segments (lower-case letters, digits, hyphens, dots
 * inside a name): never absolute, never "..", no backslash or control character, so unpacking
 * cannot write outside the folder it is unpacked into. Anything else is a bug upstream; it throws.
 */
export function safeZipEntryName(name: string, where: string): string {
  const segments = name.split('/')
  const safe = name.length <= 200 && segments.every((segment) => /^[a-z0-9](?:[a-z0-9-]|\.(?!\.))*$/.test(segment))
  if (!safe)
    throw new UnsafeZipEntryError(`${where}: the ZIP entry name ${JSON.stringify(name)} is not a safe relative path`)
  return name
}

import ICAL from 'ical.js'
import { createEvents } from 'ics'
import sax from 'sax'
import { describe, expect, it } from 'vitest'

import {
  csvCell,
  escapeHtml,
  escapeXml,
  foldIcsLines,
  icsText,
  safeZipEntryName,
  serializeJsonForHtml,
  UnsafeZipEntryError,
  xmlSafeText,
} from '@toolkit/contract/escape'
import { planDocument } from '../../site/src/lib/planner'
import { parseCsv } from '../helpers/csv'
import { hostileStrings, lettersThatMustSurvive, XML_FORBIDDEN } from '../helpers/hostile-strings'

// Every helper gets every hostile string, and its output is read back with a real parser of that
// format: the text must come back as text, and Finnish letters and emoji exactly as they were.
const cases = hostileStrings.map((text) => [JSON.stringify(text).slice(0, 60), text] as const)

/** The text of an XML element, as a conforming parser reads it. */
function xmlText(xml: string): string {
  let text = ''
  const parser = sax.parser(true)
  parser.onerror = (error) => {
    throw error
  }
  parser.ontext = (chunk) => (text += chunk)
  parser.write(xml).close()
  return text
}

describe('JSON inside an HTML <script> element', () => {
  it.each(cases)(
    '%s: no character that can end or confuse the element, and JSON.parse gives the value back',
    (_, text) => {
      const value = { name: text, nested: [text, { text }] }
      const json = serializeJsonForHtml(value)
      expect(json).not.toMatch(/[<>&\u2028\u2029]/)
      expect(JSON.parse(json)).toEqual(value)
    },
  )

  it('leaves text that needs no escaping as JSON.stringify writes it', () => {
    const value = { name: lettersThatMustSurvive, count: 3, none: null }
    expect(serializeJsonForHtml(value)).toBe(JSON.stringify(value))
  })

  it('writes the closing tag of reproduction 5 as a \\u escape', () => {
    expect(serializeJsonForHtml('</script><!--')).toBe('"\\u003c/script\\u003e\\u003c!--"')
  })
})

describe('HTML text', () => {
  it.each(cases)('%s: no markup character is left, and the entities decode back to the text', (_, text) => {
    const html = escapeHtml(text)
    expect(html).not.toMatch(/[<>"']/)
    expect(html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))).toBe(text)
  })
})

describe('XML text (SVG, RSS)', () => {
  it.each(cases)(
    '%s: parses as an element of a strict XML parser and reads back as the same text, less what XML forbids',
    (_, text) => {
      const xml = `<text label="${escapeXml(text)}">${escapeXml(text)}</text>`
      expect(xml).not.toMatch(XML_FORBIDDEN)
      const expected = text.replace(new RegExp(XML_FORBIDDEN.source, 'g'), '')
      expect(xmlText(xml)).toBe(expected)
      expect(xmlSafeText(text)).toBe(expected)
    },
  )

  it('keeps Finnish letters, emoji and right-to-left marks', () => {
    expect(escapeXml(lettersThatMustSurvive)).toBe(lettersThatMustSurvive)
    expect(xmlSafeText('a\u202Eb')).toBe('a\u202Eb')
  })
})

describe('CSV cells', () => {
  it.each(cases)(
    '%s: no cell starts as a formula, and the text comes back behind at most one quote mark',
    (_, text) => {
      const line = ['slug', text, 4.5].map((cell) => csvCell(cell)).join(',')
      // A line break inside a cell is quoted, so the row stays one row.
      const cells = parseCsv(line)[0]!
      expect(cells).toHaveLength(3)
      expect(cells[1]).not.toMatch(/^[=+\-@\t\r]/)
      expect(cells[1] === text || cells[1] === `'${text}`).toBe(true)
    },
  )

  it('neutralises each formula start that OWASP lists, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toMatch(/^"?'/)
    expect(csvCell('Tyttö 1')).toBe('Tyttö 1')
    expect(csvCell('1-2')).toBe('1-2')
  })

  it('keeps numbers as numbers, negative ones too', () => {
    expect(csvCell(-2)).toBe('-2')
    expect(csvCell(4.5)).toBe('4.5')
    expect(csvCell(null)).toBe('')
  })

  it('quotes separators and quotes', () => {
    expect(csvCell('"quoted, with; separators"')).toBe('"""quoted, with; separators"""')
    expect(csvCell('a\nb')).toBe('"a\nb"')
  })
})

describe('iCalendar text', () => {
  const calendar = (title: string) => {
    const { error, value } = createEvents([
      {
        uid: 'x@example.org',
        title: icsText(title),
        description: icsText(title),
        location: icsText(title),
        start: Date.UTC(2026, 0, 1),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { hours: 1 },
        productId: 'test',
      },
    ])
    if (error || !value) throw error ?? new Error('no calendar')
    return foldIcsLines(value)
  }

  it.each(cases)(
    '%s: the calendar parses and the summary comes back as the text, less the control characters TEXT may not hold',
    (_, text) => {
      const ics = calendar(text)
      for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75)
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
      const expected = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      expect(event.summary).toBe(expected)
      expect(event.description).toBe(expected)
      expect(event.location).toBe(expected)
    },
  )

  it('leaves backslashes, commas and semicolons to the ics package (escaped once)', () => {
    expect(icsText('a\\b, c; d')).toBe('a\\b, c; d')
    expect(calendar('a\\b, c; d')).toContain('SUMMARY:a\\\\b\\, c\\; d\r\n')
  })

  it('folds by octets without cutting a character, and leaves plain ASCII folded as ics folds it', () => {
    const ascii = calendar('x'.repeat(300))
    expect(foldIcsLines(ascii)).toBe(ascii)
    const { value } = createEvents([
      {
        uid: 'x@example.org',
        title: 'x'.repeat(300),
        start: Date.UTC(2026, 0, 1),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { hours: 1 },
        productId: 'test',
      },
    ])
    expect(foldIcsLines(value!)).toBe(value)
    const finnish = foldIcsLines(`SUMMARY:${'äö👋'.repeat(60)}\r\n`)
    expect(finnish.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(finnish.replace(/\r\n\t/g, '')).toBe(`SUMMARY:${'äö👋'.repeat(60)}\r\n`)
  })
})

describe('the downloaded plan document', () => {
  // Its body is the page's plan, made of text nodes (the browser escapes it); what planDocument adds
  // itself — the title and the closing line with the plan's address — is escaped here.
  it.each(cases)('%s: as the title and the closing line, stays text inside the one h1, title and footer', (_, text) => {
    const html = planDocument({ lang: 'fi', title: text, body: '<h3>Osa</h3>', footer: text })
    for (const tag of ['h1', 'title', 'footer', 'html', 'body', 'main'])
      expect(html.match(new RegExp(`<${tag}\\b`, 'g'))).toHaveLength(1)
    expect(html).not.toMatch(/<(?:img|script|b|iframe|svg|a)\b/)
    // escapeHtml writes every special character as a numeric reference (see 'HTML text' above).
    const decode = (value: string) => value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    expect(decode(html.match(/<h1>([^<]*)<\/h1>/)![1]!)).toBe(text)
    expect(decode(html.match(/<footer><p>([^<]*)<\/p><\/footer>/)![1]!)).toBe(text)
  })
})

describe('ZIP entry names', () => {
  it('accepts the names a course pack uses', () => {
    for (const name of [
      'lesson-plan.html',
      'manifest.json',
      'handouts/moniste-1.html',
      'cheat-sheets/nain-luot-salasanan.html',
    ]) {
      expect(safeZipEntryName(name, 'pack')).toBe(name)
    }
  })

  it.each([
    ...hostileStrings,
    '',
    '/etc/passwd',
    '../x.html',
    'handouts/../../x.html',
    'a//b.html',
    'C:\\x.html',
    'handouts\\x.html',
    'x\u0000.html',
    '.hidden',
    'a/..',
    `${'a'.repeat(300)}.html`,
  ])('refuses %j with an error naming the pack', (name) => {
    expect(() => safeZipEntryName(name, 'course pack kurssi-1')).toThrow(UnsafeZipEntryError)
    expect(() => safeZipEntryName(name, 'course pack kurssi-1')).toThrow(/course pack kurssi-1/)
  })
})

/**
 * Text an editor (or an attacker with a contributor's account) can type into any field, chosen to
 * break out of each output format the site writes: HTML and JSON in <script>, CSV opened in a
 * spreadsheet, iCalendar, RSS and SVG (XML), Markdown, and file names. Every escaping helper and
 * the hostile-content build test use this one list.
 */

/** Issue 13, reproduction 5: written raw into the event page's JSON-LD, it redirected every visitor. */
export const redirectingTitle = 'Testi</script><meta http-equiv="refresh" content="0;url=https://example.com/">'

/** A cell a spreadsheet would run as a formula. */
export const formulaName = '=HYPERLINK("http://x","Klikkaa")'

export const hostileStrings: readonly string[] = [
  redirectingTitle,
  '</script><script>alert(1)</script>',
  '<!--',
  '<!-- <script>',
  'rivi\u2028erotin\u2029kappale',
  formulaName,
  '=HYPERLINK("http://x")',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '"quoted, with; separators"',
  'ensimmäinen rivi\ntoinen rivi\r\nkolmas\rneljäs',
  'back\\slash \\n \\, \\; \\\\',
  ']]>',
  '&amp; &lt;b&gt; &#60;',
  'oikealta \u202Evasemmalle\u202C',
  'NUL\u0000merkki ja \u0001\u001b[31m ohjausmerkit \u007f',
  '# Otsikko\n- lista\n> lainaus\n1. numero\n===\n    koodi',
  '[linkki](javascript:alert(1)) ![kuva](https://example.com/x.png) <https://example.com> **lihava** _vino_ `koodi` <b>html</b> | taulu |',
  '../../etc/passwd',
  '/juuri\\polku:C:*?',
  'Hyvää päivää 👋🏽 äöå ÄÖÅ – Ærø 🇫🇮',
  `pitkä ${'äö👋 '.repeat(400)}loppu`,
]

/** Finnish letters and emoji that every output must keep exactly as they are. */
export const lettersThatMustSurvive = 'Hyvää päivää 👋🏽 äöå ÄÖÅ – Ærø 🇫🇮'

/** Characters XML 1.0 does not allow anywhere in a document (C0 controls except tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
export const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

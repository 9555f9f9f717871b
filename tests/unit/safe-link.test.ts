import { describe, expect, it } from 'vitest'

import { safeLinkUrl } from '../../cms/src/fields/richText'
import { isSafeLink } from '@toolkit/contract/safe-link'
import type { RichText } from '@toolkit/contract/snapshot'
import { finnishWithoutReferences } from '../helpers/rich-text'
import { renderRichText } from '../../site/src/lib/rich-text'

/**
 * One link rule for the CMS (refuses the save) and the site (renders the link as plain text):
 * both must agree on every address below.
 */
const hostile = [
  '//evil.example/x',
  '///evil.example/x',
  '/\\evil.example',
  '\\\\evil',
  '\\/evil.example',
  ' javascript:alert(1)',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JavaScript:void(0)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://files.example.org/x',
  'https:evil.example',
  'https://',
  'https:// evil.example',
  'https://ok.example/\u0000',
  'https://ok.example/\u202E',
  'https://ok.example/ x',
  '/fi/haku\u2028',
  '\u00A0/fi/',
  'mailto:',
  'tel:',
  'tel:+358 40 123 ',
  'tel:358;phone-context=evil',
  'fi/haku',
  '?q=x',
  '',
]

const safe = [
  'https://ok.example/ä',
  'https://www.suomi.fi/',
  'HTTPS://WWW.SUOMI.FI/',
  'http://example.org/x?y=1#z',
  '/',
  '/fi/haku/?q=x',
  '/fi/tyokalut/#osio',
  '#top',
  'mailto:a@b.fi',
  'mailto:info@example.org?subject=Hei',
  'tel:+358 40 123',
  'tel:+358 (9) 123-456',
]

const link = (url: string) =>
  ({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', fields: { url }, children: [{ type: 'text', text: 'linkki' }] }],
        },
      ],
    },
  }) as unknown as RichText

describe('the one safe-link rule', () => {
  it.each(hostile)('refuses %j', (url) => {
    expect(isSafeLink(url)).toBe(false)
  })

  it.each(safe)('accepts %j', (url) => {
    expect(isSafeLink(url)).toBe(true)
  })

  it('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://ok.example/']]) expect(isSafeLink(value)).toBe(false)
  })
})

describe('the CMS validates rich-text links with it', () => {
  const validate = (url: string, language?: string) =>
    (safeLinkUrl as (value: string, options: { req?: { i18n: { language?: string } } }) => true | string)(url, {
      req: { i18n: { language } },
    })

  it.each(hostile.filter((url) => url !== ''))('refuses %j with a message, in Finnish by default', (url) => {
    expect(validate(url)).toMatch(/^Linkin osoite: /)
  })

  it.each([
    ['fi', /^Linkin osoite: /],
    ['en', /^Link URL: /],
    ['sv', /^Länkadress: /],
  ])('says it in the editor’s interface language (%s)', (language, expected) => {
    expect(validate('javascript:alert(1)', language)).toMatch(expected)
  })

  it.each(safe)('accepts %j', (url) => {
    expect(validate(url)).toBe(true)
  })
})

describe('the site renders an unsafe link as plain text', () => {
  it.each(hostile)('%j becomes text', (url) => {
    expect(renderRichText(link(url), finnishWithoutReferences)).toBe('<p>linkki</p>')
  })

  it.each(safe)('%j stays a link', (url) => {
    expect(renderRichText(link(url), finnishWithoutReferences)).toMatch(/^<p><a href="[^"]+">linkki<\/a><\/p>$/)
  })
})

import { describe, expect, it } from 'vitest'

import type { RichText } from '@toolkit/contract/snapshot'
import { finnishWithoutReferences } from '../helpers/rich-text'
import { renderRichText, richTextToPlain, safeHref } from '../../site/src/lib/rich-text'

const doc = (...children: object[]) => ({ root: { type: 'root', children } }) as RichText
const text = (value: string, format = 0) => ({ type: 'text', text: value, format })

describe('rich text rendering', () => {
  it('escapes text so content can never inject markup', () => {
    const html = renderRichText(
      doc({ type: 'paragraph', children: [text('<script>alert(1)</script> & "x"')] }),
      finnishWithoutReferences,
    )
    expect(html).toBe('<p>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;x&#34;</p>')
  })

  it('renders formatting bits, lists and headings below the page title', () => {
    const html = renderRichText(
      doc(
        { type: 'heading', tag: 'h1', children: [text('Otsikko')] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('yksi', 1 | 2)] }] },
      ),
      finnishWithoutReferences,
    )
    expect(html).toBe('<h2>Otsikko</h2><ol><li><em><strong>yksi</strong></em></li></ol>')
  })

  it('keeps safe links and drops javascript: and data: links but keeps their text', () => {
    const link = (url: string) =>
      doc({ type: 'paragraph', children: [{ type: 'link', fields: { url }, children: [text('linkki')] }] })
    expect(renderRichText(link('https://www.suomi.fi/'), finnishWithoutReferences)).toBe(
      '<p><a href="https://www.suomi.fi/">linkki</a></p>',
    )
    expect(renderRichText(link('javascript:alert(1)'), finnishWithoutReferences)).toBe('<p>linkki</p>')
    expect(renderRichText(link(' data:text/html,x'), finnishWithoutReferences)).toBe('<p>linkki</p>')
    expect(safeHref('mailto:info@example.org')).toBe('mailto:info@example.org')
    expect(safeHref('JAVASCRIPT:void(0)')).toBeNull()
  })

  it('renders unknown nodes as their text and empty paragraphs as nothing', () => {
    expect(
      renderRichText(
        doc({ type: 'mystery', children: [text('sisältö')] }, { type: 'paragraph', children: [] }),
        finnishWithoutReferences,
      ),
    ).toBe('sisältö')
  })

  it('extracts plain text for descriptions and search', () => {
    expect(richTextToPlain(doc({ type: 'paragraph', children: [text('Hei'), text(' maailma')] }))).toBe('Hei maailma')
    expect(richTextToPlain(null)).toBe('')
  })
})

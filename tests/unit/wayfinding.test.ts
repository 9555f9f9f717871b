import { describe, expect, it } from 'vitest'

import { contactHref } from '@toolkit/contract/safe-link'

import { navigationCurrent, neighbours, pageFeedbackHref } from '../../site/src/lib/wayfinding'

describe('the feedback link of a page', () => {
  it('gives a mailto: address the page as its subject, percent-encoded', () => {
    expect(
      pageFeedbackHref(
        'mailto:palaute@example.org',
        'Palaute sivusta https://x.example/fi/tyokalut/',
        'https://x.example/fi/tyokalut/',
      ),
    ).toBe('mailto:palaute@example.org?subject=Palaute%20sivusta%20https%3A%2F%2Fx.example%2Ffi%2Ftyokalut%2F')
  })

  it('lets nothing in the subject add fields to the message', () => {
    const href = pageFeedbackHref(
      'mailto:palaute@example.org',
      'Sivu https://x.example/?a=1&body=hei&cc=other@example.org#x',
      'https://x.example/?a=1&body=hei&cc=other@example.org#x',
    )
    expect([...new URL(href).searchParams.keys()]).toEqual(['subject'])
    expect(new URL(href).searchParams.get('subject')).toBe(
      'Sivu https://x.example/?a=1&body=hei&cc=other@example.org#x',
    )
  })

  it("leaves a form's address and a mailto: link with fields of its own as the editor wrote them", () => {
    expect(pageFeedbackHref('https://example.org/palaute', 'Sivu', 'https://x.example/fi/')).toBe(
      'https://example.org/palaute',
    )
    expect(pageFeedbackHref('mailto:palaute@example.org?subject=Palaute', 'Sivu', 'https://x.example/fi/')).toBe(
      'mailto:palaute@example.org?subject=Palaute',
    )
  })
})

describe("the site's own feedback form as the channel", () => {
  it('is told the page in one percent-encoded parameter, in the language of the link', () => {
    const href = pageFeedbackHref('/sv/respons/', 'Sida', 'https://x.example/sv/verktyg/?a=1&b=2#x')
    const url = new URL(href, 'https://x.example')
    expect(url.pathname).toBe('/sv/respons/')
    expect([...url.searchParams.keys()]).toEqual(['page'])
    expect(url.searchParams.get('page')).toBe('https://x.example/sv/verktyg/?a=1&b=2#x')
  })

  it('is a contact channel editors may name, given in the reader’s language', () => {
    expect(contactHref('/fi/palaute/', 'en')).toBe('/en/feedback/')
    expect(contactHref('/en/feedback/', 'sv')).toBe('/sv/respons/')
    // Any other path of the site is not a channel: it could lead anywhere on the site.
    expect(contactHref('/fi/tietoa/', 'fi')).toBeNull()
    expect(contactHref('//evil.example/fi/palaute/', 'fi')).toBeNull()
    expect(contactHref('/fi/palaute', 'fi')).toBeNull()
  })
})

describe('the current section in the main navigation', () => {
  it('is the page itself on its list page and the section on the pages under it', () => {
    expect(navigationCurrent('/fi/lunttilaput/', '/fi/lunttilaput/', '/fi/')).toBe('page')
    expect(navigationCurrent('/fi/lunttilaput/', '/fi/lunttilaput/videopuhelu/', '/fi/')).toBe('true')
    expect(navigationCurrent('/fi/lunttilaput/', '/fi/tyokalut/', '/fi/')).toBeUndefined()
  })

  it('marks the home page only on the home page, although every page is under it', () => {
    expect(navigationCurrent('/fi/', '/fi/', '/fi/')).toBe('page')
    expect(navigationCurrent('/fi/', '/fi/lunttilaput/', '/fi/')).toBeUndefined()
  })
})

describe('previous and next', () => {
  const ordered = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }]
  it('are the neighbours in the reading order, none past either end', () => {
    expect(neighbours(ordered, 'a')).toEqual({ previous: null, next: { slug: 'b' } })
    expect(neighbours(ordered, 'b')).toEqual({ previous: { slug: 'a' }, next: { slug: 'c' } })
    expect(neighbours(ordered, 'c')).toEqual({ previous: { slug: 'b' }, next: null })
    expect(neighbours(ordered, 'x')).toEqual({ previous: null, next: null })
  })
})

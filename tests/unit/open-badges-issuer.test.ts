import { describe, expect, it } from 'vitest'

import {
  achievement,
  type Badge,
  hasOpenBadges2,
  issuerId,
  issuerProfile,
  openBadges2Omissions,
} from '../../site/src/lib/open-badges'

// Open Badges 2.0 needs the issuer's e-mail: without it no 2.0 document is published, nothing
// points to one, and the build says why. These badges name their own issuer, so no site settings
// are read; tests/integration/event-outputs.test.ts builds a site whose settings' issuer has none.
const site = new URL('https://toolkit.example.org')
const badge = (slug: string, issuer: Badge['issuer']) =>
  ({
    slug,
    issuer,
    image: null,
    level: null,
    digcomp22: [],
    digcomp30: [],
    content: {
      fi: { name: `Merkki ${slug}`, description: 'Kuvaus.', criteria: 'Kriteerit.', evidence: [] },
      en: null,
      sv: null,
    },
  }) as unknown as Badge

const withEmail = badge('a', { name: 'Toinen yhdistys ry', email: 'merkit@toinen.example.org', url: null })
const withAddressOnly = badge('b', { name: 'Kolmas ry', email: null, url: 'https://kolmas.example.org/' })
const withNameOnly = badge('c', { name: 'Kolmas ry', email: null, url: null })

describe('the issuer of a badge without Open Badges 2.0', () => {
  it('has no 2.0 Issuer document: writing one without the e-mail is refused', () => {
    expect(hasOpenBadges2(withEmail)).toBe(true)
    expect(issuerProfile(withEmail, site).email).toBe('merkit@toinen.example.org')
    expect(hasOpenBadges2(withAddressOnly)).toBe(false)
    expect(() => issuerProfile(withAddressOnly, site)).toThrow(/"b".*e-mail/)
  })

  it('is identified in the 3.0 data by an address that exists, never by the left-out document', () => {
    expect(issuerId(withEmail, 'fi', site)).toBe(
      'https://toolkit.example.org/openbadges/issuers/toinen-yhdistys-ry.json',
    )
    expect(issuerId(withAddressOnly, 'fi', site)).toBe('https://kolmas.example.org/')
    expect(issuerId(withNameOnly, 'sv', site)).toBe('https://toolkit.example.org/sv/marken/c/')
    expect(achievement(withAddressOnly, 'en', site).creator.id).toBe('https://kolmas.example.org/')
  })

  it('is named in one line of the build output, with how many of its badges lose their 2.0 data', () => {
    expect(openBadges2Omissions([withEmail])).toBeNull()
    const line = openBadges2Omissions([withEmail, withAddressOnly, withNameOnly])!
    expect(line.split('\n')).toHaveLength(1)
    expect(line).toContain('"Kolmas ry" (2 badges)')
    expect(line).not.toContain('Toinen yhdistys ry')
    expect(line).toContain("2.0 requires the issuer's e-mail")
    expect(line).toContain('ISSUER_EMAIL')
  })
})

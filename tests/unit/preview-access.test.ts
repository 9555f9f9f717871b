import { describe, expect, it } from 'vitest'

import {
  previewSecretProblem,
  rebuildToken,
  signPreviewToken,
  verifyPreviewToken,
} from '@toolkit/contract/preview-access'

// A hosted preview shows drafts only to a browser that brings a signature made with the secret
// the CMS and the preview share: tried here as someone without the secret would.
const secret = 'a'.repeat(40)
const now = Date.UTC(2026, 10, 30, 12)

describe('signed preview access', () => {
  it('accepts a link it signed, until it expires', () => {
    const token = signPreviewToken(secret, 'link', 60, now)
    expect(verifyPreviewToken(secret, 'link', token, now)).toBe(true)
    expect(verifyPreviewToken(secret, 'link', token, now + 59_000)).toBe(true)
    expect(verifyPreviewToken(secret, 'link', token, now + 60_000)).toBe(false)
  })

  it('refuses a token made with another secret, for another purpose, or changed in any way', () => {
    const token = signPreviewToken(secret, 'link', 600, now)
    expect(verifyPreviewToken('b'.repeat(40), 'link', token, now)).toBe(false)
    // A link cannot be used as a session cookie, nor the other way round.
    expect(verifyPreviewToken(secret, 'session', token, now)).toBe(false)
    const [expires, signature] = token.split('.') as [string, string]
    // A later expiry with the old signature.
    expect(verifyPreviewToken(secret, 'link', `${Number(expires) + 3600}.${signature}`, now)).toBe(false)
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`
    expect(verifyPreviewToken(secret, 'link', `${expires}.${flipped}`, now)).toBe(false)
  })

  it.each([
    ['nothing', undefined],
    ['an empty string', ''],
    ['a number', 12345],
    ['no signature', '99999999999'],
    ['a signature only', '.abc'],
    ['an expiry that is not a number', `soon.${'A'.repeat(43)}`],
    ['a very long string', `${'9'.repeat(500)}.${'A'.repeat(43)}`],
    ['spaces and quotes', `1 ".${'A'.repeat(43)}`],
  ])('refuses %s without throwing', (_name, token) => {
    expect(verifyPreviewToken(secret, 'session', token, now)).toBe(false)
  })

  it('derives the rebuild token from the secret, the same on both sides and different for another secret', () => {
    expect(rebuildToken(secret)).toBe(rebuildToken(secret))
    expect(rebuildToken(secret)).not.toBe(rebuildToken('b'.repeat(40)))
    expect(rebuildToken(secret)).not.toContain(secret)
  })

  it('refuses a missing or short secret, naming the variable', () => {
    expect(previewSecretProblem(undefined)).toMatch(/PREVIEW_SECRET is not set/)
    expect(previewSecretProblem('short')).toMatch(/PREVIEW_SECRET is 5 characters long/)
    expect(previewSecretProblem(secret)).toBeNull()
  })
})

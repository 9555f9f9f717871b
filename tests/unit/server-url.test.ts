import { afterEach, describe, expect, it, vi } from 'vitest'

// What PAYLOAD_PUBLIC_SERVER_URL turns on: the CSRF allowlist and Secure session cookies.
async function load(value: string | undefined) {
  vi.resetModules()
  if (value === undefined) vi.stubEnv('PAYLOAD_PUBLIC_SERVER_URL', '')
  else vi.stubEnv('PAYLOAD_PUBLIC_SERVER_URL', value)
  return import('../../cms/src/serverUrl')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the CMS address', () => {
  it('an https address: Secure cookies, and Payload allows cookies only from that origin', async () => {
    const settings = await load('https://cms.example.org/')
    expect(settings.serverURL).toBe('https://cms.example.org')
    expect(settings.secureCookies).toBe(true)
    expect(settings.csrfOrigins).toEqual([])
  })

  it('a loopback address (npm start): its twin host is allowed too, cookies are not Secure over http', async () => {
    const settings = await load('http://localhost:3000')
    expect(settings.secureCookies).toBe(false)
    expect(settings.csrfOrigins).toEqual(['http://127.0.0.1:3000', 'http://[::1]:3000'])
  })

  it('unset: nothing is configured (cms/server.ts refuses a public interface in production)', async () => {
    const settings = await load(undefined)
    expect(settings.serverURL).toBeUndefined()
    expect(settings.secureCookies).toBe(false)
  })

  it.each(['cms.example.org', 'javascript:alert(1)', 'ftp://cms.example.org'])(
    'refuses "%s" with a message that names the variable',
    async (value) => {
      await expect(load(value)).rejects.toThrow(/PAYLOAD_PUBLIC_SERVER_URL/)
    },
  )
})

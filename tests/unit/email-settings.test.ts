import { describe, expect, it } from 'vitest'

import { describeEmailSettings, plainTextOf, readEmailSettings } from '../../cms/src/email'
import { resetPasswordMail } from '../../cms/src/emailMessages'

// The e-mail settings an operator gives the CMS: log-only without SMTP_HOST, and every half or
// malformed configuration refused at start with the variable named.
const CMS = 'https://cms.example.org'
const smtp = { SMTP_HOST: 'smtp.example.org', EMAIL_FROM_ADDRESS: 'cms@example.org' }

describe('readEmailSettings', () => {
  it('without SMTP_HOST, e-mail is only logged, and says so', () => {
    const settings = readEmailSettings({}, undefined)
    expect(settings.kind).toBe('log-only')
    expect(describeEmailSettings(settings)).toMatch(/NOT sent/)
  })

  it('SMTP with the defaults: port 587, STARTTLS when offered, no authentication', () => {
    expect(readEmailSettings(smtp, CMS)).toEqual({
      kind: 'smtp',
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      fromAddress: 'cms@example.org',
      fromName: 'Digiosallisuus CMS',
    })
    const full = readEmailSettings(
      { ...smtp, SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_USER: 'cms', SMTP_PASSWORD: ' salainen ' },
      CMS,
    )
    expect(full).toMatchObject({ port: 465, secure: true, auth: { user: 'cms', pass: ' salainen ' } })
    expect(describeEmailSettings(full)).not.toContain('salainen')
  })

  it.each([
    [{ SMTP_HOST: 'smtp.example.org' }, CMS, 'EMAIL_FROM_ADDRESS'],
    [{ ...smtp, SMTP_PORT: 'smtp' }, CMS, 'SMTP_PORT'],
    [{ ...smtp, SMTP_PORT: '70000' }, CMS, 'SMTP_PORT'],
    [{ ...smtp, SMTP_SECURE: 'kyllä' }, CMS, 'SMTP_SECURE'],
    [{ ...smtp, SMTP_USER: 'cms' }, CMS, 'SMTP_PASSWORD'],
    [{ ...smtp, SMTP_PASSWORD: 'salainen' }, CMS, 'SMTP_USER'],
    [{ ...smtp, EMAIL_FROM_ADDRESS: 'CMS <cms@example.org>' }, CMS, 'EMAIL_FROM_ADDRESS'],
    [{ ...smtp, EMAIL_FROM_NAME: 'CMS"\r\nBcc: x@example.org' }, CMS, 'EMAIL_FROM_NAME'],
    [smtp, undefined, 'PAYLOAD_PUBLIC_SERVER_URL'],
    [{ SMTP_PORT: '2525' }, CMS, 'SMTP_PORT'],
  ])('refuses %j naming the variable', (env, address, variable) => {
    expect(() => readEmailSettings(env, address)).toThrow(variable)
  })

  it('never puts the password in its error messages', () => {
    expect(() =>
      readEmailSettings({ ...smtp, SMTP_PORT: 'x', SMTP_PASSWORD: 'salainen', SMTP_USER: 'u' }, CMS),
    ).toThrow(/^(?!.*salainen)/s)
  })
})

describe('the text part of an HTML mail', () => {
  it('is the same text as the HTML shows, with the link and escaped characters restored', () => {
    const mail = resetPasswordMail('fi', { email: 'a&b<c>@example.org', link: `${CMS}/admin/reset/abc123` })
    const text = plainTextOf(mail.html)
    expect(text).toBe(mail.text)
    expect(mail.html).not.toContain('a&b<c>')
  })
})

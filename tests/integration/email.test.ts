import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type Mailbox, type ReceivedMail, startMailbox } from '../../scripts/lib/mailbox'
import { minimalDocument } from '../helpers/documents'

// E-mail as a person meets it, over REST against a real SMTP receiver on loopback: the reset mail
// arrives and its link works once, an invitation lets a new user set their own password, editors
// hear of a draft marked ready for review once, and a save never depends on the SMTP server.

const SERVER_URL = 'http://cms.test'
const FROM = 'cms@example.org'
const SMTP_USER = 'cms-mailer'
const SMTP_PASSWORD = 'smtp-salasana-9'

let mailbox: Mailbox
let payload: Payload
let rest: typeof import('../helpers/rest').rest
let restLogin: typeof import('../helpers/rest').restLogin
let backgroundMailSettled: typeof import('../../cms/src/email').backgroundMailSettled
let adminToken = ''
let contributorToken = ''
const environmentBefore: Record<string, string | undefined> = {}

/** Every mail the receiver has kept, oldest first. */
const received = (): ReceivedMail[] => mailbox.received
const mailsTo = (address: string) => received().filter((entry) => entry.to.includes(address))
const htmlOf = (entry: ReceivedMail) => (typeof entry.mail.html === 'string' ? entry.mail.html : '')

/** The token of the admin's reset page that a mail links to, checked in both the text and the HTML. */
function resetTokenIn(entry: ReceivedMail): string {
  const pattern = new RegExp(`${SERVER_URL.replace(/\./g, '\\.')}/admin/reset/([0-9a-f]{20,})`)
  const inText = pattern.exec(entry.mail.text ?? '')
  const inHtml = pattern.exec(htmlOf(entry))
  expect(inText?.[1], 'link in the text part').toBeTruthy()
  expect(inHtml?.[1]).toBe(inText?.[1])
  return inText![1]!
}

async function createUser(email: string, role: 'contributor' | 'editor' | 'admin', password: string) {
  return payload.create({ collection: 'users', data: { email, password, role } as never })
}

beforeAll(async () => {
  // A real SMTP server that demands the password and offers no STARTTLS (it has no certificate).
  mailbox = await startMailbox(0, SMTP_USER, SMTP_PASSWORD)
  // The CMS's configuration is read when its modules load: set the variables first.
  const settings = {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_USER,
    SMTP_PASSWORD,
    EMAIL_FROM_ADDRESS: FROM,
    EMAIL_FROM_NAME: 'Toolkit CMS',
    PAYLOAD_PUBLIC_SERVER_URL: SERVER_URL,
  }
  for (const name of Object.keys(settings)) environmentBefore[name] = process.env[name]
  Object.assign(process.env, settings)
  const { startPayload } = await import('../../scripts/lib/payload')
  ;({ rest, restLogin } = await import('../helpers/rest'))
  ;({ backgroundMailSettled } = await import('../../cms/src/email'))
  payload = await startPayload()
  await createUser('admin@example.org', 'admin', 'salasana-admin-123')
  await createUser('toimittaja@example.org', 'editor', 'salasana-toimittaja-1')
  await createUser('kirjoittaja@example.org', 'contributor', 'salasana-kirjoittaja-1')
  await createUser('toinen-kirjoittaja@example.org', 'contributor', 'salasana-kirjoittaja-2')
  adminToken = await restLogin('admin@example.org', 'salasana-admin-123')
  contributorToken = await restLogin('kirjoittaja@example.org', 'salasana-kirjoittaja-1')
})

afterAll(async () => {
  await payload?.destroy()
  await mailbox?.stop()
  for (const [name, value] of Object.entries(environmentBefore)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('forgot password', () => {
  it('the reset mail arrives, its link sets a new password once, and the new password signs in', async () => {
    const answer = await rest('POST', '/api/users/forgot-password', { body: { email: 'toimittaja@example.org' } })
    expect(answer.status).toBe(200)
    const mails = mailsTo('toimittaja@example.org')
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.mail.from?.value[0]?.address).toBe(FROM)
    expect(mail!.mail.subject).toBe('Aseta uusi salasana sisällönhallintaan')
    expect(mail!.mail.text).toContain('toimittaja@example.org')
    expect(htmlOf(mail!)).toContain('<html lang="fi">')
    const token = resetTokenIn(mail!)

    const reset = await rest('POST', '/api/users/reset-password', { body: { token, password: 'uusi-salasana-456' } })
    expect(reset.status).toBe(200)
    await expect(restLogin('toimittaja@example.org', 'uusi-salasana-456')).resolves.toBeTruthy()
    await expect(restLogin('toimittaja@example.org', 'salasana-toimittaja-1')).rejects.toThrow()

    const again = await rest('POST', '/api/users/reset-password', { body: { token, password: 'kolmas-salasana-789' } })
    expect(again.status).toBeGreaterThanOrEqual(400)
    await expect(restLogin('toimittaja@example.org', 'kolmas-salasana-789')).rejects.toThrow()
  })

  it('the mail is in the language of the admin the request came from', async () => {
    const answer = await rest('POST', '/api/users/forgot-password', {
      body: { email: 'toinen-kirjoittaja@example.org' },
      headers: { 'accept-language': 'sv' },
    })
    expect(answer.status).toBe(200)
    const [mail] = mailsTo('toinen-kirjoittaja@example.org')
    expect(mail!.mail.subject).toBe('Återställ ditt lösenord till innehållshanteringen')
    expect(htmlOf(mail!)).toContain('<html lang="sv">')
  })

  it('an unknown address gets the same answer and no mail is sent', async () => {
    const before = received().length
    const known = await rest('POST', '/api/users/forgot-password', { body: { email: 'admin@example.org' } })
    const unknown = await rest('POST', '/api/users/forgot-password', { body: { email: 'ei-ketaan@example.org' } })
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    expect(received().length).toBe(before + 1)
    expect(mailsTo('ei-ketaan@example.org')).toHaveLength(0)
  })
})

describe('an invited user', () => {
  it('an admin adds a user without a password; the invitation link sets it, once', async () => {
    const created = await rest('POST', '/api/users', {
      token: adminToken,
      body: { email: 'kutsuttu@example.org', name: 'Kutsuttu Käyttäjä', role: 'contributor' },
    })
    expect(created.status).toBe(201)
    expect(created.text).not.toMatch(/resetPassword|"password"|"hash"|"salt"/)
    await backgroundMailSettled()

    const mails = mailsTo('kutsuttu@example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.mail.subject).toBe('Kutsu sisällönhallintaan')
    expect(mails[0]!.mail.text).toContain('kirjoittaja')
    const token = resetTokenIn(mails[0]!)

    const set = await rest('POST', '/api/users/reset-password', { body: { token, password: 'oma-salasana-321' } })
    expect(set.status).toBe(200)
    await expect(restLogin('kutsuttu@example.org', 'oma-salasana-321')).resolves.toBeTruthy()
    const again = await rest('POST', '/api/users/reset-password', { body: { token, password: 'toinen-salasana-654' } })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('the invitation is in the mail language the admin chose for the new user', async () => {
    const created = await rest('POST', '/api/users', {
      token: adminToken,
      body: { email: 'ruotsiksi@example.org', role: 'editor', mailLanguage: 'sv' },
    })
    expect(created.status).toBe(201)
    await backgroundMailSettled()
    const [mail] = mailsTo('ruotsiksi@example.org')
    expect(mail!.mail.subject).toBe('Inbjudan till innehållshanteringen')
    expect(htmlOf(mail!)).toContain('<html lang="sv">')
    expect(mail!.mail.text).toContain('redaktör')
    // A value that is not one of the three languages is refused, naming the field.
    const odd = await rest('POST', '/api/users', {
      token: adminToken,
      body: { email: 'outo-kieli@example.org', role: 'editor', mailLanguage: 'de' },
    })
    expect(odd.status).toBe(400)
    expect(odd.text).toContain('mailLanguage')
  })

  it('users added by the seed or the first-user screen get no invitation', async () => {
    await createUser('seedattu@example.org', 'editor', 'salasana-seed-123')
    await backgroundMailSettled()
    expect(mailsTo('seedattu@example.org')).toHaveLength(0)
  })
})

describe('ready for review', () => {
  const hostileTitle = 'Osa <script>alert(1)</script>\r\nBcc: hyokkaaja@example.org\r\nX-Injected: yes'
  let docId: number | string

  it('marking a draft ready mails each editor and admin once, contributors none', async () => {
    const created = await rest('POST', '/api/components?draft=true&locale=fi', {
      token: contributorToken,
      body: { ...minimalDocument.components(1), title: hostileTitle },
    })
    expect(created.status).toBe(201)
    docId = created.body.doc.id
    // One editor reads the CMS's mail in Swedish.
    const swedish = await payload.update({
      collection: 'users',
      where: { email: { equals: 'toimittaja@example.org' } },
      data: { mailLanguage: 'sv' },
    })
    expect(swedish.docs).toHaveLength(1)
    await backgroundMailSettled()
    const before = received().length

    const marked = await rest('PATCH', `/api/components/${docId}?draft=true&locale=fi`, {
      token: contributorToken,
      body: { readyForReview: true },
    })
    expect(marked.status).toBe(200)
    await backgroundMailSettled()

    const reviewers = await payload.find({
      collection: 'users',
      where: { role: { in: ['editor', 'admin'] } },
      pagination: false,
      depth: 0,
    })
    const expected = reviewers.docs.map((user) => user.email).sort()
    expect(expected.length).toBeGreaterThanOrEqual(3)
    const notices = received().slice(before)
    expect(notices.flatMap((entry) => entry.to).sort()).toEqual(expected)
    for (const address of ['kirjoittaja@example.org', 'toinen-kirjoittaja@example.org', 'kutsuttu@example.org'])
      expect(notices.filter((entry) => entry.to.includes(address))).toHaveLength(0)

    // Each in the reviewer's own mail language.
    for (const entry of notices)
      expect(entry.mail.subject).toMatch(
        ['toimittaja@example.org', 'ruotsiksi@example.org'].some((address) => entry.to.includes(address))
          ? /^Väntar på granskning: /
          : /^Odottaa tarkistusta: /,
      )
    const [notice] = notices
    expect(notice!.mail.text).toContain(`${SERVER_URL}/admin/collections/components/${docId}`)
    expect(htmlOf(notice!)).toContain(`href="${SERVER_URL}/admin/collections/components/${docId}"`)
  })

  it('hostile text in the title is escaped in the HTML and cannot add headers or recipients', async () => {
    const notices = received().filter((entry) => entry.mail.subject?.startsWith('Odottaa tarkistusta'))
    expect(notices.length).toBeGreaterThan(0)
    for (const { mail, to } of notices) {
      expect(htmlOf({ mail, to })).not.toContain('<script')
      expect(htmlOf({ mail, to })).toContain('&#60;script&#62;')
      expect(mail.subject).not.toMatch(/[\r\n]/)
      expect(mail.subject).toContain('<script>')
      expect(mail.headers.has('bcc')).toBe(false)
      expect(mail.headers.has('x-injected')).toBe(false)
      expect(to).not.toContain('hyokkaaja@example.org')
    }
    expect(mailsTo('hyokkaaja@example.org')).toHaveLength(0)
  })

  it('an autosave that repeats the mark sends nothing more', async () => {
    const before = received().length
    const autosaved = await rest('PATCH', `/api/components/${docId}?draft=true&autosave=true&locale=fi`, {
      token: contributorToken,
      body: { summary: 'Vielä yksi muutos.', readyForReview: true },
    })
    expect(autosaved.status).toBe(200)
    const saved = await rest('PATCH', `/api/components/${docId}?draft=true&locale=fi`, {
      token: contributorToken,
      body: { summary: 'Ja tallennettu.', readyForReview: true },
    })
    expect(saved.status).toBe(200)
    await backgroundMailSettled()
    expect(received().length).toBe(before)
  })

  it('with the SMTP server down, marking ready still saves, and the failure is one log line', async () => {
    await mailbox.stop()
    const created = await rest('POST', '/api/components?draft=true&locale=fi', {
      token: contributorToken,
      body: minimalDocument.components(2),
    })
    expect(created.status).toBe(201)
    const errors = vi.spyOn(payload.logger, 'error')
    const marked = await rest('PATCH', `/api/components/${created.body.doc.id}?draft=true&locale=fi`, {
      token: contributorToken,
      body: { readyForReview: true },
    })
    expect(marked.status).toBe(200)
    const saved = await payload.findByID({ collection: 'components', id: created.body.doc.id, draft: true, depth: 0 })
    expect(saved.readyForReview).toBe(true)
    await backgroundMailSettled()
    const lines = errors.mock.calls.map((call) => String(call[0]))
    expect(lines.filter((line) => line.startsWith('E-mail not sent: ready-for-review notice'))).toHaveLength(1)
    expect(lines.join('\n')).not.toContain(SMTP_PASSWORD)
    errors.mockRestore()
  })

  it('with the SMTP server down, "forgot password" answers a known address as it answers an unknown one', async () => {
    // The mailbox was stopped by the test above. A user who has not asked before (Payload answers
    // a second request within 15 s without sending anything).
    await createUser('unohtaja@example.org', 'contributor', 'salasana-unohtaja-1')
    const errors = vi.spyOn(payload.logger, 'error')
    const known = await rest('POST', '/api/users/forgot-password', { body: { email: 'unohtaja@example.org' } })
    const unknown = await rest('POST', '/api/users/forgot-password', { body: { email: 'ei-ketaan@example.org' } })
    expect(known.status).toBe(200)
    expect(known.body).toEqual(unknown.body)
    const lines = errors.mock.calls.map((call) => String(call[0]))
    expect(lines.filter((line) => line.startsWith('E-mail not sent: password reset'))).toHaveLength(1)
    expect(lines.join('\n')).not.toContain(SMTP_PASSWORD)
    errors.mockRestore()
    // A request the form itself refuses still gets its 400.
    expect((await rest('POST', '/api/users/forgot-password', { body: {} })).status).toBe(400)
  })
})

import fs from 'node:fs'
import type http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FEEDBACK_BODY_LIMIT, feedbackForm } from '@toolkit/contract/feedback-form'

import { FEEDBACK_FILE, readFeedback } from '../../scripts/lib/form-inbox'
import { serveStatic } from '../../scripts/lib/static-server'

// The site's feedback form under `npm start`: what Netlify Forms does on Netlify, the site server
// does locally. Tried as a reader sends it and as a script would abuse it.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-inbox-site-'))
const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-inbox-'))
let server: http.Server
let withoutInbox: http.Server
let base: string
let plainBase: string

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'fi/palaute'), { recursive: true })
  fs.writeFileSync(path.join(root, 'fi/palaute/index.html'), '<!doctype html><title>palaute</title>')
  ;({ server, url: base } = await serveStatic(root, 0, '127.0.0.1', { formInboxDir: inbox }))
  ;({ server: withoutInbox, url: plainBase } = await serveStatic(root))
})

afterAll(() => {
  server.close()
  withoutInbox.close()
  fs.rmSync(root, { recursive: true, force: true })
  fs.rmSync(inbox, { recursive: true, force: true })
})

const { fields } = feedbackForm
const form = (values: Record<string, string>) =>
  new URLSearchParams({ [fields.formName]: feedbackForm.name, ...values }).toString()
const post = (body: string, sitePath = '/fi/palaute/', type = 'application/x-www-form-urlencoded', target = base) =>
  fetch(`${target}${sitePath}`, { method: 'POST', body, headers: { 'content-type': type }, redirect: 'manual' })
const kept = () => readFeedback(inbox)

describe('the feedback form, taken in by the site server', () => {
  it("keeps a reader's message as sent and sends the reader to the thank-you note (303)", async () => {
    const before = kept().length
    const message = 'Linkki ei toimi.\r\nToinen rivi: <script>alert(1)</script> "lainaus" ääkköset 🙂'
    const response = await post(
      form({ [fields.page]: 'https://x.example/fi/tyokalut/', [fields.message]: message, [fields.email]: 'a@b.fi' }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/fi/palaute/#${feedbackForm.sentId}`)
    const last = kept().at(-1)!
    expect(kept()).toHaveLength(before + 1)
    expect(last).toMatchObject({ lang: 'fi', page: 'https://x.example/fi/tyokalut/', email: 'a@b.fi' })
    // Kept as text, line breaks as LF: what a reader wrote is what the operator reads.
    expect(last.message).toBe(message.replace('\r\n', '\n'))
    expect(Date.parse(last.receivedAt)).not.toBeNaN()
    // Only the operator may read the readers' messages.
    expect(fs.statSync(path.join(inbox, FEEDBACK_FILE)).mode & 0o077).toBe(0)
  })

  it('thanks a bot that fills the hidden field and keeps nothing', async () => {
    const before = kept().length
    const response = await post(form({ [fields.message]: 'Buy now', [fields.honeypot]: 'http://spam.example' }))
    expect(response.status).toBe(303)
    expect(kept()).toHaveLength(before)
  })

  it.each([
    ['no message', form({ [fields.message]: '  \r\n ' }), 400, '”Palautteesi”'],
    ['a message over the limit', form({ [fields.message]: 'ä'.repeat(feedbackForm.limits.message + 1) }), 400, '4000'],
    [
      'an e-mail address that is not one',
      form({ [fields.message]: 'Hei', [fields.email]: 'a@b' }),
      400,
      'sähköpostiosoite',
    ],
    [
      'an e-mail with a header injected',
      form({ [fields.message]: 'Hei', [fields.email]: 'a@b.fi\r\nBcc: c@d.fi' }),
      400,
      'sähköpostiosoite',
    ],
    ['a page address over the limit', form({ [fields.message]: 'Hei', [fields.page]: 'x'.repeat(501) }), 400, '500'],
    [
      'another form',
      new URLSearchParams({ [fields.formName]: 'login', [fields.message]: 'Hei' }).toString(),
      404,
      'lomaketta',
    ],
    ['no form name', new URLSearchParams({ [fields.message]: 'Hei' }).toString(), 404, 'lomaketta'],
  ])(
    'refuses %s with a clear message in the page’s language, and keeps nothing',
    async (_name, body, status, words) => {
      const before = kept().length
      const response = await post(body)
      expect(response.status).toBe(status)
      expect(await response.text()).toContain(words)
      expect(kept()).toHaveLength(before)
    },
  )

  it('takes the longest message a reader can write, even all in emoji', async () => {
    const longest = '🙂'.repeat(feedbackForm.limits.message)
    const response = await post(
      form({ [fields.message]: longest, [fields.page]: 'ä'.repeat(feedbackForm.limits.page) }),
    )
    expect(response.status).toBe(303)
    expect(kept().at(-1)!.message).toBe(longest)
  })

  it('answers in English on an English page', async () => {
    const response = await post(form({ [fields.message]: '' }), '/en/feedback/')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('“Your feedback”')
  })

  it('refuses what is not a form post (JSON, multipart) with 415', async () => {
    expect((await post(JSON.stringify({ message: 'Hei' }), '/fi/palaute/', 'application/json')).status).toBe(415)
    expect((await post('--x--', '/fi/palaute/', 'multipart/form-data; boundary=x')).status).toBe(415)
  })

  it('refuses a body over the limit without reading it to the end, and stays up', async () => {
    const before = kept().length
    const huge = form({ [fields.message]: 'x'.repeat(FEEDBACK_BODY_LIMIT * 4) })
    expect((await post(huge)).status).toBe(413)
    // A client that lies about its length (chunked, no Content-Length) is stopped at the limit too.
    const chunked = await new Promise<string>((resolve, reject) => {
      const { port } = new URL(base)
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /fi/palaute/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n',
        )
        const chunk = 'a'.repeat(8192)
        for (let i = 0; i < 12; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
      })
      let answer = ''
      socket.on('data', (data) => {
        answer += data.toString()
        if (answer.includes('\r\n\r\n')) socket.destroy()
      })
      socket.on('close', () => resolve(answer))
      socket.on('error', reject)
    })
    expect(chunked.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large')
    expect(kept()).toHaveLength(before)
    expect((await fetch(`${base}/fi/palaute/`)).status).toBe(200)
  })

  it('survives malformed percent-encoding and keeps the text as the browser sent it', async () => {
    const response = await post(`${fields.formName}=feedback&${fields.message}=100%25%20%E4%ZZ%`)
    expect(response.status).toBe(303)
    expect(kept().at(-1)!.message).toContain('100%')
  })

  it('is off where the server has no inbox: a static site takes no POST (405)', async () => {
    const response = await post(form({ [fields.message]: 'Hei' }), '/fi/palaute/', undefined, plainBase)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    expect((await fetch(`${base}/fi/palaute/`, { method: 'PUT', body: 'x' })).status).toBe(405)
  })
})

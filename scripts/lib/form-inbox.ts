import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import { FEEDBACK_BODY_LIMIT, REPLY_EMAIL_PATTERN, feedbackForm } from '@toolkit/contract/feedback-form'
import { isLocale, type Locale as Lang } from '@toolkit/contract/locales'

/**
 * Netlify Forms, locally: the site's feedback form posts to its own page, and on Netlify, Netlify
 * keeps the message (Forms in the site's dashboard). `npm start` has no Netlify, so its site server
 * takes the same post in here and keeps each message as one JSON line in `<dir>/feedback.jsonl`
 * (readable by the operator only). A reader is then sent back to the page's thank-you note
 * (303, so that reloading does not send the message twice).
 */
export interface FeedbackMessage {
  receivedAt: string
  /** The language of the page the form was sent from. */
  lang: Lang
  page: string
  message: string
  email: string
}

export const FEEDBACK_FILE = 'feedback.jsonl'

const { fields, limits } = feedbackForm

/** What a reader reads when the message cannot be taken: in the page's language, naming the field. */
const problems = {
  tooLarge: {
    fi: 'Palautetta ei otettu vastaan: lähetys on liian suuri.',
    en: 'The feedback was not received: the submission is too large.',
    sv: 'Responsen togs inte emot: inskickningen är för stor.',
  },
  notAForm: {
    fi: 'Palautetta ei otettu vastaan: lähetä se sivun lomakkeella.',
    en: 'The feedback was not received: send it with the form on the page.',
    sv: 'Responsen togs inte emot: skicka den med formuläret på sidan.',
  },
  unknownForm: {
    fi: 'Palautetta ei otettu vastaan: tällä sivustolla ei ole sellaista lomaketta.',
    en: 'The feedback was not received: this site has no such form.',
    sv: 'Responsen togs inte emot: webbplatsen har inget sådant formulär.',
  },
  noMessage: {
    fi: 'Palautetta ei otettu vastaan: kirjoita viesti kenttään ”Palautteesi”.',
    en: 'The feedback was not received: write a message in the field “Your feedback”.',
    sv: 'Responsen togs inte emot: skriv ett meddelande i fältet ”Din respons”.',
  },
  messageTooLong: {
    fi: `Palautetta ei otettu vastaan: viesti on yli ${limits.message} merkkiä pitkä.`,
    en: `The feedback was not received: the message is longer than ${limits.message} characters.`,
    sv: `Responsen togs inte emot: meddelandet är längre än ${limits.message} tecken.`,
  },
  badEmail: {
    fi: 'Palautetta ei otettu vastaan: sähköpostiosoite ei ole muotoa nimi@esimerkki.fi.',
    en: 'The feedback was not received: the e-mail address is not of the form name@example.org.',
    sv: 'Responsen togs inte emot: e-postadressen har inte formen namn@exempel.fi.',
  },
  pageTooLong: {
    fi: `Palautetta ei otettu vastaan: sivun osoite on yli ${limits.page} merkkiä pitkä.`,
    en: `The feedback was not received: the page address is longer than ${limits.page} characters.`,
    sv: `Responsen togs inte emot: sidans adress är längre än ${limits.page} tecken.`,
  },
} satisfies Record<string, Record<Lang, string>>
type Problem = keyof typeof problems

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem)
  }
}

/** The body, read up to the limit: a longer one is refused without reading (or keeping) the rest. */
function readBody(request: http.IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > FEEDBACK_BODY_LIMIT) return Promise.reject(new Refused(413, 'tooLarge'))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > FEEDBACK_BODY_LIMIT) {
        request.removeAllListeners('data')
        request.resume()
        reject(new Refused(413, 'tooLarge'))
        return
      }
      chunks.push(chunk)
    })
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.once('error', reject)
  })
}

/** The fields of a sent form, checked as the form's own attributes check them in the browser. */
export function parseFeedback(body: string, lang: Lang, now = new Date()): FeedbackMessage | 'bot' {
  const form = new URLSearchParams(body)
  if (form.get(fields.formName) !== feedbackForm.name) throw new Refused(404, 'unknownForm')
  if ((form.get(fields.honeypot) ?? '') !== '') return 'bot'
  // Line breaks as the browser sends them (CRLF) are kept as LF; other control characters go.
  const clean = (value: string | null) =>
    (value ?? '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim()
  const message = clean(form.get(fields.message))
  const page = clean(form.get(fields.page))
  const email = clean(form.get(fields.email))
  if (!message) throw new Refused(400, 'noMessage')
  if ([...message].length > limits.message) throw new Refused(400, 'messageTooLong')
  if ([...page].length > limits.page) throw new Refused(400, 'pageTooLong')
  if (email && (email.length > limits.email || !REPLY_EMAIL_PATTERN.test(email))) throw new Refused(400, 'badEmail')
  return { receivedAt: now.toISOString(), lang, page, message, email }
}

/**
 * Takes in a POST of the feedback form at a page of the site; answers every request it is given
 * (a 303 to the thank-you note, or a 4xx that names the problem in the page's language).
 */
export async function receiveFeedback(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  sitePath: string,
  inboxDir: string,
): Promise<void> {
  const first = sitePath.split('/')[1] ?? ''
  const lang: Lang = isLocale(first) ? first : 'fi'
  const refuse = (status: number, problem: Problem) =>
    void response
      .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end(problems[problem][lang])
  try {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase()
    if (type !== 'application/x-www-form-urlencoded') throw new Refused(415, 'notAForm')
    const sent = parseFeedback(await readBody(request), lang)
    if (sent !== 'bot') {
      fs.mkdirSync(inboxDir, { recursive: true })
      // One line per message with O_APPEND: two messages at once never interleave (each is far
      // below the size the kernel writes in one piece).
      fs.appendFileSync(path.join(inboxDir, FEEDBACK_FILE), `${JSON.stringify(sent)}\n`, { mode: 0o600 })
    }
    response.writeHead(303, { location: `${sitePath}#${feedbackForm.sentId}`, 'cache-control': 'no-store' }).end()
  } catch (error) {
    if (error instanceof Refused) return refuse(error.status, error.problem)
    throw error
  }
}

/** Every message kept so far, oldest first (for the operator and the tests). */
export function readFeedback(inboxDir: string): FeedbackMessage[] {
  const file = path.join(inboxDir, FEEDBACK_FILE)
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FeedbackMessage)
}

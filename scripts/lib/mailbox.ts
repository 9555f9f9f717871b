import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server that keeps what it receives, for the production rehearsal and the tests: the
 * CMS sends to it exactly as it would to a host's mail server (SMTP with a password), and the
 * messages are read back parsed. It has no certificate, so it offers no STARTTLS.
 */
export interface ReceivedMail {
  to: string[]
  mail: ParsedMail
}

export interface Mailbox {
  host: string
  port: number
  user: string
  password: string
  received: ReceivedMail[]
  /** Resolves with the first mail to `address` that `matches`, among those from index `from` on, waiting up to `timeoutMs`. */
  waitFor(
    address: string,
    options?: { matches?: (mail: ParsedMail) => boolean; from?: number; timeoutMs?: number },
  ): Promise<ParsedMail>
  stop(): Promise<void>
}

export async function startMailbox(port = 0, user = 'cms', password = 'smtp-salasana-rehearsal'): Promise<Mailbox> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), mail })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port

  const waitFor: Mailbox['waitFor'] = async (to, { matches = () => true, from = 0, timeoutMs = 30_000 } = {}) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = received.slice(from).find((entry) => entry.to.includes(to.toLowerCase()) && matches(entry.mail))
      if (found) return found.mail
      if (Date.now() > deadline) throw new Error(`No mail to ${to} arrived within ${timeoutMs / 1000} s.`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  return {
    host: '127.0.0.1',
    port: actualPort,
    user,
    password,
    received,
    waitFor,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

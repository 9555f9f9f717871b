import type { EmailAdapter } from 'payload'

/**
 * The embedded setup sends no e-mail: messages (password resets) are written to the server log,
 * which is where an administrator running the CMS locally looks. A production deployment
 * replaces this with a real adapter (e.g. @payloadcms/email-nodemailer) in payload.config.ts.
 */
export const logOnlyEmail: EmailAdapter = ({ payload }) => ({
  name: 'log-only',
  defaultFromAddress: process.env.EMAIL_FROM || 'no-reply@localhost',
  defaultFromName: 'Digiosallisuus CMS',
  sendEmail: async (message) => {
    payload.logger.info({
      msg: 'E-mail not sent (no e-mail service configured)',
      to: message.to,
      subject: message.subject,
    })
  },
})

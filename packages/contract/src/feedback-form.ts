/**
 * The site's feedback form, as the page that shows it and every server that takes it in agree on
 * it: on Netlify, Netlify Forms (the form's name is what Netlify detects at deploy); locally, the
 * site server's form inbox (scripts/lib/form-inbox.ts). One definition, so the page cannot send a
 * field the inbox does not read.
 */
export const feedbackForm = {
  /** The form's name (Netlify sends it as the form-name field). */
  name: 'feedback',
  fields: {
    formName: 'form-name',
    /** The page the feedback is about: an address, or what the reader writes. */
    page: 'page',
    message: 'message',
    /** An address to answer to, if the reader wants an answer. */
    email: 'email',
    /** Left empty by people; a bot that fills every field is thanked and nothing is kept. */
    honeypot: 'bot-field',
  },
  limits: { page: 500, message: 4000, email: 254 },
  /** The id of the thank-you note that the form's address ends in: shown (by CSS :target) after sending. */
  sentId: 'sent',
  /** The query parameter that carries the page the reader came from (the footer's feedback link). */
  pageParameter: 'page',
} as const

/**
 * A request body larger than this is refused before it is read to the end. Browsers percent-encode
 * every byte of ä or an emoji (up to 12 characters for one), so the largest form a reader can send
 * within the fields' limits is about 60 KiB.
 */
export const FEEDBACK_BODY_LIMIT = 64 * 1024

/** An e-mail address as a reply-to, in its plainest form: something@domain.tld, no spaces. */
export const REPLY_EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

import { escapeHtml } from '@toolkit/contract/escape'
import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { Label } from './fields/common'
import { serverURL } from './serverUrl'

/**
 * The CMS's e-mails (password reset, invitation, review notice) in Finnish, English and Swedish,
 * in the words of docs/admin-glossary.md. Each is written once as paragraphs and links and
 * rendered both as plain text and as simple HTML, with every text escaped for HTML.
 */
export type MailLanguage = keyof Label

/** The language of the admin the request came from (Payload's language cookie), Finnish when unknown. */
export function mailLanguage(req: { i18n?: { language?: string } } | undefined): MailLanguage {
  const language = req?.i18n?.language
  return language === 'en' || language === 'sv' ? language : 'fi'
}

/** A user's own mail language (the users' `mailLanguage` field), Finnish when it is not set. */
export function mailLanguageOf(user: { mailLanguage?: unknown } | null | undefined): MailLanguage {
  const language = user?.mailLanguage
  return language === 'en' || language === 'sv' ? language : 'fi'
}

/** Text from a user for a subject or a sentence: one line, no control characters, not too long. */
export function oneLine(text: unknown, max = 120): string {
  const line = String(text ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** A link to a page of the admin on the CMS's public address (PAYLOAD_PUBLIC_SERVER_URL). */
export function adminLink(req: PayloadRequest, path: `/${string}`): string {
  return formatAdminURL({ adminRoute: req.payload.config.routes.admin, path, serverURL: serverURL ?? '' })
}

/** The admin's page where a reset or invitation token sets a new password. */
export function resetPasswordLink(req: PayloadRequest, token: string): string {
  return adminLink(req, `/${req.payload.config.admin.routes.reset.replace(/^\//, '')}/${encodeURIComponent(token)}`)
}

type Block = string | { link: string }
interface Mail {
  language: MailLanguage
  subject: string
  blocks: Block[]
}

export interface RenderedMail {
  subject: string
  text: string
  html: string
}

function render({ language, subject, blocks }: Mail): RenderedMail {
  const text = blocks.map((block) => (typeof block === 'string' ? block : block.link)).join('\n\n')
  const paragraphs = blocks.map((block) =>
    typeof block === 'string'
      ? `<p>${escapeHtml(block)}</p>`
      : `<p><a href="${escapeHtml(block.link)}">${escapeHtml(block.link)}</a></p>`,
  )
  const html = `<!doctype html><html lang="${language}"><body>${paragraphs.join('')}</body></html>`
  return { subject: oneLine(subject, 200), text, html }
}

const say = (label: Label, language: MailLanguage) => label[language]

export function resetPasswordMail(language: MailLanguage, { email, link }: { email: string; link: string }) {
  const subject: Label = {
    fi: 'Aseta uusi salasana sisällönhallintaan',
    en: 'Reset your CMS password',
    sv: 'Återställ ditt lösenord till innehållshanteringen',
  }
  const why: Label = {
    fi: `Sisällönhallinnan käyttäjälle ${email} pyydettiin uutta salasanaa.`,
    en: `A new password was requested for the CMS user ${email}.`,
    sv: `Ett nytt lösenord begärdes för användaren ${email} i innehållshanteringen.`,
  }
  const how: Label = {
    fi: 'Aseta uusi salasana tästä linkistä. Linkki toimii kerran ja vanhenee tunnin kuluttua.',
    en: 'Set a new password with this link. It works once and expires in one hour.',
    sv: 'Ange ett nytt lösenord via den här länken. Länken fungerar en gång och slutar gälla om en timme.',
  }
  const ignore: Label = {
    fi: 'Jos et pyytänyt uutta salasanaa, voit jättää tämän viestin huomiotta. Salasanasi ei muutu.',
    en: 'If you did not ask for a new password, you can ignore this message. Your password stays the same.',
    sv: 'Om du inte bad om ett nytt lösenord kan du bortse från det här meddelandet. Ditt lösenord ändras inte.',
  }
  return render({
    language,
    subject: say(subject, language),
    blocks: [say(why, language), say(how, language), { link }, say(ignore, language)],
  })
}

/** How long an invitation's link works (a reset link works one hour). */
export const INVITATION_HOURS = 72

export function invitationMail(
  language: MailLanguage,
  { email, role, link }: { email: string; role: Label; link: string },
) {
  const subject: Label = {
    fi: 'Kutsu sisällönhallintaan',
    en: 'Invitation to the CMS',
    sv: 'Inbjudan till innehållshanteringen',
  }
  const what: Label = {
    fi: `Sinulle on luotu käyttäjätili sisällönhallintaan. Käyttäjätunnuksesi on ${email} ja roolisi ${role.fi.toLowerCase()}.`,
    en: `An account has been created for you in the CMS. Your username is ${email} and your role is ${role.en.toLowerCase()}.`,
    sv: `Ett konto har skapats åt dig i innehållshanteringen. Ditt användarnamn är ${email} och din roll är ${role.sv.toLowerCase()}.`,
  }
  const days = INVITATION_HOURS / 24
  const how: Label = {
    fi: `Aseta itsellesi salasana tästä linkistä. Linkki toimii kerran ja vanhenee ${days} vuorokauden kuluttua.`,
    en: `Set your password with this link. It works once and expires in ${days} days.`,
    sv: `Ange ditt lösenord via den här länken. Länken fungerar en gång och slutar gälla om ${days} dygn.`,
  }
  const later: Label = {
    fi: 'Jos linkki on vanhentunut, valitse kirjautumissivulla ”Unohditko salasanasi?” ja kirjoita sähköpostiosoitteesi.',
    en: 'If the link has expired, choose “Forgot password?” on the login page and enter your e-mail address.',
    sv: 'Om länken har slutat gälla, välj ”Glömt lösenordet?” på inloggningssidan och ange din e-postadress.',
  }
  return render({
    language,
    subject: say(subject, language),
    blocks: [say(what, language), say(how, language), { link }, say(later, language)],
  })
}

export function readyForReviewMail(
  language: MailLanguage,
  { who, title, kind, link }: { who: string; title: string; kind: Label; link: string },
) {
  const subject: Label = {
    fi: `Odottaa tarkistusta: ${title}`,
    en: `Waiting for review: ${title}`,
    sv: `Väntar på granskning: ${title}`,
  }
  const what: Label = {
    fi: `${who} merkitsi luonnoksen valmiiksi tarkistettavaksi: ${title} (${kind.fi.toLowerCase()}).`,
    en: `${who} marked a draft ready for review: ${title} (${kind.en.toLowerCase()}).`,
    sv: `${who} markerade ett utkast som klart för granskning: ${title} (${kind.sv.toLowerCase()}).`,
  }
  const how: Label = {
    fi: 'Tarkista ja julkaise se sisällönhallinnassa:',
    en: 'Review and publish it in the CMS:',
    sv: 'Granska och publicera det i innehållshanteringen:',
  }
  const why: Label = {
    fi: 'Saat tämän viestin, koska olet sisällönhallinnassa toimittaja tai ylläpitäjä.',
    en: 'You receive this message because you are an editor or admin in the CMS.',
    sv: 'Du får det här meddelandet eftersom du är redaktör eller administratör i innehållshanteringen.',
  }
  return render({
    language,
    subject: say(subject, language),
    blocks: [say(what, language), say(how, language), { link }, say(why, language)],
  })
}

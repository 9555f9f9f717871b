import type http from 'node:http'

import { escapeHtml } from '@toolkit/contract/escape'
import { isLocale, type Locale } from '@toolkit/contract/locales'

/**
 * The preview's own pages (building, sign-in, left-out drafts), in the editors' language: the
 * link's locale, Finnish by default. The site's pages have their own texts; these are only the
 * preview server's.
 */
const texts = {
  fi: {
    building: 'Esikatselua kootaan…',
    reloads: 'Sivu päivittyy itsestään hetken kuluttua.',
    failed: 'Esikatselua ei voitu koota',
    noDocument: 'Dokumenttia ei löydy',
    badLink: 'Linkki ei nimeä kelvollista dokumenttia.',
    notShown: 'Tätä luonnosta ei näytetä tallennetun mukaisena',
    draftsTitle: 'Luonnokset esikatselussa',
    running: 'Esikatselua kootaan parhaillaan.',
    lastFailed: 'Edellinen kokoaminen epäonnistui:',
    allShown: 'Kaikki luonnokset näytetään tallennetun mukaisina.',
    showsPublished: 'Esikatselu näyttää sen julkaistun version.',
    leftOut: 'Esikatselu jättää sen pois.',
    complete: 'Täydennä nämä kentät ja tallenna uudelleen:',
    oneLeftOut: 'Yhtä luonnosta ei näytetä tallennetun mukaisena',
    manyLeftOut: '{n} luonnosta ei näytetä tallennetun mukaisina',
    seeWhich: 'katso mitkä ja miksi',
    leftOutLabel: 'Näyttämättä jääneet luonnokset',
    signInTitle: 'Esikatselu on vain toimittajille',
    signIn: 'Avaa esikatselu CMS:n Esikatselu-painikkeesta tai esikatselupaneelista. Kirjaudu ensin sisään CMS:ään.',
    wrongHost: 'Esikatselu vastaa vain omassa osoitteessaan.',
  },
  en: {
    building: 'Building the preview…',
    reloads: 'This page reloads by itself in a moment.',
    failed: 'The preview could not be built',
    noDocument: 'No such document',
    badLink: 'The link names no valid document.',
    notShown: 'This draft is not shown as saved',
    draftsTitle: 'Drafts in the preview',
    running: 'A rebuild is running.',
    lastFailed: 'The last build failed:',
    allShown: 'Every draft is shown as saved.',
    showsPublished: 'The preview shows its published version.',
    leftOut: 'The preview leaves it out.',
    complete: 'Complete these fields and save again:',
    oneLeftOut: 'One draft is not shown as saved',
    manyLeftOut: '{n} drafts are not shown as saved',
    seeWhich: 'see which and why',
    leftOutLabel: 'Drafts not shown',
    signInTitle: 'The preview is for editors only',
    signIn: 'Open the preview from the CMS’s Preview button or Live Preview pane. Sign in to the CMS first.',
    wrongHost: 'The preview answers only at its own address.',
  },
  sv: {
    building: 'Förhandsvisningen byggs…',
    reloads: 'Sidan laddas om av sig själv om en stund.',
    failed: 'Förhandsvisningen kunde inte byggas',
    noDocument: 'Dokumentet finns inte',
    badLink: 'Länken anger inget giltigt dokument.',
    notShown: 'Det här utkastet visas inte som det sparades',
    draftsTitle: 'Utkast i förhandsvisningen',
    running: 'Förhandsvisningen byggs just nu.',
    lastFailed: 'Det senaste bygget misslyckades:',
    allShown: 'Alla utkast visas som de sparades.',
    showsPublished: 'Förhandsvisningen visar den publicerade versionen.',
    leftOut: 'Förhandsvisningen utelämnar det.',
    complete: 'Fyll i de här fälten och spara igen:',
    oneLeftOut: 'Ett utkast visas inte som det sparades',
    manyLeftOut: '{n} utkast visas inte som de sparades',
    seeWhich: 'se vilka och varför',
    leftOutLabel: 'Utkast som inte visas',
    signInTitle: 'Förhandsvisningen är bara för redaktörer',
    signIn:
      'Öppna förhandsvisningen med CMS:ets knapp för förhandsvisning eller från förhandsvisningspanelen. Logga först in i CMS:et.',
    wrongHost: 'Förhandsvisningen svarar bara på sin egen adress.',
  },
} satisfies Record<Locale, Record<string, string>>

export type PreviewTexts = (typeof texts)[Locale]

/** The language of the preview's own pages: the query's `locale` (or `lang`), else Finnish. */
export function previewTexts(query: URLSearchParams): { locale: Locale; text: PreviewTexts } {
  const asked = query.get('locale') ?? query.get('lang')
  const locale: Locale = isLocale(asked) ? asked : 'fi'
  return { locale, text: texts[locale] }
}

/** Sends one of the preview's own small pages; `refresh` reloads it every two seconds. */
export function sendPreviewPage(
  response: http.ServerResponse,
  status: number,
  locale: Locale,
  title: string,
  body: string,
  refresh = false,
): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  response.end(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh ? '<meta http-equiv="refresh" content="2">' : ''}<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  )
}

export const VERSION_PATH = '/__preview/version'
export const LIVE_SCRIPT_PATH = '/__preview/live.js'

/**
 * Reloads the page when a newer preview build is ready (after each save), so the admin's Live
 * Preview pane follows the editor. Without JavaScript the page simply stays as it is.
 */
export const LIVE_SCRIPT = `(() => {
  let known = null
  const check = async () => {
    try {
      const answer = await fetch(${JSON.stringify(VERSION_PATH)}, { cache: 'no-store', credentials: 'same-origin' })
      if (!answer.ok) return
      const { build } = await answer.json()
      if (known !== null && build !== known) location.reload()
      known = build
    } catch {}
  }
  check()
  setInterval(check, 2000)
})()
`

/** The cookies of a request, by name (the first of each name wins). */
export function requestCookies(request: http.IncomingMessage): Map<string, string> {
  const found = new Map<string, string>()
  for (const part of String(request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=')
    if (index < 1) continue
    const name = part.slice(0, index).trim()
    if (!found.has(name)) found.set(name, part.slice(index + 1).trim())
  }
  return found
}

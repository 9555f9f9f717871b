import type { Locale } from './locales'

/**
 * The licences, defined once for the site's footer, the course-pack ZIPs, the open-data files, the
 * README and CITATION.cff: the code is under the EU's public-sector licence, the content and data
 * under CC BY 4.0, attributing the two project reports the content is written from.
 */
export const codeLicence = {
  spdx: 'EUPL-1.2',
  name: 'European Union Public Licence 1.2',
  url: 'https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
} as const

export const contentLicence = {
  spdx: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

/** The two reports every text and figure is written from, as a reuser must credit them. */
export const reportCredits: Record<Locale, string> = {
  fi: 'DOT – Digiosaamisen kehittäminen työtoiminnassa -hankkeen loppuraportti (Helsingin kaupunki ja Forum Virium Helsinki, 2023) ja Digiosallisuus työllisyyden edistämisessä -hankkeen (S22619) kuvaus ja loppuraportin tiivistelmä (Metropolia Ammattikorkeakoulu, 2023)',
  en: 'the final report of the DOT – Developing digital skills in work activities project (City of Helsinki and Forum Virium Helsinki, 2023) and the description and final summary of the project Digiosallisuus työllisyyden edistämisessä (S22619, Metropolia University of Applied Sciences, 2023)',
  sv: 'slutrapporten för projektet DOT – Utveckling av digital kompetens i arbetsverksamheten (Helsingfors stad och Forum Virium Helsinki, 2023) och beskrivningen och slutsammanfattningen av projektet Digiosallisuus työllisyyden edistämisessä (S22619, Metropolia yrkeshögskola, 2023)',
}

/** One sentence a reader can copy: whose content it is, under which licence, and what it is written from. */
export function contentLicenceNotice(lang: Locale, publisher: string, { withAddress = true } = {}): string {
  // On a web page the licence is a link beside the notice; in a file the address is written out.
  const licence = withAddress ? `${contentLicence.name}, ${contentLicence.url}` : contentLicence.name
  const notice: Record<Locale, string> = {
    fi: `Sisältö ja tiedot: ${publisher}, lisenssi ${licence}. Saat käyttää, muokata ja jakaa niitä, kun mainitset lähteen. Sisältö on kirjoitettu lähteistä: ${reportCredits.fi}.`,
    en: `Content and data: ${publisher}, licensed under ${licence}. You may use, adapt and share them if you credit the source. The content is written from ${reportCredits.en}.`,
    sv: `Innehåll och data: ${publisher}, licens ${licence}. Du får använda, bearbeta och dela dem om du anger källan. Innehållet bygger på ${reportCredits.sv}.`,
  }
  return notice[lang]
}

/** "Lisenssin ehdot": the link to the licence's own text beside a notice on a page. */
export const licenceTermsLabel: Record<Locale, string> = {
  fi: 'Lisenssin ehdot',
  en: 'Licence terms',
  sv: 'Licensvillkor',
}

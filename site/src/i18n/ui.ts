import type { Lang } from './locales'

/** Interface text of the site. Content comes from the CMS; these are the words around it. */
const strings = {
  siteName: { fi: 'Digiosallisuuden työkalupakki', en: 'Digital Inclusion Toolkit', sv: 'Verktygslåda för digital delaktighet' },
  siteTagline: {
    fi: 'Toimintamalli pitkäaikaistyöttömien digiosallisuuden ja työllistymisen tueksi',
    en: 'An operating model for the digital inclusion and employment of long-term unemployed people',
    sv: 'En verksamhetsmodell för digital delaktighet och sysselsättning för långtidsarbetslösa',
  },
  previewLabel: { fi: 'Esikatselu', en: 'Preview', sv: 'Förhandsvisning' },
  previewBanner: {
    fi: 'Esikatselu: tällä sivustolla näkyvät myös julkaisemattomat luonnokset. Lukijat eivät näe niitä ennen julkaisua.',
    en: 'Preview: this site also shows unpublished drafts. Readers will not see them until they are published.',
    sv: 'Förhandsvisning: webbplatsen visar också opublicerade utkast. Läsarna ser dem inte förrän de publiceras.',
  },
  skipToContent: { fi: 'Siirry sisältöön', en: 'Skip to content', sv: 'Hoppa till innehållet' },
  mainNav: { fi: 'Päävalikko', en: 'Main menu', sv: 'Huvudmeny' },
  languageNav: { fi: 'Kieli', en: 'Language', sv: 'Språk' },
  home: { fi: 'Etusivu', en: 'Home', sv: 'Startsida' },
  components: { fi: 'Mallin osat', en: 'Model components', sv: 'Modellens delar' },
  search: { fi: 'Haku', en: 'Search', sv: 'Sök' },
  searchTitle: { fi: 'Hae työkalupakista', en: 'Search the toolkit', sv: 'Sök i verktygslådan' },
  searchLabel: { fi: 'Hakusana', en: 'Search words', sv: 'Sökord' },
  searchButton: { fi: 'Hae', en: 'Search', sv: 'Sök' },
  searching: { fi: 'Haetaan…', en: 'Searching…', sv: 'Söker…' },
  noResults: { fi: 'Ei tuloksia. Kokeile toista sanaa.', en: 'No results. Try another word.', sv: 'Inga resultat. Prova ett annat ord.' },
  resultsCount: { fi: 'Tuloksia: {count}', en: 'Results: {count}', sv: 'Resultat: {count}' },
  searchUnavailable: {
    fi: 'Haku ei juuri nyt toimi. Voit selata sisältöä valikosta.',
    en: 'Search is not working right now. You can browse the content from the menu.',
    sv: 'Sökningen fungerar inte just nu. Du kan bläddra i innehållet via menyn.',
  },
  searchNoScript: {
    fi: 'Haku tarvitsee JavaScriptin. Voit myös selata kaikkia mallin osia:',
    en: 'Search needs JavaScript. You can also browse all model components:',
    sv: 'Sökningen behöver JavaScript. Du kan också bläddra bland alla modellens delar:',
  },
  homeIntro: {
    fi: 'Tämä työkalupakki kuvaa, miten pitkäaikaistyöttömien digitaitoja ja työllistymistä voi tukea. Malli perustuu kahteen Euroopan sosiaalirahaston hankkeeseen Helsingissä vuosina 2021–2023.',
    en: 'This toolkit describes how to support the digital skills and employment of long-term unemployed people. The model comes from two European Social Fund projects in Helsinki in 2021–2023.',
    sv: 'Verktygslådan beskriver hur man kan stödja långtidsarbetslösas digitala färdigheter och sysselsättning. Modellen bygger på två projekt inom Europeiska socialfonden i Helsingfors 2021–2023.',
  },
  componentsIntro: {
    fi: 'Malli koostuu osista. Voit ottaa käyttöön yhden osan tai monta.',
    en: 'The model is made of components. You can adopt one component or many.',
    sv: 'Modellen består av delar. Du kan ta i bruk en del eller flera.',
  },
  plainLanguage: { fi: 'Selkokielellä', en: 'In plain language', sv: 'På lätt språk' },
  steps: { fi: 'Näin toimit', en: 'How to do it', sv: 'Så gör du' },
  roles: { fi: 'Roolit', en: 'Roles', sv: 'Roller' },
  resources: { fi: 'Resurssit ja aika', en: 'Resources and time', sv: 'Resurser och tid' },
  lessons: { fi: 'Opitut asiat', en: 'Lessons learned', sv: 'Lärdomar' },
  risks: { fi: 'Riskit ja niiden hallinta', en: 'Risks and how to manage them', sv: 'Risker och hur de hanteras' },
  risk: { fi: 'Riski', en: 'Risk', sv: 'Risk' },
  action: { fi: 'Toimenpide', en: 'Action', sv: 'Åtgärd' },
  outcome: { fi: 'Tulos', en: 'Outcome', sv: 'Utfall' },
  weeklyProgramme: { fi: 'Viikko-ohjelma', en: 'Weekly programme', sv: 'Veckoprogram' },
  day: { fi: 'Päivä', en: 'Day', sv: 'Dag' },
  programme: { fi: 'Ohjelma', en: 'Programme', sv: 'Program' },
  stages: { fi: 'Vaiheet', en: 'Stages', sv: 'Skeden' },
  sources: { fi: 'Lähteet', en: 'Sources', sv: 'Källor' },
  notTranslated: {
    fi: 'Tätä sisältöä ei ole vielä käännetty suomeksi. Näet sen alkuperäisellä kielellä.',
    en: 'This content has not been translated into English yet. It is shown in Finnish.',
    sv: 'Det här innehållet har ännu inte översatts till svenska. Det visas på finska.',
  },
  partlyTranslated: {
    fi: 'Osa tästä sivusta näkyy alkuperäisellä kielellä.',
    en: 'Parts of this page are shown in Finnish because they have not been translated yet.',
    sv: 'Delar av den här sidan visas på finska eftersom de ännu inte har översatts.',
  },
  developedBy: { fi: 'Kehittänyt', en: 'Developed by', sv: 'Utvecklad av' },
  footerFunding: {
    fi: 'Sisältö perustuu Euroopan sosiaalirahaston rahoittamien hankkeiden loppuraportteihin.',
    en: 'The content is based on the final reports of projects funded by the European Social Fund.',
    sv: 'Innehållet bygger på slutrapporterna från projekt som finansierats av Europeiska socialfonden.',
  },
  notFoundTitle: { fi: 'Sivua ei löytynyt', en: 'Page not found', sv: 'Sidan hittades inte' },
  notFoundText: {
    fi: 'Etsimääsi sivua ei ole. Se on ehkä siirretty. Aloita etusivulta tai käytä hakua.',
    en: 'The page you are looking for does not exist. It may have moved. Start from the home page or use search.',
    sv: 'Sidan du söker finns inte. Den kan ha flyttats. Börja från startsidan eller använd sökningen.',
  },
  chooseLanguage: { fi: 'Valitse kieli', en: 'Choose a language', sv: 'Välj språk' },
} satisfies Record<string, Record<Lang, string>>

export type UiKey = keyof typeof strings

export function t(lang: Lang, key: UiKey): string {
  return strings[key][lang]
}

export const reportNames: Record<'dot' | 'metropolia', Record<Lang, string>> = {
  dot: {
    fi: 'DOT – Digiosaamisen kehittäminen työtoiminnassa, loppuraportti (Helsingin kaupunki, 2023)',
    en: 'DOT – Developing digital skills in work activities, final report (City of Helsinki, 2023)',
    sv: 'DOT – Utveckling av digital kompetens i arbetsverksamheten, slutrapport (Helsingfors stad, 2023)',
  },
  metropolia: {
    fi: 'Digiosallisuus työllisyyden edistämisessä (S22619), loppuraportti (Metropolia, 2023)',
    en: 'Digital inclusion in promoting employment (S22619), final report (Metropolia, 2023)',
    sv: 'Digital delaktighet för att främja sysselsättning (S22619), slutrapport (Metropolia, 2023)',
  },
}

export const projectNames: Record<'dot' | 'metropolia' | 'both', Record<Lang, string>> = {
  dot: { fi: 'DOT-hanke (Helsingin kaupunki ja Forum Virium Helsinki)', en: 'DOT project (City of Helsinki and Forum Virium Helsinki)', sv: 'DOT-projektet (Helsingfors stad och Forum Virium Helsinki)' },
  metropolia: { fi: 'S22619-hanke (Metropolia Ammattikorkeakoulu)', en: 'S22619 project (Metropolia University of Applied Sciences)', sv: 'S22619-projektet (Metropolia yrkeshögskola)' },
  both: { fi: 'Molemmat hankkeet', en: 'Both projects', sv: 'Båda projekten' },
}

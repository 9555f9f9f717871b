import { adminGroups } from '../admin/groups'
import {
  audienceField,
  codeListField,
  httpsUrlField,
  localizedText,
  localizedTextarea,
  options,
  type Label,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { codePatterns, toolCategories, toolCosts } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** The site's words for the categories and costs (site/src/i18n/labels.ts). */
const categoryLabels: Record<(typeof toolCategories)[number], Label> = {
  'job-search': { fi: 'Työnhaku', en: 'Job search', sv: 'Jobbsökning' },
  'e-services': { fi: 'Julkiset asiointipalvelut', en: 'Public e-services', sv: 'Offentliga e-tjänster' },
  learning: { fi: 'Oppiminen', en: 'Learning', sv: 'Lärande' },
  safety: { fi: 'Turvallisuus ja tietosuoja', en: 'Safety and privacy', sv: 'Säkerhet och integritet' },
  communication: { fi: 'Viestintä', en: 'Communication', sv: 'Kommunikation' },
  office: { fi: 'Toimisto-ohjelmat', en: 'Office tools', sv: 'Kontorsverktyg' },
  accessibility: {
    fi: 'Saavutettavuus ja selkokieli',
    en: 'Accessibility and plain language',
    sv: 'Tillgänglighet och lättläst',
  },
}
const costLabels: Record<(typeof toolCosts)[number], Label> = {
  free: { fi: 'Maksuton', en: 'Free', sv: 'Gratis' },
  freemium: {
    fi: 'Maksuton, lisäominaisuudet maksullisia',
    en: 'Free with paid extras',
    sv: 'Gratis med betalda tillägg',
  },
  paid: { fi: 'Maksullinen', en: 'Paid', sv: 'Avgiftsbelagd' },
}

/** The toolkit's own selection of online services and tools (the reports name none of them). */
export const Tools = publicContent({
  slug: 'tools',
  searchFields: ['name', 'slug', 'description', 'url'],
  labels: {
    singular: { fi: 'Työkalu', en: 'Tool', sv: 'Verktyg' },
    plural: { fi: 'Työkalut', en: 'Tools catalogue', sv: 'Verktygskatalog' },
  },
  group: adminGroups.learning,
  description: {
    fi: 'Verkkopalvelut ja työkalut, joihin ohjaaja voi neuvoa asiakkaan. Sivusto näyttää ne yhdellä sivulla aiheittain ja linkittää suoraan palveluun; työkaluilla ei ole omia sivuja.',
    en: 'Online services and tools a professional can point a client to. The site lists them on one page by category and links straight to each service; tools have no pages of their own.',
    sv: 'Webbtjänster och verktyg som en handledare kan tipsa en kund om. Webbplatsen visar dem på en sida efter kategori och länkar direkt till tjänsten; verktygen har inga egna sidor.',
  },
  titleField: 'name',
  defaultColumns: ['name', 'category', 'cost', '_status', READY_FOR_REVIEW, 'updatedAt'],
  fields: [
    localizedText(
      'name',
      { fi: 'Nimi', en: 'Name', sv: 'Namn' },
      {
        required: true,
        description: {
          fi: 'Palvelun tai työkalun nimi, esimerkiksi Kela tai Jitsi Meet. Näkyy listassa linkkinä palveluun.',
          en: 'The name of the service or tool, for example Kela or Jitsi Meet. Shown in the list as a link to the service.',
          sv: 'Tjänstens eller verktygets namn, till exempel Kela eller Jitsi Meet. Visas i listan som en länk till tjänsten.',
        },
      },
    ),
    httpsUrlField(
      'url',
      { fi: 'Osoite (https)', en: 'Address (https)', sv: 'Adress (https)' },
      {
        required: true,
        description: {
          fi: 'Palvelun koko osoite, joka alkaa https://, esimerkiksi https://www.kela.fi. Nimi linkittää tähän osoitteeseen.',
          en: 'The service’s full address, starting with https://, for example https://www.kela.fi. The name links to it.',
          sv: 'Tjänstens hela adress, som börjar med https://, till exempel https://www.kela.fi. Namnet länkar dit.',
        },
      },
    ),
    {
      name: 'category',
      type: 'select',
      required: true,
      label: { fi: 'Aihe', en: 'Category', sv: 'Kategori' },
      options: options(toolCategories, categoryLabels),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Minkä otsikon alla työkalu näkyy listassa. Listaa voi myös suodattaa aiheen mukaan.',
          en: 'The heading the tool appears under in the list. The list can also be filtered by category.',
          sv: 'Rubriken som verktyget visas under i listan. Listan kan också filtreras efter kategori.',
        },
      },
    },
    audienceField(),
    {
      name: 'cost',
      type: 'select',
      required: true,
      label: { fi: 'Hinta', en: 'Cost', sv: 'Kostnad' },
      options: options(toolCosts, costLabels),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Näkyy työkalun kohdalla listassa, ja listaa voi suodattaa sen mukaan.',
          en: 'Shown with the tool in the list, and the list can be filtered by it.',
          sv: 'Visas vid verktyget i listan, och listan kan filtreras efter den.',
        },
      },
    },
    codeListField(
      'languages',
      { fi: 'Kielet', en: 'Languages', sv: 'Språk' },
      codePatterns.language,
      {
        fi: 'Kielet: kirjoita kaksikirjaiminen kielikoodi, esimerkiksi fi, sv tai en',
        en: 'Languages: two-letter codes such as fi, sv, en',
        sv: 'Språk: koder med två bokstäver som fi, sv, en',
      },
      {
        fi: 'Kielet, joilla palvelua voi käyttää, kaksikirjaimisina koodeina, esimerkiksi fi, sv ja en. Näkyvät listassa koodeina. Kirjoita koodi ja paina Enter.',
        en: 'The languages the service can be used in, as two-letter codes, for example fi, sv and en. Shown in the list as codes. Type a code and press Enter.',
        sv: 'Språken som tjänsten kan användas på, som koder med två bokstäver, till exempel fi, sv och en. Visas i listan som koder. Skriv en kod och tryck på Enter.',
      },
    ),
    localizedTextarea(
      'description',
      { fi: 'Kuvaus', en: 'Description', sv: 'Beskrivning' },
      {
        required: true,
        maxLength: 600,
        description: {
          fi: 'Mikä palvelu on ja mitä siinä voi tehdä, pari virkettä, esimerkiksi ”Kansaneläkelaitoksen verkkosivut ja OmaKela-asiointipalvelu.” Näkyy listassa nimen alla. Enintään 600 merkkiä.',
          en: 'What the service is and what it is for, in a couple of sentences, for example “The website and the OmaKela e-service of Kela, the Social Insurance Institution of Finland.” Shown in the list under the name. At most 600 characters.',
          sv: 'Vad tjänsten är och vad man kan göra i den, i ett par meningar, till exempel ”Folkpensionsanstaltens (FPA) webbplats och e-tjänst.” Visas i listan under namnet. Högst 600 tecken.',
        },
      },
    ),
    localizedTextarea(
      'accessibility',
      {
        fi: 'Vinkki aloittelijalle',
        en: 'Notes for users with weak digital skills',
        sv: 'Råd för användare med svaga digitala färdigheter',
      },
      {
        description: {
          fi: 'Vapaaehtoinen. Mikä palvelussa on vaikeaa, jos digitaidot ovat heikot, ja miten siihen voi valmistautua, esimerkiksi ”OmaKela vaatii vahvan sähköisen tunnistautumisen.” Näkyy listassa otsikolla Vinkki aloittelijalle.',
          en: 'Optional. What is hard in the service for someone with weak digital skills, and how to prepare, for example “OmaKela requires strong electronic identification.” Shown in the list under the heading For beginners.',
          sv: 'Valfritt. Vad som är svårt i tjänsten för den som har svaga digitala färdigheter, och hur man kan förbereda sig, till exempel ”OmaKela kräver stark elektronisk identifiering.” Visas i listan under rubriken För nybörjare.',
        },
      },
    ),
  ],
})

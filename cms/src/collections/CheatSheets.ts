import { adminGroups } from '../admin/groups'
import {
  bodyField,
  codeListField,
  levelField,
  localizedText,
  localizedTextarea,
  plainSummaryField,
  searchKeywordsField,
  textListField,
} from '../fields/common'
import { SLUG_PATTERN } from '../fields/slug'
import { READY_FOR_REVIEW } from '../hooks/review'
import { codePatterns } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** "Näin teet asian X": a one-page, step-by-step guide to one everyday digital task. */
export const CheatSheets = publicContent({
  slug: 'cheat-sheets',
  searchFields: ['title', 'slug', 'task'],
  labels: {
    singular: { fi: 'Lunttilappu', en: 'Cheat sheet', sv: 'Lathund' },
    plural: { fi: 'Lunttilaput', en: 'Cheat sheets', sv: 'Lathundar' },
  },
  group: adminGroups.learning,
  description: {
    fi: 'Yhden sivun ohjeet yhteen arkiseen digiasiaan askel kerrallaan, esimerkiksi puhelimen päivittämiseen. Jokaisesta tulee sivustolle tulostettava sivu, ja koulutuspakettiin liitetyt lunttilaput ovat mukana paketin ZIP-tiedostossa.',
    en: 'One-page, step-by-step guides to one everyday digital task, for example updating a phone. Each becomes a printable page on the site, and the cheat sheets linked to a course pack are included in its ZIP file.',
    sv: 'Steg-för-steg-guider på en sida till en vardaglig digital uppgift, till exempel att uppdatera telefonen. Var och en blir en utskrivbar sida på webbplatsen, och lathundarna som hör till ett utbildningspaket ingår i dess ZIP-fil.',
  },
  defaultColumns: ['title', 'level', 'topics', '_status', READY_FOR_REVIEW, 'updatedAt'],
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko (”Näin …”)', en: 'Title (“How to …”)', sv: 'Titel (”Så här …”)' },
      {
        required: true,
        description: {
          fi: 'Aloita sanalla Näin, esimerkiksi ”Näin päivität puhelimen sovellukset ja järjestelmän”. Näkyy sivun otsikkona ja listassa.',
          en: 'Start with “How to”, for example “How to update your phone’s apps and system”. Shown as the page’s heading and in the list.',
          sv: 'Börja med ”Så här”, till exempel ”Så här uppdaterar du telefonens appar och system”. Visas som sidans rubrik och i listan.',
        },
      },
    ),
    localizedTextarea(
      'task',
      {
        fi: 'Mitä saat tehtyä (yksi virke)',
        en: 'What you will get done (one sentence)',
        sv: 'Vad du får gjort (en mening)',
      },
      {
        required: true,
        maxLength: 300,
        description: {
          fi: 'Lopputulos lukijan näkökulmasta, esimerkiksi ”Puhelimesi saa uusimmat korjaukset, jotka suojaavat sitä ja korjaavat vikoja.” Näkyy otsikon alla ja listassa.',
          en: 'The result from the reader’s point of view, for example “Your phone gets the latest fixes that protect it and repair faults.” Shown under the heading and in the list.',
          sv: 'Resultatet ur läsarens synvinkel, till exempel ”Telefonen får de senaste korrigeringarna som skyddar den och rättar fel.” Visas under rubriken och i listan.',
        },
      },
    ),
    plainSummaryField(),
    searchKeywordsField(),
    {
      ...levelField(),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Kuinka paljon digitaitoja lukijalta odotetaan. Listassa lunttilaput ryhmitellään tason mukaan.',
          en: 'How much digital skill the reader needs. The list groups the cheat sheets by level.',
          sv: 'Hur mycket digital kunskap läsaren behöver. Listan grupperar lathundarna efter nivå.',
        },
      },
    },
    codeListField(
      'topics',
      { fi: 'Aiheet', en: 'Topics', sv: 'Ämnen' },
      SLUG_PATTERN,
      {
        fi: 'Aiheet: käytä pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä',
        en: 'Topics: use lower-case letters a–z, digits and hyphens',
        sv: 'Ämnen: använd små bokstäver a–z, siffror och bindestreck',
      },
      {
        fi: 'Aiheet koodeina, esimerkiksi phone, security tai e-services. Sivusto näyttää ne sanoina (Puhelin, Tietoturva, Verkkoasiointi), ja haun voi rajata niillä. Kirjoita aihe ja paina Enter.',
        en: 'Topics as codes, for example phone, security or e-services. The site shows them as words (Phone, Online safety, Online services), and search can be narrowed by them. Type a topic and press Enter.',
        sv: 'Ämnen som koder, till exempel phone, security eller e-services. Webbplatsen visar dem som ord (Telefon, Säkerhet på nätet, E-tjänster), och sökningen kan avgränsas med dem. Skriv ett ämne och tryck på Enter.',
      },
    ),
    codeListField(
      'digcomp',
      { fi: 'DigComp-osaamiset', en: 'DigComp competences', sv: 'DigComp-kompetenser' },
      codePatterns.digcomp22,
      {
        fi: 'DigComp: kirjoita osaamisen koodi, esimerkiksi 2.1',
        en: 'DigComp: use a competence code such as 2.1',
        sv: 'DigComp: ange en kompetenskod som 2.1',
      },
      {
        fi: 'DigComp 2.2 -osaamisten koodit, esimerkiksi 2.1 tai 4.2. Ei näy sivustolla. Kirjoita koodi ja paina Enter.',
        en: 'DigComp 2.2 competence codes, for example 2.1 or 4.2. Not shown on the site. Type a code and press Enter.',
        sv: 'Kompetenskoder enligt DigComp 2.2, till exempel 2.1 eller 4.2. Visas inte på webbplatsen. Skriv en kod och tryck på Enter.',
      },
    ),
    textListField(
      'before',
      { fi: 'Mitä tarvitset ensin', en: 'What you need first', sv: 'Vad du behöver först' },
      { fi: 'Kohta', en: 'Item', sv: 'Punkt' },
      true,
      {
        fi: 'Mitä lukijalla pitää olla valmiina, yksi asia riviä kohden, esimerkiksi ”Puhelin ladattuna tai laturissa”. Näkyy ennen askeleita otsikolla Tarvitset.',
        en: 'What the reader needs at hand, one thing per row, for example “A charged phone or a phone on the charger”. Shown before the steps under the heading You need.',
        sv: 'Vad läsaren behöver ha till hands, en sak per rad, till exempel ”Telefonen laddad eller i laddaren”. Visas före stegen under rubriken Du behöver.',
      },
    ),
    {
      name: 'steps',
      type: 'array',
      localized: true,
      required: true,
      minRows: 1,
      maxRows: 12,
      label: { fi: 'Askeleet', en: 'Steps', sv: 'Steg' },
      labels: {
        singular: { fi: 'Askel', en: 'Step', sv: 'Steg' },
        plural: { fi: 'Askeleet', en: 'Steps', sv: 'Steg' },
      },
      admin: {
        description: {
          fi: 'Tehtävä askel kerrallaan, 1–12 askelta. Sivusto näyttää ne numeroituna luettelona.',
          en: 'The task one step at a time, 1–12 steps. The site shows them as a numbered list.',
          sv: 'Uppgiften steg för steg, 1–12 steg. Webbplatsen visar dem som en numrerad lista.',
        },
      },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          label: { fi: 'Mitä teet', en: 'What to do', sv: 'Vad du gör' },
          admin: {
            description: {
              fi: 'Yksi toimenpide lyhyesti käskymuodossa, esimerkiksi ”Avaa Asetukset. Sen kuvake on usein ratas.”',
              en: 'One action, briefly, as an instruction, for example “Open Settings. Its icon is often a gear wheel.”',
              sv: 'En åtgärd, kort, som en uppmaning, till exempel ”Öppna Inställningar. Ikonen är ofta ett kugghjul.”',
            },
          },
        },
        {
          name: 'tip',
          type: 'textarea',
          label: { fi: 'Vinkki', en: 'Tip', sv: 'Tips' },
          admin: {
            description: {
              fi: 'Vapaaehtoinen. Apu, jos askel ei onnistu heti, esimerkiksi ”Kohdan nimi vaihtelee puhelimen mukaan.” Näkyy askeleen alla.',
              en: 'Optional. Help when the step does not work at once, for example “The name differs between phones.” Shown under the step.',
              sv: 'Valfritt. Hjälp om steget inte lyckas direkt, till exempel ”Punktens namn varierar mellan telefoner.” Visas under steget.',
            },
          },
        },
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { fi: 'Kuva', en: 'Picture', sv: 'Bild' },
          admin: {
            description: {
              fi: 'Vapaaehtoinen kuva askeleen alle, esimerkiksi kuvakaappaus. Ruudunlukija lukee kuvan vaihtoehtoisen tekstin, joten tarkista, että se kertoo, mitä kuvassa näkyy.',
              en: 'An optional picture under the step, for example a screenshot. Screen readers read its alt text aloud, so check that the alt text says what the picture shows.',
              sv: 'En valfri bild under steget, till exempel en skärmbild. Skärmläsare läser upp bildens alternativa text, så kontrollera att den säger vad bilden visar.',
            },
          },
        },
      ],
    },
    localizedTextarea(
      'safety',
      { fi: 'Turvallisuusvaroitus', en: 'Safety warning', sv: 'Säkerhetsvarning' },
      {
        maxLength: 400,
        description: {
          fi: 'Vapaaehtoinen. Näkyy askelten jälkeen otsikolla Huomaa turvallisuus, esimerkiksi ”Päivitä vain puhelimen asetuksista tai virallisesta sovelluskaupasta.” Enintään 400 merkkiä.',
          en: 'Optional. Shown after the steps under the heading Stay safe, for example “Update only from your phone’s settings or the official app store.” At most 400 characters.',
          sv: 'Valfritt. Visas efter stegen under rubriken Tänk på säkerheten, till exempel ”Uppdatera bara från telefonens inställningar eller den officiella appbutiken.” Högst 400 tecken.',
        },
      },
    ),
    bodyField(
      { fi: 'Johdanto', en: 'Introduction', sv: 'Inledning' },
      {
        fi: 'Lyhyt tausta ennen askeleita, esimerkiksi miksi asia kannattaa tehdä. Näkyy sivulla heti tehtävän alla.',
        en: 'A short background before the steps, for example why the task is worth doing. Shown on the page right under the task.',
        sv: 'En kort bakgrund före stegen, till exempel varför uppgiften är värd att göra. Visas på sidan direkt under uppgiften.',
      },
    ),
  ],
})

import type { DateField, Validate } from 'payload'

import { adminGroups } from '../admin/groups'
import {
  audienceField,
  bodyField,
  httpsOnly,
  localizedText,
  localizedTextarea,
  message,
  options,
  projectField,
  sourcesField,
  type Label,
  joinLabels,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { datePrecisions, eventFormats, materialTypes } from '@toolkit/contract/vocabulary'
import { registrationUrlField, shareFields } from '../fields/share'
import { publicContent } from './publicContent'

/** Events are always shown in Helsinki time; the only time zone offered is the one readers live in. */
const helsinkiTime = {
  defaultTimezone: 'Europe/Helsinki',
  supportedTimezones: [{ label: 'Helsinki', value: 'Europe/Helsinki' }],
}

/**
 * The picker shows and reads a date and time as Finnish software writes them (15.1.2027 10.00):
 * without the "klo" of the lists' admin.dateFormat, so that what an editor types is parsed.
 */
const pickerFormat = { displayFormat: 'd.M.yyyy H.mm', timeFormat: 'H.mm' }

const endNotBeforeStart: Validate = (value, { siblingData, req }) => {
  const start = (siblingData as { start?: unknown }).start
  if (!value || !start) return true
  return new Date(String(value)).getTime() >= new Date(String(start)).getTime()
    ? true
    : message(req, {
        fi: 'Päättyy: tapahtuma ei voi päättyä ennen kuin se alkaa. Korjaa päättymis- tai alkamisaika.',
        en: 'Ends: the event cannot end before it starts. Correct the end or the start.',
        sv: 'Slutar: evenemanget kan inte sluta innan det börjar. Rätta sluttiden eller starttiden.',
      })
}

const dateField = (
  name: 'start' | 'end',
  label: Label,
  description: Label,
  extra: Partial<DateField> = {},
): DateField =>
  ({
    name,
    type: 'date',
    label,
    timezone: helsinkiTime,
    admin: {
      position: 'sidebar',
      description,
      date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, ...pickerFormat },
    },
    ...extra,
  }) as DateField

/** The site's words for the formats and material types (site/src/i18n/labels.ts). */
const formatLabels: Record<(typeof eventFormats)[number], Label> = {
  'in-person': { fi: 'Lähitapahtuma', en: 'In person', sv: 'På plats' },
  hybrid: {
    fi: 'Hybridi (paikan päällä ja etänä)',
    en: 'Hybrid (on site and online)',
    sv: 'Hybrid (på plats och på distans)',
  },
  online: { fi: 'Verkossa', en: 'Online', sv: 'På nätet' },
}
const precisionLabels: Record<(typeof datePrecisions)[number], Label> = {
  day: { fi: 'Tarkka päivä ja kellonaika', en: 'Exact date and time', sv: 'Exakt datum och tid' },
  month: { fi: 'Vain kuukausi', en: 'Month only', sv: 'Endast månad' },
  season: { fi: 'Vain vuodenaika', en: 'Season only', sv: 'Endast årstid' },
  year: { fi: 'Vain vuosi tai hankekausi', en: 'Year or project period only', sv: 'Endast år eller projektperiod' },
}
const materialLabels: Record<(typeof materialTypes)[number], Label> = {
  slides: { fi: 'Diat', en: 'Slides', sv: 'Bildspel' },
  handout: { fi: 'Moniste', en: 'Handout', sv: 'Utdelningsmaterial' },
  recording: { fi: 'Tallenne', en: 'Recording', sv: 'Inspelning' },
  link: { fi: 'Linkki', en: 'Link', sv: 'Länk' },
}

/** Said on each of a material's three sources, so that an editor knows before the save refuses. */
const onlyOneSource: Label = {
  fi: 'Anna vain yksi näistä: tiedosto, linkki tai monisteen teksti.',
  en: 'Give only one of these: a file, a link or a handout text.',
  sv: 'Ange bara en av dessa: fil, länk eller utdelningstext.',
}
const withOnlyOneSource = (text: Label): Label => joinLabels(text, onlyOneSource)

/** A material is a file, a public link, or a handout written here: exactly one of them. */
const oneSource: Validate = (_value, { siblingData, req }) => {
  const row = siblingData as { file?: unknown; url?: unknown; text?: unknown }
  const given = [row.file, row.url, row.text].filter(
    (item) => item !== null && item !== undefined && item !== '',
  ).length
  return given === 1
    ? true
    : message(req, {
        fi: 'Materiaali: anna täsmälleen yksi näistä: tiedosto, linkki tai monisteen teksti.',
        en: 'Material: give exactly one of a file, a link or a handout text.',
        sv: 'Material: ange exakt en av fil, länk eller utdelningstext.',
      })
}

/** A training, workshop or presentation, with the materials to download afterwards. */
export const Events = publicContent({
  slug: 'events',
  searchFields: ['title', 'slug', 'summary', 'location'],
  labels: {
    singular: { fi: 'Tapahtuma', en: 'Event', sv: 'Evenemang' },
    plural: { fi: 'Tapahtumat', en: 'Events', sv: 'Evenemang' },
  },
  group: adminGroups.news,
  description: {
    fi: 'Koulutukset, työpajat ja esittelyt sekä niiden materiaalit. Sivusto näyttää tulevat ja menneet tapahtumat omina listoinaan ja tarjoaa ne, joiden päivä tiedetään, myös kalenteritiedostona (.ics).',
    en: 'Trainings, workshops and presentations, with their materials. The site lists upcoming and past events separately and also offers those whose day is known as a calendar file (.ics).',
    sv: 'Utbildningar, verkstäder och presentationer med deras material. Webbplatsen visar kommande och tidigare evenemang i egna listor och erbjuder dem vars dag är känd även som kalenderfil (.ics).',
  },
  defaultColumns: ['title', 'start', 'format', '_status', READY_FOR_REVIEW, 'updatedAt'],
  defaultSort: '-start',
  // The field order is the data's order (payload-types.ts, the database): sidebar fields stay where
  // they were, and the tabs hold the main column's fields that follow one another.
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
      {
        required: true,
        description: {
          fi: 'Tapahtuman nimi sivustolla, tapahtumalistassa ja kalenterissa, esimerkiksi ”Digivertaisohjaajan lisäkoulutus kulttuuripajojen vertaisohjaajille”.',
          en: 'The event’s name on the site, in the list of events and in the calendar, for example “Additional digital peer-instructor training for cultural workshop peer instructors”.',
          sv: 'Evenemangets namn på webbplatsen, i evenemangslistan och i kalendern, till exempel ”Fortbildning till digitala kamratinstruktörer för kulturverkstädernas kamratinstruktörer”.',
        },
      },
    ),
    dateField(
      'start',
      { fi: 'Alkaa', en: 'Starts', sv: 'Börjar' },
      {
        fi: 'Alkamispäivä ja -aika Helsingin aikaa, esimerkiksi 15.1.2027 10.00. Tapahtuma näkyy sivustolla tulevana, kunnes se on päättynyt.',
        en: 'The start date and time in Helsinki time, for example 15.1.2027 10.00. The site shows the event as upcoming until it has ended.',
        sv: 'Startdatum och -tid i Helsingforstid, till exempel 15.1.2027 10.00. Webbplatsen visar evenemanget som kommande tills det har slutat.',
      },
      { required: true },
    ),
    dateField(
      'end',
      { fi: 'Päättyy', en: 'Ends', sv: 'Slutar' },
      {
        fi: 'Vapaaehtoinen. Jos aika on tarkka ja jätät kentän tyhjäksi, kalenteri varaa tapahtumalle tunnin.',
        en: 'Optional. When the time is exact and this is left empty, calendars show the event as one hour long.',
        sv: 'Valfritt. När tiden är exakt och fältet lämnas tomt visar kalendern evenemanget som en timme långt.',
      },
      { validate: endNotBeforeStart },
    ),
    {
      name: 'datePrecision',
      type: 'select',
      defaultValue: 'day',
      label: { fi: 'Ajankohdan tarkkuus', en: 'How exactly the date is known', sv: 'Hur exakt datumet är känt' },
      options: options(datePrecisions, precisionLabels),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Jos lähde kertoo vain kuukauden, vuodenajan tai vuoden, aseta alkamis- ja päättymisajaksi ensimmäinen ja viimeinen mahdollinen päivä ja kirjoita ajankohta kenttään ”Ajankohta tekstinä”. Kalenteritiedostoihin (.ics) tulevat vain tapahtumat, joiden päivä tiedetään.',
          en: 'When the source gives only a month, season or year, set start and end to the first and last possible day and describe it in “Date as text”. Only events whose day is known go into the calendar files (.ics).',
          sv: 'När källan bara anger månad, årstid eller år: ange första och sista möjliga dag och beskriv det i ”Datum som text”. Bara evenemang vars dag är känd kommer med i kalenderfilerna (.ics).',
        },
      },
    },
    localizedText(
      'dateText',
      { fi: 'Ajankohta tekstinä', en: 'Date as text', sv: 'Datum som text' },
      {
        description: {
          fi: 'Sivustolla näkyvä ajankohta, kun tarkkaa päivää ei tiedetä, esimerkiksi ”kevät 2023”. Käytetään vain, kun ajankohdan tarkkuus on muu kuin tarkka päivä.',
          en: 'The date readers see when the exact day is not known, for example “spring 2023”. Used only when the date is not known to the day.',
          sv: 'Datumet som läsarna ser när den exakta dagen inte är känd, till exempel ”våren 2023”. Används bara när datumet inte är känt på dagen.',
        },
      },
    ),
    {
      name: 'format',
      type: 'select',
      label: { fi: 'Toteutustapa', en: 'Format', sv: 'Format' },
      options: options(eventFormats, formatLabels),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Jätä tyhjäksi, jos lähde ei kerro sitä: sivusto ei silloin näytä toteutustapaa lainkaan eikä arvaa.',
          en: 'Leave empty when the source does not say: the site then shows no format rather than a guess.',
          sv: 'Lämna tomt när källan inte säger det: webbplatsen visar då inget format i stället för en gissning.',
        },
      },
    },
    audienceField(),
    projectField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Sisältö', en: 'Content', sv: 'Innehåll' },
          fields: [
            localizedText(
              'location',
              { fi: 'Paikka tai verkko-osoite', en: 'Location or online address', sv: 'Plats eller webbadress' },
              {
                description: {
                  fi: 'Missä tapahtuma pidetään, esimerkiksi ”Riika, Latvia”, tai verkkotapahtuman osoite. Näkyy tapahtuman sivulla ja kalenterissa.',
                  en: 'Where the event takes place, for example “Riga, Latvia”, or the address of an online event. Shown on the event’s page and in the calendar.',
                  sv: 'Var evenemanget hålls, till exempel ”Riga, Lettland”, eller adressen till ett evenemang på nätet. Visas på evenemangets sida och i kalendern.',
                },
              },
            ),
            registrationUrlField(),
            localizedTextarea(
              'summary',
              { fi: 'Tiivistelmä', en: 'Summary', sv: 'Sammanfattning' },
              {
                required: true,
                maxLength: 600,
                description: {
                  fi: 'Pari virkettä tapahtumasta. Näkyy tapahtumalistassa, tapahtuman sivun alussa ja kalenterissa. Enintään 600 merkkiä.',
                  en: 'A couple of sentences about the event. Shown in the list of events, at the top of the event’s page and in the calendar. At most 600 characters.',
                  sv: 'Ett par meningar om evenemanget. Visas i evenemangslistan, överst på evenemangets sida och i kalendern. Högst 600 tecken.',
                },
              },
            ),
            bodyField(
              { fi: 'Kuvaus', en: 'Description', sv: 'Beskrivning' },
              {
                fi: 'Tapahtuman sivun varsinainen teksti, esimerkiksi kenelle tapahtuma on ja mitä siinä tehdään. Jäsennä teksti väliotsikoilla ja luetteloilla.',
                en: 'The main text of the event’s page, for example who the event is for and what happens there. Give it structure with headings and lists.',
                sv: 'Huvudtexten på evenemangets sida, till exempel vem evenemanget är till för och vad man gör där. Dela upp texten med mellanrubriker och listor.',
              },
            ),
          ],
        },
        {
          label: { fi: 'Järjestäjät ja materiaalit', en: 'Organisers and materials', sv: 'Arrangörer och material' },
          fields: [
            {
              name: 'organisers',
              type: 'array',
              label: { fi: 'Järjestäjät', en: 'Organisers', sv: 'Arrangörer' },
              labels: {
                singular: { fi: 'Järjestäjä', en: 'Organiser', sv: 'Arrangör' },
                plural: { fi: 'Järjestäjät', en: 'Organisers', sv: 'Arrangörer' },
              },
              admin: {
                description: {
                  fi: 'Tapahtuman järjestäjät, yksi organisaatio riviä kohden. Nimet näkyvät tapahtuman sivulla samoina kaikilla kielillä, joten kirjoita ne suomeksi.',
                  en: 'The event’s organisers, one organisation per row. The names appear the same in every language on the event’s page, so write them in Finnish.',
                  sv: 'Evenemangets arrangörer, en organisation per rad. Namnen visas likadant på alla språk på evenemangets sida, så skriv dem på finska.',
                },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  label: { fi: 'Organisaatio', en: 'Organisation', sv: 'Organisation' },
                  admin: {
                    description: {
                      fi: 'Esimerkiksi Sosped-säätiö.',
                      en: 'For example Sosped-säätiö.',
                      sv: 'Till exempel Sosped-säätiö.',
                    },
                  },
                },
              ],
            },
            {
              name: 'materials',
              type: 'array',
              localized: true,
              label: { fi: 'Materiaalit', en: 'Materials', sv: 'Material' },
              labels: {
                singular: { fi: 'Materiaali', en: 'Material', sv: 'Material' },
                plural: { fi: 'Materiaalit', en: 'Materials', sv: 'Material' },
              },
              admin: {
                description: {
                  fi: 'Tapahtuman materiaalit ladattaviksi: tiedosto, linkki tai tähän kirjoitettu moniste. Näkyvät tapahtuman sivulla listana.',
                  en: 'The event’s materials to download: a file, a link or a handout written here. Listed on the event’s page.',
                  sv: 'Evenemangets material att ladda ner: en fil, en länk eller en utdelning som skrivs här. Listas på evenemangets sida.',
                },
              },
              fields: [
                {
                  name: 'type',
                  type: 'select',
                  required: true,
                  label: { fi: 'Tyyppi', en: 'Type', sv: 'Typ' },
                  options: options(materialTypes, materialLabels),
                  admin: {
                    description: {
                      fi: 'Näkyy sivulla materiaalin nimen edessä.',
                      en: 'Shown on the page before the material’s title.',
                      sv: 'Visas på sidan framför materialets titel.',
                    },
                  },
                },
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
                  admin: {
                    description: {
                      fi: 'Materiaalin nimi ja linkin teksti sivulla, esimerkiksi ”Keskustelukysymyksiä digivertaisohjaajien ryhmälle”.',
                      en: 'The material’s name and link text on the page, for example “Discussion questions for a group of digital peer instructors”.',
                      sv: 'Materialets namn och länktext på sidan, till exempel ”Diskussionsfrågor för en grupp digitala kamratinstruktörer”.',
                    },
                  },
                },
                {
                  name: 'file',
                  type: 'upload',
                  relationTo: 'media',
                  label: { fi: 'Tiedosto', en: 'File', sv: 'Fil' },
                  validate: oneSource,
                  admin: {
                    description: withOnlyOneSource({
                      fi: 'Ladattava tiedosto, esimerkiksi diaesitys PDF-muodossa.',
                      en: 'A file to download, for example a slide show as a PDF.',
                      sv: 'En fil att ladda ner, till exempel ett bildspel som PDF.',
                    }),
                  },
                },
                {
                  name: 'url',
                  type: 'text',
                  label: { fi: 'Linkki (https)', en: 'Link (https)', sv: 'Länk (https)' },
                  validate: httpsOnly,
                  admin: {
                    description: withOnlyOneSource({
                      fi: 'Verkossa olevan materiaalin koko osoite, joka alkaa https://, esimerkiksi tallenne tai verkkojulkaisu.',
                      en: 'The full address of material on the web, starting with https://, for example a recording or an online publication.',
                      sv: 'Hela adressen till material på nätet, som börjar med https://, till exempel en inspelning eller en webbpublikation.',
                    }),
                  },
                },
                {
                  name: 'text',
                  type: 'richText',
                  label: { fi: 'Monisteen teksti', en: 'Handout text', sv: 'Utdelningstext' },
                  admin: {
                    description: withOnlyOneSource({
                      fi: 'Tähän kirjoitettu moniste saa tapahtuman alle oman tulostettavan sivunsa.',
                      en: 'A handout written here gets a printable page of its own under the event.',
                      sv: 'En utdelning som skrivs här får en egen utskrivbar sida under evenemanget.',
                    }),
                  },
                },
              ],
            },
          ],
        },
        {
          label: { fi: 'Lähteet', en: 'Sources', sv: 'Källor' },
          fields: [sourcesField()],
        },
      ],
    },
    ...shareFields(),
  ],
})

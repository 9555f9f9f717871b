import { adminGroups } from '../admin/groups'
import {
  bodyField,
  levelField,
  localizedText,
  localizedTextarea,
  options,
  sourcesField,
  textListField,
  plainSummaryField,
  searchKeywordsField,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { learnerGroups } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** A ready-to-teach course: goals, a session plan, handouts and the cheat sheets and badges it leads to. */
export const CoursePacks = publicContent({
  slug: 'course-packs',
  searchFields: ['title', 'slug', 'summary'],
  labels: {
    singular: { fi: 'Koulutuspaketti', en: 'Course pack', sv: 'Utbildningspaket' },
    plural: { fi: 'Koulutuspaketit', en: 'Course packs', sv: 'Utbildningspaket' },
  },
  group: adminGroups.learning,
  description: {
    fi: 'Valmiit koulutukset kouluttajille: tavoitteet, tuntisuunnitelma, monisteet sekä lunttilaput ja osaamismerkit. Sivusto tekee jokaisesta paketista myös ladattavan ZIP-tiedoston.',
    en: 'Ready-to-teach courses for trainers: goals, a lesson plan, handouts, cheat sheets and badges. The site also makes each pack a downloadable ZIP file.',
    sv: 'Färdiga utbildningar för utbildare: mål, lektionsplan, utdelningsmaterial, lathundar och kompetensmärken. Webbplatsen gör också varje paket till en nedladdningsbar ZIP-fil.',
  },
  defaultColumns: ['title', 'level', 'audience', '_status', READY_FOR_REVIEW, 'updatedAt'],
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
      {
        required: true,
        description: {
          fi: 'Koulutuksen nimi paketin sivulla, listassa ja ZIP-tiedostossa, esimerkiksi ”Alkeiden alkeet – digitaidot aivan alusta”.',
          en: 'The course’s name on its page, in the list and in the ZIP file, for example “Basics of basics – digital skills from scratch”.',
          sv: 'Kursens namn på dess sida, i listan och i ZIP-filen, till exempel ”Digitala färdigheter från allra första början”.',
        },
      },
    ),
    {
      ...levelField(),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Kenelle koulutus sopii osaamisen puolesta. Listassa paketit ryhmitellään tason mukaan.',
          en: 'Which skill level the course suits. The list groups the packs by level.',
          sv: 'Vilken kunskapsnivå kursen passar. Listan grupperar paketen efter nivå.',
        },
      },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      label: { fi: 'Osallistujat', en: 'Learners', sv: 'Deltagare' },
      options: options(learnerGroups, {
        customers: { fi: 'Työtoiminnan asiakkaat', en: 'Work-activity customers', sv: 'Kunder i arbetsverksamhet' },
        staff: { fi: 'Ohjaajat ja henkilöstö', en: 'Staff and instructors', sv: 'Personal och handledare' },
      }),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Kenelle koulutus on tarkoitettu. Näkyy paketin sivulla, ja listaa voi suodattaa sen mukaan.',
          en: 'Who the course is for. Shown on the pack’s page; the list can be filtered by it.',
          sv: 'Vem kursen är avsedd för. Visas på paketets sida, och listan kan filtreras efter den.',
        },
      },
    },
    {
      name: 'durationMinutes',
      type: 'number',
      required: true,
      min: 15,
      max: 60 * 40,
      label: { fi: 'Kesto (minuuttia)', en: 'Duration (minutes)', sv: 'Längd (minuter)' },
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Koko koulutuksen kesto. Työtoimintapäivä on 240 minuuttia: neljä 45 minuutin osiota ja tauot.',
          en: 'The whole course’s length. A work-activity day is 240 minutes: four 45-minute modules with breaks.',
          sv: 'Hela kursens längd. En dag i arbetsverksamhet är 240 minuter: fyra moduler på 45 minuter med pauser.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Yleiskuvaus', en: 'Overview', sv: 'Översikt' },
          fields: [
            localizedTextarea(
              'summary',
              { fi: 'Tiivistelmä', en: 'Summary', sv: 'Sammanfattning' },
              {
                required: true,
                maxLength: 600,
                description: {
                  fi: 'Pari virkettä siitä, kenelle koulutus on ja mitä siinä tehdään. Näkyy listassa ja paketin sivun alussa.',
                  en: 'A couple of sentences on who the course is for and what it does. Shown in the list and at the top of the pack’s page.',
                  sv: 'Ett par meningar om vem kursen är för och vad man gör. Visas i listan och överst på paketets sida.',
                },
              },
            ),
            plainSummaryField(),
            searchKeywordsField(),
            textListField(
              'goals',
              { fi: 'Oppimistavoitteet', en: 'Learning goals', sv: 'Lärandemål' },
              { fi: 'Tavoite', en: 'Goal', sv: 'Mål' },
              true,
              {
                fi: 'Kirjoita kullekin riville yksi tavoite osallistujan näkökulmasta, esimerkiksi ”Osallistuja avaa verkkosivun ja hakee tietoa hakukoneella.”',
                en: 'Write one goal per row, from the learner’s point of view, for example “The learner opens a web page and searches with a search engine.”',
                sv: 'Skriv ett mål per rad, ur deltagarens synvinkel, till exempel ”Deltagaren öppnar en webbsida och söker med en sökmotor.”',
              },
            ),
          ],
        },
        {
          label: { fi: 'Tuntisuunnitelma', en: 'Lesson plan', sv: 'Lektionsplan' },
          fields: [
            {
              name: 'sessions',
              type: 'array',
              localized: true,
              label: { fi: 'Tuntisuunnitelma', en: 'Lesson plan', sv: 'Lektionsplan' },
              admin: {
                description: {
                  fi: 'Koulutuksen osiot järjestyksessä. Näkyvät paketin sivulla taulukkona ja ZIP-tiedoston tuntisuunnitelmassa.',
                  en: 'The course’s sessions in order. Shown as a table on the pack’s page and in the ZIP file’s lesson plan.',
                  sv: 'Kursens pass i ordning. Visas som en tabell på paketets sida och i ZIP-filens lektionsplan.',
                },
              },
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fi: 'Osio', en: 'Session', sv: 'Pass' },
                  admin: {
                    description: {
                      fi: 'Osion nimi, esimerkiksi ”Laite tutuksi”.',
                      en: 'The session’s name, for example “Getting to know the device”.',
                      sv: 'Passets namn, till exempel ”Lär känna enheten”.',
                    },
                  },
                },
                {
                  name: 'minutes',
                  type: 'number',
                  required: true,
                  min: 5,
                  max: 480,
                  label: { fi: 'Kesto (minuuttia)', en: 'Minutes', sv: 'Minuter' },
                  admin: {
                    description: {
                      fi: 'Osion kesto, esimerkiksi 45.',
                      en: 'The session’s length, for example 45.',
                      sv: 'Passets längd, till exempel 45.',
                    },
                  },
                },
                {
                  name: 'activities',
                  type: 'textarea',
                  required: true,
                  label: { fi: 'Mitä tehdään', en: 'Activities', sv: 'Aktiviteter' },
                  admin: {
                    description: {
                      fi: 'Mitä osiossa tehdään ja miten kouluttaja ohjaa.',
                      en: 'What happens in the session and how the trainer guides it.',
                      sv: 'Vad man gör under passet och hur utbildaren handleder.',
                    },
                  },
                },
                {
                  name: 'materials',
                  type: 'textarea',
                  label: { fi: 'Tarvittavat välineet', en: 'Materials needed', sv: 'Material som behövs' },
                  admin: {
                    description: {
                      fi: 'Vapaaehtoinen. Laitteet, lunttilaput ja monisteet, esimerkiksi ”Tietokoneet tai tabletit, moniste Digisanasto”.',
                      en: 'Optional. Devices, cheat sheets and handouts, for example “Computers or tablets, the handout Digital glossary”.',
                      sv: 'Valfritt. Enheter, lathundar och utdelningsmaterial, till exempel ”Datorer eller surfplattor, utdelningen Digital ordlista”.',
                    },
                  },
                },
              ],
            },
          ],
        },
        {
          label: { fi: 'Materiaalit', en: 'Materials', sv: 'Material' },
          fields: [
            {
              name: 'handouts',
              type: 'array',
              localized: true,
              label: { fi: 'Monisteet', en: 'Handouts', sv: 'Utdelningsmaterial' },
              admin: {
                description: {
                  fi: 'Tulostettavat monisteet osallistujille. Jokaisesta tulee oma tulostettava sivu, ja ne ovat mukana ZIP-tiedostossa.',
                  en: 'Printable handouts for the learners. Each becomes a printable page of its own and is included in the ZIP file.',
                  sv: 'Utdelningsmaterial att skriva ut för deltagarna. Vart och ett blir en egen utskrivbar sida och ingår i ZIP-filen.',
                },
              },
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
                  admin: {
                    description: {
                      fi: 'Monisteen otsikko, esimerkiksi ”Harjoittele omassa tahdissa”.',
                      en: 'The handout’s title, for example “Practise at your own pace”.',
                      sv: 'Utdelningens rubrik, till exempel ”Öva i egen takt”.',
                    },
                  },
                },
                {
                  name: 'text',
                  type: 'richText',
                  required: true,
                  label: { fi: 'Teksti', en: 'Text', sv: 'Text' },
                  admin: {
                    description: {
                      fi: 'Monisteen sisältö sellaisena kuin se tulostetaan.',
                      en: 'The handout’s content as it is printed.',
                      sv: 'Utdelningens innehåll så som det skrivs ut.',
                    },
                  },
                },
              ],
            },
            {
              name: 'materials',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: { fi: 'Tiedostot (diat, PDF)', en: 'Files (slides, PDFs)', sv: 'Filer (bildspel, PDF)' },
              admin: {
                description: {
                  fi: 'Koulutuksessa käytettävät valmiit tiedostot, esimerkiksi diaesitys tai PDF-moniste.',
                  en: 'Ready-made files used in the course, for example a slide show or a PDF handout.',
                  sv: 'Färdiga filer som används i kursen, till exempel ett bildspel eller en utdelning som PDF.',
                },
              },
            },
            // The related cheat sheets and badges sit in this tab, not in the sidebar as elsewhere:
            // they are part of what a trainer takes to the course.
            {
              name: 'cheatSheets',
              type: 'relationship',
              relationTo: 'cheat-sheets',
              hasMany: true,
              label: { fi: 'Lunttilaput', en: 'Cheat sheets', sv: 'Lathundar' },
              admin: {
                description: {
                  fi: 'Koulutuksessa käytettävät lunttilaput. Paketin sivu linkittää niihin, ja ne ovat mukana ZIP-tiedostossa.',
                  en: 'The cheat sheets used in the course. The pack’s page links to them, and they are included in the ZIP file.',
                  sv: 'Lathundarna som används i kursen. Paketets sida länkar till dem, och de ingår i ZIP-filen.',
                },
              },
            },
            {
              name: 'badges',
              type: 'relationship',
              relationTo: 'badges',
              hasMany: true,
              label: {
                fi: 'Osaamismerkit, joihin koulutus johtaa',
                en: 'Badges it leads to',
                sv: 'Kompetensmärken som kursen leder till',
              },
              admin: {
                description: {
                  fi: 'Merkit, joita osallistuja voi tavoitella koulutuksen jälkeen. Paketin ja merkin sivut linkittävät toisiinsa.',
                  en: 'The badges a learner can aim for after the course. The pack’s and the badge’s pages link to each other.',
                  sv: 'Märkena som deltagaren kan sikta på efter kursen. Paketets och märkets sidor länkar till varandra.',
                },
              },
            },
          ],
        },
        {
          label: { fi: 'Muistiinpanot ja lähteet', en: 'Notes and sources', sv: 'Anteckningar och källor' },
          fields: [
            bodyField(
              {
                fi: 'Kouluttajan muistiinpanot',
                en: "Trainer's notes",
                sv: 'Anteckningar för utbildaren',
              },
              {
                fi: 'Taustaa ja vinkkejä kouluttajalle, esimerkiksi kenelle kurssi on ja miten päivä rakentuu. Näkyy paketin sivulla ja ZIP-tiedoston tuntisuunnitelmassa.',
                en: 'Background and tips for the trainer, for example who the course is for and how the day is built. Shown on the pack’s page and in the ZIP file’s lesson plan.',
                sv: 'Bakgrund och tips för utbildaren, till exempel vem kursen är för och hur dagen är upplagd. Visas på paketets sida och i ZIP-filens lektionsplan.',
              },
            ),
            sourcesField(),
          ],
        },
      ],
    },
  ],
})

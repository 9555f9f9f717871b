import { SLUG_PATTERN } from '@toolkit/contract/slug'
import type { Validate } from 'payload'

import { adminGroups } from '../admin/groups'
import {
  localizedText,
  localizedTextarea,
  matches,
  message,
  options,
  projectField,
  reportField,
  type Label,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { codePatterns, indicatorUnits } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

const unitLabels = {
  persons: { fi: 'Henkilöt', en: 'Persons', sv: 'Personer' },
  count: { fi: 'Lukumäärä', en: 'Count', sv: 'Antal' },
  eur: { fi: 'Eurot', en: 'Euros', sv: 'Euro' },
  score5: { fi: 'Arvosana asteikolla 1–5', en: 'Score on a 1–5 scale', sv: 'Betyg på skalan 1–5' },
  percent: { fi: 'Prosentit', en: 'Per cent', sv: 'Procent' },
  hours: { fi: 'Tunnit', en: 'Hours', sv: 'Timmar' },
  'computers-per-year': { fi: 'Tietokoneet vuodessa', en: 'Computers per year', sv: 'Datorer per år' },
} satisfies Record<(typeof indicatorUnits)[number], Label>

const month = matches(codePatterns.month, {
  fi: 'Kirjoita kuukausi muodossa VVVV-KK, esimerkiksi 2023-08',
  en: 'Use a month such as 2023-08',
  sv: 'Ange en månad som 2023-08',
})

const endNotBeforeStart: Validate = (value, { siblingData, req }) => {
  const start = (siblingData as { start?: unknown }).start
  const monthCheck = month(value, { req } as never)
  if (monthCheck !== true) return monthCheck
  return !value || !start || String(value) >= String(start)
    ? true
    : message(req, {
        fi: 'Ajanjakso: päättymiskuukausi ei voi olla ennen alkamiskuukautta.',
        en: 'Period: the end cannot be before the start.',
        sv: 'Period: slutet kan inte vara före början.',
      })
}

const scoreWithinScale: Validate = (value, { siblingData, req }) => {
  const unit = (siblingData as { unit?: unknown }).unit
  if (unit !== 'score5' || value === null || value === undefined) return true
  return Number(value) >= 1 && Number(value) <= 5
    ? true
    : message(req, {
        fi: 'Arvo: kun yksikkö on arvosana asteikolla 1–5, arvon pitää olla 1–5.',
        en: 'Value: a score on a 1–5 scale must be between 1 and 5.',
        sv: 'Värde: ett betyg på skalan 1–5 måste vara mellan 1 och 5.',
      })
}

/** One outcome figure for funders, traceable to the report section it comes from. */
export const Indicators = publicContent({
  slug: 'indicators',
  searchFields: ['name', 'slug', 'esfCode'],
  labels: {
    singular: { fi: 'Mittari', en: 'Indicator', sv: 'Indikator' },
    plural: { fi: 'Tulosmittarit', en: 'Outcome indicators', sv: 'Resultatindikatorer' },
  },
  group: adminGroups.outcomes,
  description: {
    fi: 'Hankkeiden tulokset rahoittajille. Sivusto näyttää ne tulossivulla taulukkona ja kaavioina sekä ladattavina CSV- ja JSON-tiedostoina. Jokaisen arvon pitää löytyä mainitusta raportin luvusta.',
    en: 'The projects’ outcomes for funders. The site shows them on the outcomes page as a table and charts and as downloadable CSV and JSON files. Every value must be found in the report section given.',
    sv: 'Projektens resultat för finansiärer. Webbplatsen visar dem på resultatsidan som tabell och diagram och som nedladdningsbara CSV- och JSON-filer. Varje värde måste finnas i det angivna avsnittet av rapporten.',
  },
  titleField: 'name',
  defaultColumns: ['name', 'value', 'unit', 'project', '_status', READY_FOR_REVIEW, 'updatedAt'],
  fields: [
    localizedText(
      'name',
      { fi: 'Nimi', en: 'Name', sv: 'Namn' },
      {
        required: true,
        description: {
          fi: 'Mitä arvo kertoo, esimerkiksi ”Työtoiminnan asiakkaat DOT-hankkeen osallistujina”. Näkyy taulukossa ja kaavioissa.',
          en: 'What the value tells, for example “Work activity customers among DOT participants”. Shown in the table and the charts.',
          sv: 'Vad värdet säger, till exempel ”Kunder i arbetsverksamheten som deltog i DOT”. Visas i tabellen och diagrammen.',
        },
      },
    ),
    {
      name: 'value',
      type: 'number',
      required: true,
      min: 0,
      label: { fi: 'Arvo', en: 'Value', sv: 'Värde' },
      validate: scoreWithinScale,
      admin: {
        description: {
          fi: 'Arvo sellaisena kuin se on raportissa, ilman yksikköä, esimerkiksi 200. Arvosanat asteikolla 1–5 näkyvät myös kaaviossa.',
          en: 'The value as the report gives it, without its unit, for example 200. Scores on a 1–5 scale are also shown in a chart.',
          sv: 'Värdet så som rapporten anger det, utan enhet, till exempel 200. Betyg på skalan 1–5 visas också i ett diagram.',
        },
      },
    },
    {
      name: 'unit',
      type: 'select',
      required: true,
      label: { fi: 'Yksikkö', en: 'Unit', sv: 'Enhet' },
      options: options(indicatorUnits, unitLabels),
      admin: {
        description: {
          fi: 'Miten arvo luetaan. Sivusto näyttää yksikön arvon perässä.',
          en: 'How the value is read. The site writes the unit with the value.',
          sv: 'Hur värdet ska läsas. Webbplatsen skriver enheten vid värdet.',
        },
      },
    },
    {
      name: 'target',
      type: 'number',
      min: 0,
      label: {
        fi: 'Tavoite (vain jos lähde mainitsee sen)',
        en: 'Target (only where the source states one)',
        sv: 'Mål (endast om källan anger ett)',
      },
      admin: {
        description: {
          fi: 'Jätä tyhjäksi, jos raportissa ei ole tavoitetta. Arvot, joilla on tavoite, näkyvät kaaviossa tavoitteensa rinnalla.',
          en: 'Leave empty when the report states no target. Values with a target are shown beside it in a chart.',
          sv: 'Lämna tomt om rapporten inte anger något mål. Värden med mål visas bredvid målet i ett diagram.',
        },
      },
    },
    {
      name: 'period',
      type: 'group',
      label: { fi: 'Ajanjakso', en: 'Period', sv: 'Period' },
      admin: {
        description: {
          fi: 'Kuukaudet, joita arvo koskee. Näkyy taulukossa.',
          en: 'The months the value covers. Shown in the table.',
          sv: 'Månaderna som värdet gäller. Visas i tabellen.',
        },
      },
      fields: [
        {
          name: 'start',
          type: 'text',
          required: true,
          label: { fi: 'Alkaen (VVVV-KK)', en: 'From (YYYY-MM)', sv: 'Från (ÅÅÅÅ-MM)' },
          validate: month,
          admin: {
            description: { fi: 'Esimerkiksi 2022-03.', en: 'For example 2022-03.', sv: 'Till exempel 2022-03.' },
          },
        },
        {
          name: 'end',
          type: 'text',
          required: true,
          label: { fi: 'Päättyen (VVVV-KK)', en: 'To (YYYY-MM)', sv: 'Till (ÅÅÅÅ-MM)' },
          validate: endNotBeforeStart,
          admin: {
            description: {
              fi: 'Esimerkiksi 2023-08. Sama kuin alkamiskuukausi, jos arvo koskee yhtä kuukautta.',
              en: 'For example 2023-08. The same as the start when the value covers one month.',
              sv: 'Till exempel 2023-08. Samma som början när värdet gäller en månad.',
            },
          },
        },
      ],
    },
    {
      name: 'breakdown',
      type: 'array',
      label: { fi: 'Erittely', en: 'Breakdown', sv: 'Fördelning' },
      admin: {
        description: {
          fi: 'Arvon jakautuminen ryhmiin, esimerkiksi naiset ja miehet. Näkyy taulukossa arvon alla.',
          en: 'How the value divides into groups, for example women and men. Shown in the table below the value.',
          sv: 'Hur värdet fördelar sig på grupper, till exempel kvinnor och män. Visas i tabellen under värdet.',
        },
      },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          label: { fi: 'Ryhmä', en: 'Group', sv: 'Grupp' },
          validate: matches(SLUG_PATTERN, {
            fi: 'Ryhmä: kirjoita koodi pienin kirjaimin, esimerkiksi women',
            en: 'Group: a code such as women',
            sv: 'Grupp: en kod som women',
          }),
          admin: {
            description: {
              fi: 'Ryhmän koodi pienin kirjaimin a–z, esimerkiksi women.',
              en: 'The group’s code in lower-case letters a–z, for example women.',
              sv: 'Gruppens kod med små bokstäver a–z, till exempel women.',
            },
          },
        },
        {
          name: 'value',
          type: 'number',
          required: true,
          min: 0,
          label: { fi: 'Arvo', en: 'Value', sv: 'Värde' },
          admin: {
            description: {
              fi: 'Ryhmän osuus samassa yksikössä, esimerkiksi 260.',
              en: 'The group’s share in the same unit, for example 260.',
              sv: 'Gruppens andel i samma enhet, till exempel 260.',
            },
          },
        },
      ],
    },
    {
      ...projectField(),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Hanke, jonka tuloksesta on kyse. Tulossivu ryhmittelee arvot hankkeittain.',
          en: 'The project the outcome belongs to. The outcomes page groups the values by project.',
          sv: 'Projektet som resultatet hör till. Resultatsidan grupperar värdena efter projekt.',
        },
      },
    },
    {
      name: 'source',
      type: 'group',
      label: { fi: 'Lähde', en: 'Source', sv: 'Källa' },
      admin: {
        description: {
          fi: 'Raportti ja sen luku, josta arvo on peräisin. Näkyy taulukossa.',
          en: 'The report and its section the value comes from. Shown in the table.',
          sv: 'Rapporten och avsnittet som värdet kommer från. Visas i tabellen.',
        },
      },
      fields: [
        reportField(),
        {
          name: 'section',
          type: 'text',
          required: true,
          label: { fi: 'Luku', en: 'Section', sv: 'Avsnitt' },
          admin: {
            description: {
              fi: 'Raportin luvun numero tai otsikko, esimerkiksi 2.1 tai Tiivistelmä.',
              en: 'The report section’s number or heading, for example 2.1 or Tiivistelmä.',
              sv: 'Avsnittets nummer eller rubrik i rapporten, till exempel 2.1 eller Tiivistelmä.',
            },
          },
        },
      ],
    },
    {
      name: 'esfCode',
      type: 'text',
      label: {
        fi: 'ESR+:n yhteisen indikaattorin koodi',
        en: 'ESF+ common indicator code',
        sv: 'Kod för ESF+-gemensam indikator',
      },
      validate: matches(codePatterns.esf, {
        fi: 'ESR+-koodi: kirjoita koodi, esimerkiksi EECO02',
        en: 'ESF+ code: a code such as EECO02',
        sv: 'ESF+-kod: en kod som EECO02',
      }),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Täytä vain, jos arvo todella on kyseinen indikaattori (asetus (EU) 2021/1057, liite I), esimerkiksi EECO02.',
          en: 'Only when the figure truly is that indicator (Regulation (EU) 2021/1057, Annex I), for example EECO02.',
          sv: 'Endast när siffran verkligen är den indikatorn (förordning (EU) 2021/1057, bilaga I), till exempel EECO02.',
        },
      },
    },
    localizedTextarea(
      'notes',
      {
        fi: 'Huomautukset (miten arvo luetaan)',
        en: 'Notes (how to read the figure)',
        sv: 'Anmärkningar (hur siffran ska läsas)',
      },
      {
        description: {
          fi: 'Vapaaehtoinen. Näkyy taulukossa nimen alla. Kerro esimerkiksi, jos arvo on alaraja tai tavoite muuttui hankkeen aikana.',
          en: 'Optional. Shown in the table below the name. Say, for example, when the value is a lower bound or the target changed during the project.',
          sv: 'Valfritt. Visas i tabellen under namnet. Berätta till exempel om värdet är en nedre gräns eller om målet ändrades under projektet.',
        },
      },
    ),
  ],
})

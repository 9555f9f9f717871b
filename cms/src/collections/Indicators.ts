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
import {
  codePatterns,
  comparisonKinds,
  esfProgrammePeriods,
  indicatorUnitNames,
  indicatorUnits,
  reportProgrammePeriods,
  valueQualifiers,
} from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

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

const qualifierLabels = {
  exact: { fi: 'Tarkka luku', en: 'Exact figure', sv: 'Exakt siffra' },
  about: { fi: 'Noin (likiarvo)', en: 'About (an estimate)', sv: 'Cirka (en uppskattning)' },
  'more-than': {
    fi: 'Yli (alaraja, esim. ”yli 300” tai ”50+”)',
    en: 'More than (a lower bound, e.g. “over 300” or “50+”)',
    sv: 'Över (en nedre gräns, t.ex. ”över 300” eller ”50+”)',
  },
} satisfies Record<(typeof valueQualifiers)[number], Label>

const comparisonLabels = {
  target: { fi: 'Tavoite', en: 'Target', sv: 'Mål' },
  granted: { fi: 'Myönnetty rahoitus', en: 'Funding granted', sv: 'Beviljad finansiering' },
  planned: { fi: 'Suunniteltu (talousarvio)', en: 'Planned (budget)', sv: 'Planerat (budget)' },
} satisfies Record<(typeof comparisonKinds)[number], Label>

/** A comparison kind belongs to a comparison figure: without one it would be a label with nothing to label. */
const kindNeedsFigure: Validate = (value, { siblingData, req }) => {
  const target = (siblingData as { target?: unknown }).target
  if (!value || value === 'target' || (target !== null && target !== undefined && target !== '')) return true
  return message(req, {
    fi: 'Vertailuluvun laji: kirjoita myös vertailuluku tai valitse ”Tavoite”.',
    en: 'Kind of comparison figure: give the comparison figure too, or choose “Target”.',
    sv: 'Typ av jämförelsesiffra: ange också jämförelsesiffran eller välj ”Mål”.',
  })
}

/**
 * An ESF+ code stands for one indicator of one programme period: it needs its period, and a figure of a
 * project whose report puts it in another programme period (DOT: 2014–2020) is not that indicator.
 */
const esfCodeOfItsPeriod: Validate = (value, { siblingData, req }) => {
  const pattern = matches(codePatterns.esf, {
    fi: 'ESR+-koodi: kirjoita koodi, esimerkiksi EECO02',
    en: 'ESF+ code: a code such as EECO02',
    sv: 'ESF+-kod: en kod som EECO02',
  })(value, { req } as never)
  if (pattern !== true || !value) return pattern
  const { project, esfProgrammePeriod } = siblingData as { project?: string; esfProgrammePeriod?: string }
  if (!esfProgrammePeriod)
    return message(req, {
      fi: 'ESR+-koodi: valitse myös ohjelmakausi, jonka indikaattori koodi on.',
      en: 'ESF+ code: choose the programme period the code is an indicator of, too.',
      sv: 'ESF+-kod: välj också programperioden som koden är en indikator för.',
    })
  const projectPeriod = project ? reportProgrammePeriods[project as keyof typeof reportProgrammePeriods] : undefined
  if (projectPeriod && projectPeriod !== esfProgrammePeriod)
    return message(req, {
      fi: `ESR+-koodi: hanke rahoitettiin ohjelmakaudelta ${projectPeriod.replace('-', '–')}, joten sen luku ei ole kauden ${esfProgrammePeriod.replace('-', '–')} yhteinen indikaattori. Jätä koodi tyhjäksi.`,
      en: `ESF+ code: the project was funded from the ${projectPeriod.replace('-', '–')} programme, so its figure is not a ${esfProgrammePeriod.replace('-', '–')} common indicator. Leave the code empty.`,
      sv: `ESF+-kod: projektet finansierades från programperioden ${projectPeriod.replace('-', '–')}, så dess siffra är inte en gemensam indikator för ${esfProgrammePeriod.replace('-', '–')}. Lämna koden tom.`,
    })
  return true
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
      name: 'valueQualifier',
      type: 'select',
      required: true,
      defaultValue: 'exact',
      label: { fi: 'Arvon tarkkuus', en: 'How exact the value is', sv: 'Hur exakt värdet är' },
      options: options(valueQualifiers, qualifierLabels),
      admin: {
        description: {
          fi: 'Kuten raportti sen sanoo: ”noin 500” on noin, ”yli 300” ja ”50+” ovat yli. Sivusto kirjoittaa sanan arvon eteen taulukossa, kaavioissa ja ladattavissa tiedostoissa.',
          en: 'As the report words it: “about 500” is about, “over 300” and “50+” are more than. The site writes the word before the value in the table, the charts and the downloads.',
          sv: 'Så som rapporten uttrycker det: ”cirka 500” är cirka, ”över 300” och ”50+” är över. Webbplatsen skriver ordet före värdet i tabellen, diagrammen och nedladdningarna.',
        },
      },
    },
    {
      name: 'unit',
      type: 'select',
      required: true,
      label: { fi: 'Yksikkö', en: 'Unit', sv: 'Enhet' },
      options: options(indicatorUnits, indicatorUnitNames),
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
        fi: 'Vertailuluku: tavoite tai talousarvio (vain jos lähde mainitsee sen)',
        en: 'Comparison figure: target or budget (only where the source states one)',
        sv: 'Jämförelsesiffra: mål eller budget (endast om källan anger en)',
      },
      admin: {
        description: {
          fi: 'Jätä tyhjäksi, jos raportissa ei ole tavoitetta eikä talousarviota. Valitse alta, kumpi luku on: talousarvio ei ole tavoite.',
          en: 'Leave empty when the report states neither a target nor a budget. Choose below which it is: a budget is not a target.',
          sv: 'Lämna tomt om rapporten varken anger ett mål eller en budget. Välj nedan vilket det är: en budget är inget mål.',
        },
      },
    },
    {
      name: 'comparisonKind',
      type: 'select',
      required: true,
      defaultValue: 'target',
      label: { fi: 'Vertailuluvun laji', en: 'Kind of comparison figure', sv: 'Typ av jämförelsesiffra' },
      options: options(comparisonKinds, comparisonLabels),
      validate: kindNeedsFigure,
      admin: {
        description: {
          fi: 'Tavoite on määrä, johon hanke pyrki; myönnetty tai suunniteltu rahoitus on talousarvio. Vain tavoitteet näkyvät tavoitekaaviossa; talousarvio näkyy taulukossa omalla nimellään.',
          en: 'A target is what the project aimed to reach; funding granted or planned is a budget. Only targets are shown in the targets chart; a budget is shown in the table under its own name.',
          sv: 'Ett mål är det projektet strävade efter; beviljad eller planerad finansiering är en budget. Endast mål visas i måldiagrammet; en budget visas i tabellen under sitt eget namn.',
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
      validate: esfCodeOfItsPeriod,
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Täytä vain, jos arvo todella on kyseinen ohjelmakauden 2021–2027 indikaattori (asetus (EU) 2021/1057, liite I), esimerkiksi EECO02. DOT-hanke rahoitettiin kaudelta 2014–2020, joten sen luvuilla ei ole näitä koodeja.',
          en: 'Only when the figure truly is that 2021–2027 indicator (Regulation (EU) 2021/1057, Annex I), for example EECO02. DOT was funded from the 2014–2020 programme, so its figures carry none of these codes.',
          sv: 'Endast när siffran verkligen är den indikatorn för 2021–2027 (förordning (EU) 2021/1057, bilaga I), till exempel EECO02. DOT finansierades från programperioden 2014–2020, så dess siffror har inga sådana koder.',
        },
      },
    },
    {
      name: 'esfProgrammePeriod',
      type: 'select',
      label: { fi: 'ESR-ohjelmakausi', en: 'ESF programme period', sv: 'ESF-programperiod' },
      options: options(esfProgrammePeriods, { '2021-2027': '2021–2027 (ESR+)' }),
      admin: {
        position: 'sidebar',
        condition: (_data, siblingData) => Boolean((siblingData as { esfCode?: unknown }).esfCode),
        description: {
          fi: 'Ohjelmakausi, jonka yhteinen indikaattori koodi on. Näkyy koodin kanssa.',
          en: 'The programme period whose common indicator the code is. Shown with the code.',
          sv: 'Programperioden vars gemensamma indikator koden är. Visas med koden.',
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

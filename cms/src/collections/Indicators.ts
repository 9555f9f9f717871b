import { SLUG_PATTERN } from '@toolkit/contract/slug'
import type { Validate } from 'payload'

import {
  localizedText,
  localizedTextarea,
  matches,
  message,
  options,
  projectField,
  reportField,
} from '../fields/common'
import { codePatterns, indicatorUnits } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

const unitLabels = {
  persons: { en: 'Persons', sv: 'Personer' },
  count: { en: 'Count', sv: 'Antal' },
  eur: { en: 'Euros', sv: 'Euro' },
  score5: { en: 'Score on a 1–5 scale', sv: 'Betyg på skalan 1–5' },
  percent: { en: 'Per cent', sv: 'Procent' },
  hours: { en: 'Hours', sv: 'Timmar' },
  'computers-per-year': { en: 'Computers per year', sv: 'Datorer per år' },
}

const month = matches(codePatterns.month, { en: 'Use a month such as 2023-08', sv: 'Ange en månad som 2023-08' })

const endNotBeforeStart: Validate = (value, { siblingData, req }) => {
  const start = (siblingData as { start?: unknown }).start
  const monthCheck = month(value, { req } as never)
  if (monthCheck !== true) return monthCheck
  return !value || !start || String(value) >= String(start)
    ? true
    : message(req, {
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
        en: 'Value: a score on a 1–5 scale must be between 1 and 5.',
        sv: 'Värde: ett betyg på skalan 1–5 måste vara mellan 1 och 5.',
      })
}

/** One outcome figure for funders, traceable to the report section it comes from. */
export const Indicators = publicContent({
  slug: 'indicators',
  labels: {
    singular: { en: 'Indicator', sv: 'Indikator' },
    plural: { en: 'Outcome indicators', sv: 'Resultatindikatorer' },
  },
  titleField: 'name',
  defaultColumns: ['name', 'value', 'unit', 'project', '_status'],
  fields: [
    localizedText('name', { en: 'Name', sv: 'Namn' }, { required: true }),
    {
      name: 'value',
      type: 'number',
      required: true,
      min: 0,
      label: { en: 'Value', sv: 'Värde' },
      validate: scoreWithinScale,
    },
    {
      name: 'unit',
      type: 'select',
      required: true,
      label: { en: 'Unit', sv: 'Enhet' },
      options: options(indicatorUnits, unitLabels),
    },
    {
      name: 'target',
      type: 'number',
      min: 0,
      label: { en: 'Target (only where the source states one)', sv: 'Mål (endast om källan anger ett)' },
    },
    {
      name: 'period',
      type: 'group',
      label: { en: 'Period', sv: 'Period' },
      fields: [
        {
          name: 'start',
          type: 'text',
          required: true,
          label: { en: 'From (YYYY-MM)', sv: 'Från (ÅÅÅÅ-MM)' },
          validate: month,
        },
        {
          name: 'end',
          type: 'text',
          required: true,
          label: { en: 'To (YYYY-MM)', sv: 'Till (ÅÅÅÅ-MM)' },
          validate: endNotBeforeStart,
        },
      ],
    },
    {
      name: 'breakdown',
      type: 'array',
      label: { en: 'Breakdown', sv: 'Fördelning' },
      admin: { description: { en: 'For example women and men.', sv: 'Till exempel kvinnor och män.' } },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          label: { en: 'Group', sv: 'Grupp' },
          validate: matches(SLUG_PATTERN, {
            en: 'Group: a code such as women',
            sv: 'Grupp: en kod som women',
          }),
        },
        { name: 'value', type: 'number', required: true, min: 0, label: { en: 'Value', sv: 'Värde' } },
      ],
    },
    projectField(),
    {
      name: 'source',
      type: 'group',
      label: { en: 'Source', sv: 'Källa' },
      fields: [
        reportField(),
        { name: 'section', type: 'text', required: true, label: { en: 'Section', sv: 'Avsnitt' } },
      ],
    },
    {
      name: 'esfCode',
      type: 'text',
      label: { en: 'ESF+ common indicator code', sv: 'Kod för ESF+-gemensam indikator' },
      validate: matches(codePatterns.esf, {
        en: 'ESF+ code: a code such as EECO02',
        sv: 'ESF+-kod: en kod som EECO02',
      }),
      admin: {
        position: 'sidebar',
        description: {
          en: 'Only when the figure truly is that indicator (Regulation (EU) 2021/1057, Annex I).',
          sv: 'Endast när siffran verkligen är den indikatorn (förordning (EU) 2021/1057, bilaga I).',
        },
      },
    },
    localizedTextarea('notes', { en: 'Notes (how to read the figure)', sv: 'Anmärkningar (hur siffran ska läsas)' }),
  ],
})

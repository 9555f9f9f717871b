import type { ArrayField, Validate } from 'payload'

import {
  levelField,
  levelLabels,
  localizedText,
  localizedTextarea,
  matches,
  message,
  options,
  textListField,
} from '../fields/common'
import { SLUG_PATTERN } from '../fields/slug'
import { assessmentScopes, digcompAreas, levels } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

export const areaLabels = {
  '1': { en: '1 Information and data literacy', sv: '1 Informations- och datakompetens' },
  '2': { en: '2 Communication and collaboration', sv: '2 Kommunikation och samarbete' },
  '3': { en: '3 Digital content creation', sv: '3 Skapande av digitalt innehåll' },
  '4': { en: '4 Safety', sv: '4 Säkerhet' },
  '5': { en: '5 Problem solving', sv: '5 Problemlösning' },
}

/** The answer scale has four steps, scored 0–3, like DigCompSAT's ("I don't know how" … "I can help others"). */
export const SCALE_STEPS = 4

type Row = Record<string, unknown>

/** Each DigComp area needs at least two questions, so that one answer alone does not set its level. */
const coversEveryArea: Validate<Row[]> = (rows, { req }) => {
  const counts = new Map<string, number>()
  for (const row of rows ?? []) counts.set(String(row.area), (counts.get(String(row.area)) ?? 0) + 1)
  const thin = digcompAreas.filter((area) => (counts.get(area) ?? 0) < 2)
  if (thin.length === 0) return true
  return message(req, {
    en: `Questions: every DigComp area needs at least two questions; too few for area ${thin.join(', ')}`,
    sv: `Frågor: varje DigComp-område behöver minst två frågor; för få för område ${thin.join(', ')}`,
  })
}

const uniqueKeys: Validate<Row[]> = (rows, { req }) => {
  const keys = (rows ?? []).map((row) => String(row.key))
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index)
  if (!repeated) return true
  return message(req, {
    en: `Questions: the key "${repeated}" is used twice`,
    sv: `Frågor: nyckeln "${repeated}" används två gånger`,
  })
}

/** Level thresholds must start at 0 and rise, so that every average from 0 to 3 falls in exactly one level. */
const risingThresholds: Validate<Row[]> = (rows, { req }) => {
  const minimums = (rows ?? []).map((row) => Number(row.minimum))
  if (minimums.length === 0) return true
  if (minimums[0] !== 0)
    return message(req, {
      en: 'Levels: the first level must start at 0',
      sv: 'Nivåer: den första nivån måste börja vid 0',
    })
  const falling = minimums.findIndex((value, index) => index > 0 && value <= minimums[index - 1]!)
  if (falling === -1) return true
  return message(req, {
    en: `Levels: row ${falling + 1} must start higher than the row before it`,
    sv: `Nivåer: rad ${falling + 1} måste börja högre än raden före`,
  })
}

const questionsField: ArrayField = {
  name: 'questions',
  type: 'array',
  localized: true,
  required: true,
  minRows: 12,
  maxRows: 20,
  label: { en: 'Questions', sv: 'Frågor' },
  admin: {
    description: {
      en: '12–20 plain-language questions, at least two for each DigComp area. Keep the same keys and areas in every language.',
      sv: '12–20 frågor på lätt språk, minst två för varje DigComp-område. Behåll samma nycklar och områden på alla språk.',
    },
  },
  validate: ((rows: Row[] | null | undefined, context: Parameters<Validate<Row[]>>[1]) => {
    const keys = uniqueKeys(rows ?? [], context)
    return keys === true ? coversEveryArea(rows ?? [], context) : keys
  }) as ArrayField['validate'],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      label: { en: 'Key (the same in every language)', sv: 'Nyckel (samma på alla språk)' },
      validate: matches(SLUG_PATTERN, {
        en: 'Key: use lower-case letters a–z, digits and hyphens',
        sv: 'Nyckel: använd små bokstäver a–z, siffror och bindestreck',
      }),
    },
    {
      name: 'area',
      type: 'select',
      required: true,
      label: { en: 'DigComp area', sv: 'DigComp-område' },
      options: options(digcompAreas, areaLabels),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 200,
      label: { en: 'Question ("I can …")', sv: 'Fråga ("Jag kan …")' },
    },
    {
      name: 'example',
      type: 'textarea',
      maxLength: 200,
      label: { en: 'Example (optional)', sv: 'Exempel (valfritt)' },
    },
  ],
}

/**
 * "Mistä aloitan?": a private digital-skills self-assessment. The questions, the answer scale, the
 * level thresholds and the rules that turn a result into recommended course packs, cheat sheets
 * and badges are all content, so editors change them without a developer.
 */
export const SelfAssessments = publicContent({
  slug: 'self-assessments',
  labels: {
    singular: { en: 'Self-assessment', sv: 'Självskattning' },
    plural: { en: 'Self-assessments', sv: 'Självskattningar' },
  },
  fields: [
    localizedText('title', { en: 'Title', sv: 'Titel' }, { required: true }),
    localizedTextarea('intro', { en: 'Introduction', sv: 'Inledning' }, { required: true, maxLength: 600 }),
    localizedTextarea(
      'privacy',
      { en: 'What happens to the answers', sv: 'Vad som händer med svaren' },
      { required: true, maxLength: 600 },
    ),
    {
      ...textListField(
        'scale',
        { en: 'Answer scale (from "I don\'t know how" up)', sv: 'Svarsskala (från "Jag kan inte" uppåt)' },
        { en: 'Answer', sv: 'Svar' },
      ),
      required: true,
      minRows: SCALE_STEPS,
      maxRows: SCALE_STEPS,
    },
    questionsField,
    {
      name: 'levels',
      type: 'array',
      required: true,
      minRows: 2,
      label: { en: 'Levels from the average answer (0–3)', sv: 'Nivåer enligt medelvärdet av svaren (0–3)' },
      validate: risingThresholds as ArrayField['validate'],
      fields: [
        { ...levelField(), required: true, admin: {} },
        {
          name: 'minimum',
          type: 'number',
          required: true,
          min: 0,
          max: 3,
          label: { en: 'From average', sv: 'Från medelvärde' },
        },
      ],
    },
    {
      name: 'levelTexts',
      type: 'array',
      localized: true,
      label: { en: 'What each level means for the reader', sv: 'Vad varje nivå betyder för läsaren' },
      fields: [
        { ...levelField(), required: true, admin: {} },
        { name: 'text', type: 'textarea', required: true, maxLength: 400, label: { en: 'Text', sv: 'Text' } },
      ],
    },
    {
      name: 'rules',
      type: 'array',
      required: true,
      minRows: 1,
      label: { en: 'Recommendation rules', sv: 'Regler för rekommendationer' },
      admin: {
        description: {
          en: 'When the area (or the overall result) is at one of the levels, the reader is shown these materials.',
          sv: 'När området (eller helhetsresultatet) ligger på någon av nivåerna visas dessa material för läsaren.',
        },
      },
      fields: [
        {
          name: 'scope',
          type: 'select',
          required: true,
          label: { en: 'Area or overall', sv: 'Område eller helhet' },
          options: options(assessmentScopes, {
            ...areaLabels,
            overall: { en: 'Overall result', sv: 'Helhetsresultat' },
          }),
        },
        {
          name: 'levels',
          type: 'select',
          hasMany: true,
          required: true,
          label: { en: 'At levels', sv: 'På nivåerna' },
          options: options(levels, levelLabels),
        },
        {
          name: 'coursePacks',
          type: 'relationship',
          relationTo: 'course-packs',
          hasMany: true,
          label: { en: 'Course packs', sv: 'Kurspaket' },
        },
        {
          name: 'cheatSheets',
          type: 'relationship',
          relationTo: 'cheat-sheets',
          hasMany: true,
          label: { en: 'Cheat sheets', sv: 'Lathundar' },
        },
        {
          name: 'badges',
          type: 'relationship',
          relationTo: 'badges',
          hasMany: true,
          label: { en: 'Badges', sv: 'Märken' },
        },
      ],
    },
  ],
})

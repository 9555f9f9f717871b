import type { ArrayField, Field, RelationshipField, SelectField, TextField, Validate } from 'payload'

import {
  audiences,
  levels,
  projects,
  reports,
  type Audience,
  type Level,
  type Project,
  type Report,
} from '@toolkit/contract/vocabulary'

/** A label or message in the admin's two UI languages (Payload has no Finnish UI). */
export type Label = { en: string; sv: string }

/** Picks the editor's UI language for a custom validation message. */
export function message(req: { i18n?: { language?: string } } | undefined, text: Label): string {
  return req?.i18n?.language === 'sv' ? text.sv : text.en
}

export const options = <T extends string>(values: readonly T[], labels: Record<T, string | Label>) =>
  values.map((value) => ({ value, label: labels[value] }))

/** A check that a text value (or each value of a hasMany text) matches a pattern; empty passes. */
export function matches(pattern: RegExp, text: Label): Validate {
  return (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) => {
    const values = Array.isArray(value) ? value : [value]
    const bad = values.find((item) => item !== null && item !== undefined && item !== '' && !pattern.test(String(item)))
    return bad === undefined ? true : `${message(req, text)} (“${String(bad)}”)`
  }
}

/** Only https addresses: a catalogue or reference link must not downgrade readers to plain http. */
export const httpsOnly = matches(/^https:\/\/[^\s/$.?#][^\s]*$/i, {
  en: 'Use a full address that starts with https://',
  sv: 'Ange en fullständig adress som börjar med https://',
})

export const httpsUrlField = (name: string, label: Label, extra: { required?: boolean } = {}): TextField => ({
  name,
  type: 'text',
  label,
  validate: httpsOnly,
  ...extra,
})

const audienceLabels: Record<Audience, Label> = {
  ngo: { en: 'NGOs adopting the model', sv: 'Organisationer som tar i bruk modellen' },
  staff: { en: 'Staff', sv: 'Personal' },
  customers: { en: 'Customers', sv: 'Kunder' },
  trainers: { en: 'Trainers', sv: 'Utbildare' },
  funders: { en: 'Funders', sv: 'Finansiärer' },
}
const reportLabels: Record<Report, string> = {
  dot: 'DOT final report (Helsinki, 2023)',
  metropolia: 'S22619 final report (Metropolia, 2023)',
}
const projectLabels: Record<Project, string | Label> = {
  dot: 'DOT (Helsinki / Forum Virium Helsinki)',
  metropolia: 'S22619 (Metropolia)',
  both: { en: 'Both projects', sv: 'Båda projekten' },
}
export const levelLabels: Record<Level, Label> = {
  beginner: { en: 'Beginner (first steps)', sv: 'Nybörjare (första stegen)' },
  basic: { en: 'Basic', sv: 'Grundläggande' },
  independent: { en: 'Independent', sv: 'Självständig' },
  advanced: { en: 'Advanced', sv: 'Avancerad' },
}

export const audienceField = (): SelectField => ({
  name: 'audience',
  type: 'select',
  hasMany: true,
  label: { en: 'Audience', sv: 'Målgrupp' },
  options: options(audiences, audienceLabels),
  admin: { position: 'sidebar' },
})

export const projectField = (): SelectField => ({
  name: 'project',
  type: 'select',
  label: { en: 'Developed by', sv: 'Utvecklad av' },
  options: options(projects, projectLabels),
  admin: { position: 'sidebar' },
})

export const levelField = (): SelectField => ({
  name: 'level',
  type: 'select',
  label: { en: 'Level', sv: 'Nivå' },
  options: options(levels, levelLabels),
  admin: { position: 'sidebar' },
})

export const reportField = (): SelectField => ({
  name: 'report',
  type: 'select',
  required: true,
  label: { en: 'Report', sv: 'Rapport' },
  options: options(reports, reportLabels),
})

/** Where the facts come from: every figure and claim traces back to a report section. */
export const sourcesField = (): ArrayField => ({
  name: 'sources',
  type: 'array',
  label: { en: 'Sources', sv: 'Källor' },
  admin: {
    description: {
      en: 'Which report and section the facts come from.',
      sv: 'Vilken rapport och vilket avsnitt fakta kommer från.',
    },
  },
  fields: [reportField(), { name: 'section', type: 'text', required: true, label: { en: 'Section', sv: 'Avsnitt' } }],
})

/** A localized list of short texts (lessons, goals, benefits…), stored as rows of { text }. */
export const textListField = (name: string, label: Label, itemLabel: Label, localized = true): ArrayField => ({
  name,
  type: 'array',
  localized,
  label,
  fields: [{ name: 'text', type: 'textarea', required: true, label: itemLabel }],
})

/** An ordered link to other published documents, e.g. a component's course packs. */
export const relatedField = (
  name: string,
  relationTo: RelationshipField['relationTo'] & string,
  label: Label,
): Field => ({
  name,
  type: 'relationship',
  relationTo,
  hasMany: true,
  label,
  admin: { position: 'sidebar' },
})

export const localizedText = (
  name: string,
  label: Label,
  extra: { required?: boolean; maxLength?: number } = {},
): TextField => ({
  name,
  type: 'text',
  localized: true,
  label,
  ...extra,
})

export const localizedTextarea = (
  name: string,
  label: Label,
  extra: { required?: boolean; maxLength?: number; description?: Label } = {},
): Field => ({
  name,
  type: 'textarea',
  localized: true,
  label,
  required: extra.required,
  maxLength: extra.maxLength,
  admin: extra.description ? { description: extra.description } : undefined,
})

export const plainSummaryField = (): Field =>
  localizedTextarea(
    'plainSummary',
    { en: 'Plain-language summary', sv: 'Lättläst sammanfattning' },
    {
      maxLength: 800,
      description: {
        en: 'Short sentences and everyday words, for readers with weak reading or digital skills.',
        sv: 'Korta meningar och vardagliga ord, för läsare med svag läs- eller digital förmåga.',
      },
    },
  )

export const bodyField = (label: Label = { en: 'Body', sv: 'Brödtext' }): Field => ({
  name: 'body',
  type: 'richText',
  localized: true,
  label,
})

/** A list of codes typed by hand (tags, topics, language codes), each checked against a pattern. */
export const codeListField = (
  name: string,
  label: Label,
  pattern: RegExp,
  error: Label,
  description?: Label,
): TextField =>
  ({
    name,
    type: 'text',
    hasMany: true,
    label,
    validate: matches(pattern, error),
    admin: { position: 'sidebar', ...(description ? { description } : {}) },
  }) as TextField

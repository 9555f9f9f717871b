import type { DateField, Validate } from 'payload'

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
} from '../fields/common'
import { datePrecisions, eventFormats, materialTypes } from '@toolkit/contract/vocabulary'
import { registrationUrlField, shareFields } from '../fields/share'
import { publicContent } from './publicContent'

/** Events are always shown in Helsinki time; the only time zone offered is the one readers live in. */
const helsinkiTime = {
  defaultTimezone: 'Europe/Helsinki',
  supportedTimezones: [{ label: 'Helsinki', value: 'Europe/Helsinki' }],
}

const endNotBeforeStart: Validate = (value, { siblingData, req }) => {
  const start = (siblingData as { start?: unknown }).start
  if (!value || !start) return true
  return new Date(String(value)).getTime() >= new Date(String(start)).getTime()
    ? true
    : message(req, {
        en: 'End: the event cannot end before it starts.',
        sv: 'Slut: evenemanget kan inte sluta innan det börjar.',
      })
}

const dateField = (
  name: 'start' | 'end',
  label: { en: string; sv: string },
  extra: Partial<DateField> = {},
): DateField =>
  ({
    name,
    type: 'date',
    label,
    timezone: helsinkiTime,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
    ...extra,
  }) as DateField

const formatLabels = {
  'in-person': { en: 'In person', sv: 'På plats' },
  hybrid: { en: 'Hybrid', sv: 'Hybrid' },
  online: { en: 'Online', sv: 'På nätet' },
}
const precisionLabels = {
  day: { en: 'Exact date and time', sv: 'Exakt datum och tid' },
  month: { en: 'Month only', sv: 'Endast månad' },
  season: { en: 'Season only', sv: 'Endast årstid' },
  year: { en: 'Year or project period only', sv: 'Endast år eller projektperiod' },
}
const materialLabels = {
  slides: { en: 'Slides', sv: 'Bildspel' },
  handout: { en: 'Handout', sv: 'Utdelningsmaterial' },
  recording: { en: 'Recording', sv: 'Inspelning' },
  link: { en: 'Link', sv: 'Länk' },
}

/** A material is a file, a public link, or a handout written here: exactly one of them. */
const oneSource: Validate = (_value, { siblingData, req }) => {
  const row = siblingData as { file?: unknown; url?: unknown; text?: unknown }
  const given = [row.file, row.url, row.text].filter(
    (item) => item !== null && item !== undefined && item !== '',
  ).length
  return given === 1
    ? true
    : message(req, {
        en: 'Material: give exactly one of a file, a link or a handout text.',
        sv: 'Material: ange exakt en av fil, länk eller utdelningstext.',
      })
}

/** A training, workshop or presentation, with the materials to download afterwards. */
export const Events = publicContent({
  slug: 'events',
  labels: { singular: { en: 'Event', sv: 'Evenemang' }, plural: { en: 'Events', sv: 'Evenemang' } },
  defaultColumns: ['title', 'start', 'format', '_status', 'updatedAt'],
  defaultSort: '-start',
  fields: [
    localizedText('title', { en: 'Title', sv: 'Titel' }, { required: true }),
    dateField('start', { en: 'Starts', sv: 'Börjar' }, { required: true }),
    dateField('end', { en: 'Ends', sv: 'Slutar' }, { validate: endNotBeforeStart }),
    {
      name: 'datePrecision',
      type: 'select',
      defaultValue: 'day',
      label: { en: 'How exactly the date is known', sv: 'Hur exakt datumet är känt' },
      options: options(datePrecisions, precisionLabels),
      admin: {
        position: 'sidebar',
        description: {
          en: 'When the source gives only a month, season or year, set start and end to the first and last possible day and describe it in "Date as text".',
          sv: 'När källan bara anger månad, årstid eller år: ange första och sista möjliga dag och beskriv det i "Datum som text".',
        },
      },
    },
    localizedText('dateText', { en: 'Date as text', sv: 'Datum som text' }),
    {
      name: 'format',
      type: 'select',
      label: { en: 'Format', sv: 'Format' },
      options: options(eventFormats, formatLabels),
      admin: {
        position: 'sidebar',
        description: {
          en: 'Leave empty when the source does not say: the site then shows no format rather than a guess.',
          sv: 'Lämna tomt när källan inte säger det: webbplatsen visar då inget format i stället för en gissning.',
        },
      },
    },
    audienceField(),
    projectField(),
    localizedText('location', { en: 'Location or online address', sv: 'Plats eller webbadress' }),
    registrationUrlField(),
    localizedTextarea('summary', { en: 'Summary', sv: 'Sammanfattning' }, { required: true, maxLength: 600 }),
    bodyField({ en: 'Description', sv: 'Beskrivning' }),
    {
      name: 'organisers',
      type: 'array',
      label: { en: 'Organisers', sv: 'Arrangörer' },
      fields: [{ name: 'name', type: 'text', required: true, label: { en: 'Organisation', sv: 'Organisation' } }],
    },
    {
      name: 'materials',
      type: 'array',
      localized: true,
      label: { en: 'Materials', sv: 'Material' },
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          label: { en: 'Type', sv: 'Typ' },
          options: options(materialTypes, materialLabels),
        },
        { name: 'title', type: 'text', required: true, label: { en: 'Title', sv: 'Titel' } },
        { name: 'file', type: 'upload', relationTo: 'media', label: { en: 'File', sv: 'Fil' }, validate: oneSource },
        { name: 'url', type: 'text', label: { en: 'Link (https)', sv: 'Länk (https)' }, validate: httpsOnly },
        { name: 'text', type: 'richText', label: { en: 'Handout text', sv: 'Utdelningstext' } },
      ],
    },
    sourcesField(),
    ...shareFields(),
  ],
})

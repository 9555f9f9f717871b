import {
  audienceField,
  codeListField,
  httpsUrlField,
  localizedText,
  localizedTextarea,
  options,
} from '../fields/common'
import { codePatterns, toolCategories, toolCosts } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

const categoryLabels = {
  'job-search': { en: 'Job search', sv: 'Jobbsökning' },
  'e-services': { en: 'Public e-services', sv: 'Offentliga e-tjänster' },
  learning: { en: 'Learning', sv: 'Lärande' },
  safety: { en: 'Safety and privacy', sv: 'Säkerhet och integritet' },
  communication: { en: 'Communication', sv: 'Kommunikation' },
  office: { en: 'Office tools', sv: 'Kontorsverktyg' },
  accessibility: { en: 'Accessibility and plain language', sv: 'Tillgänglighet och lättläst' },
}

/** The employment information service's catalogue of online services and tools. */
export const Tools = publicContent({
  slug: 'tools',
  labels: { singular: { en: 'Tool', sv: 'Verktyg' }, plural: { en: 'Tools catalogue', sv: 'Verktygskatalog' } },
  titleField: 'name',
  defaultColumns: ['name', 'category', 'cost', '_status'],
  fields: [
    localizedText('name', { en: 'Name', sv: 'Namn' }, { required: true }),
    httpsUrlField('url', { en: 'Address (https)', sv: 'Adress (https)' }, { required: true }),
    {
      name: 'category',
      type: 'select',
      required: true,
      label: { en: 'Category', sv: 'Kategori' },
      options: options(toolCategories, categoryLabels),
      admin: { position: 'sidebar' },
    },
    audienceField(),
    {
      name: 'cost',
      type: 'select',
      required: true,
      label: { en: 'Cost', sv: 'Kostnad' },
      options: options(toolCosts, {
        free: { en: 'Free', sv: 'Gratis' },
        freemium: { en: 'Free with paid extras', sv: 'Gratis med betalda tillägg' },
        paid: { en: 'Paid', sv: 'Avgiftsbelagd' },
      }),
      admin: { position: 'sidebar' },
    },
    codeListField('languages', { en: 'Languages', sv: 'Språk' }, codePatterns.language, {
      en: 'Languages: two-letter codes such as fi, sv, en',
      sv: 'Språk: koder med två bokstäver som fi, sv, en',
    }),
    localizedTextarea('description', { en: 'Description', sv: 'Beskrivning' }, { required: true, maxLength: 600 }),
    localizedTextarea('accessibility', {
      en: 'Notes for users with weak digital skills',
      sv: 'Råd för användare med svaga digitala färdigheter',
    }),
  ],
})

import { bodyField, codeListField, localizedText, localizedTextarea, options, sourcesField } from '../fields/common'
import { SLUG_PATTERN } from '../fields/slug'
import { postTypes } from '@toolkit/contract/vocabulary'
import { shareFields } from '../fields/share'
import { publicContent } from './publicContent'

/** Blog articles and newsletter issues. */
export const Posts = publicContent({
  slug: 'posts',
  labels: { singular: { en: 'Post', sv: 'Inlägg' }, plural: { en: 'Blog and newsletter', sv: 'Blogg och nyhetsbrev' } },
  defaultColumns: ['title', 'type', 'date', '_status', 'updatedAt'],
  defaultSort: '-date',
  fields: [
    localizedText('title', { en: 'Title', sv: 'Titel' }, { required: true }),
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'article',
      label: { en: 'Type', sv: 'Typ' },
      options: options(postTypes, {
        article: { en: 'Article', sv: 'Artikel' },
        newsletter: { en: 'Newsletter issue', sv: 'Nyhetsbrev' },
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      label: { en: 'Publication date', sv: 'Publiceringsdatum' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' } },
    },
    {
      name: 'author',
      type: 'text',
      required: true,
      label: { en: 'Author (display name)', sv: 'Författare (visningsnamn)' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'An organisation or "Editorial team". Never a private person without their consent.',
          sv: 'En organisation eller "Redaktionen". Aldrig en privatperson utan samtycke.',
        },
      },
    },
    codeListField('tags', { en: 'Tags', sv: 'Taggar' }, SLUG_PATTERN, {
      en: 'Tags: use lower-case letters a–z, digits and hyphens',
      sv: 'Taggar: använd små bokstäver a–z, siffror och bindestreck',
    }),
    localizedTextarea('excerpt', { en: 'Excerpt', sv: 'Ingress' }, { required: true, maxLength: 400 }),
    bodyField(),
    sourcesField(),
    ...shareFields(),
  ],
})

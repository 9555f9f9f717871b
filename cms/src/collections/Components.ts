import {
  audienceField,
  bodyField,
  localizedText,
  localizedTextarea,
  options,
  plainSummaryField,
  projectField,
  relatedField,
  sourcesField,
  textListField,
} from '../fields/common'
import { diagramKinds } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

const diagramLabels = {
  stages: { en: 'Ordered stages', sv: 'Steg i ordning' },
  weekly: { en: 'Weekly programme', sv: 'Veckoprogram' },
}

/** One building block of the operating model, e.g. "rotating digital-support person". */
export const Components = publicContent({
  slug: 'components',
  labels: {
    singular: { en: 'Model component', sv: 'Modellkomponent' },
    plural: { en: 'Model components', sv: 'Modellkomponenter' },
  },
  defaultColumns: ['title', 'slug', 'order', '_status', 'updatedAt'],
  defaultSort: 'order',
  fields: [
    localizedText('title', { en: 'Title', sv: 'Titel' }, { required: true }),
    {
      name: 'order',
      type: 'number',
      min: 0,
      label: { en: 'Order in the model', sv: 'Ordning i modellen' },
      admin: { position: 'sidebar' },
    },
    projectField(),
    audienceField(),
    localizedTextarea('summary', { en: 'Summary', sv: 'Sammanfattning' }, { required: true, maxLength: 600 }),
    plainSummaryField(),
    bodyField(),
    {
      name: 'steps',
      type: 'array',
      localized: true,
      label: { en: 'Steps', sv: 'Steg' },
      fields: [
        { name: 'title', type: 'text', required: true, label: { en: 'Step', sv: 'Steg' } },
        { name: 'text', type: 'textarea', required: true, label: { en: 'What to do', sv: 'Vad man gör' } },
      ],
    },
    {
      name: 'roles',
      type: 'array',
      localized: true,
      label: { en: 'Roles', sv: 'Roller' },
      fields: [
        { name: 'role', type: 'text', required: true, label: { en: 'Role', sv: 'Roll' } },
        { name: 'description', type: 'textarea', required: true, label: { en: 'Tasks', sv: 'Uppgifter' } },
      ],
    },
    localizedTextarea('resources', { en: 'Resources and time', sv: 'Resurser och tid' }),
    textListField('lessons', { en: 'Lessons learned', sv: 'Lärdomar' }, { en: 'Lesson', sv: 'Lärdom' }),
    {
      name: 'risks',
      type: 'array',
      localized: true,
      label: { en: 'Risks', sv: 'Risker' },
      fields: [
        { name: 'risk', type: 'textarea', required: true, label: { en: 'Risk', sv: 'Risk' } },
        { name: 'action', type: 'textarea', required: true, label: { en: 'Action', sv: 'Åtgärd' } },
        { name: 'outcome', type: 'textarea', label: { en: 'Outcome', sv: 'Utfall' } },
      ],
    },
    {
      name: 'diagram',
      type: 'group',
      localized: true,
      label: { en: 'Diagram data', sv: 'Diagramdata' },
      admin: {
        description: {
          en: 'Ordered stages or a weekly programme, drawn on the site as an accessible list or table.',
          sv: 'Steg i ordning eller ett veckoprogram, som visas på webbplatsen som en tillgänglig lista eller tabell.',
        },
      },
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { en: 'Kind', sv: 'Typ' },
          options: options(diagramKinds, diagramLabels),
        },
        {
          name: 'items',
          type: 'array',
          label: { en: 'Items', sv: 'Poster' },
          fields: [
            { name: 'label', type: 'text', required: true, label: { en: 'Label', sv: 'Etikett' } },
            { name: 'text', type: 'textarea', required: true, label: { en: 'Text', sv: 'Text' } },
          ],
        },
      ],
    },
    relatedField('coursePacks', 'course-packs', { en: 'Related course packs', sv: 'Relaterade kurspaket' }),
    relatedField('cheatSheets', 'cheat-sheets', { en: 'Related cheat sheets', sv: 'Relaterade lathundar' }),
    relatedField('badges', 'badges', { en: 'Related badges', sv: 'Relaterade märken' }),
    relatedField('tools', 'tools', { en: 'Related tools', sv: 'Relaterade verktyg' }),
    sourcesField(),
  ],
})

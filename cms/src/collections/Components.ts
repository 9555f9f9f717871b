import type { CollectionConfig } from 'payload'

import { authenticated, draftsOrEditors, editors, publishedOrAuthenticated } from '../access'
import { slugField } from '../fields/slug'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/siteBuild'
import { audiences, diagramKinds, projects, reports, type Audience, type Project, type Report } from '../vocabulary'

const audienceLabels: Record<Audience, { en: string; sv: string }> = {
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
const projectLabels: Record<Project, string | { en: string; sv: string }> = {
  dot: 'DOT (Helsinki / Forum Virium Helsinki)',
  metropolia: 'S22619 (Metropolia)',
  both: { en: 'Both projects', sv: 'Båda projekten' },
}
const diagramLabels: Record<(typeof diagramKinds)[number], { en: string; sv: string }> = {
  stages: { en: 'Ordered stages', sv: 'Steg i ordning' },
  weekly: { en: 'Weekly programme', sv: 'Veckoprogram' },
}
const options = <T extends string>(values: readonly T[], labels: Record<T, string | { en: string; sv: string }>) =>
  values.map((value) => ({ value, label: labels[value] }))

/** One building block of the operating model, e.g. "rotating digital-support person". */
export const Components: CollectionConfig = {
  slug: 'components',
  labels: {
    singular: { en: 'Model component', sv: 'Modellkomponent' },
    plural: { en: 'Model components', sv: 'Modellkomponenter' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'order', '_status', 'updatedAt'],
  },
  defaultSort: 'order',
  access: {
    read: publishedOrAuthenticated,
    create: draftsOrEditors,
    update: draftsOrEditors,
    delete: editors,
    readVersions: authenticated,
  },
  hooks: {
    afterChange: [rebuildAfterChange],
    afterDelete: [rebuildAfterDelete],
  },
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: false, schedulePublish: true },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Title', sv: 'Titel' },
    },
    slugField('title'),
    {
      name: 'order',
      type: 'number',
      min: 0,
      label: { en: 'Order in the model', sv: 'Ordning i modellen' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'project',
      type: 'select',
      label: { en: 'Developed by', sv: 'Utvecklad av' },
      options: options(projects, projectLabels),
      admin: { position: 'sidebar' },
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      label: { en: 'Audience', sv: 'Målgrupp' },
      options: options(audiences, audienceLabels),
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 600,
      label: { en: 'Summary', sv: 'Sammanfattning' },
    },
    {
      name: 'plainSummary',
      type: 'textarea',
      localized: true,
      maxLength: 800,
      label: { en: 'Plain-language summary', sv: 'Lättläst sammanfattning' },
      admin: {
        description: {
          en: 'Short sentences and everyday words, for readers with weak reading or digital skills.',
          sv: 'Korta meningar och vardagliga ord, för läsare med svag läs- eller digital förmåga.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { en: 'Body', sv: 'Brödtext' },
    },
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
    {
      name: 'resources',
      type: 'textarea',
      localized: true,
      label: { en: 'Resources and time', sv: 'Resurser och tid' },
    },
    {
      name: 'lessons',
      type: 'array',
      localized: true,
      label: { en: 'Lessons learned', sv: 'Lärdomar' },
      fields: [{ name: 'text', type: 'textarea', required: true, label: { en: 'Lesson', sv: 'Lärdom' } }],
    },
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
    {
      name: 'sources',
      type: 'array',
      label: { en: 'Sources', sv: 'Källor' },
      admin: { description: { en: 'Which report and section the facts come from.', sv: 'Vilken rapport och vilket avsnitt fakta kommer från.' } },
      fields: [
        {
          name: 'report',
          type: 'select',
          required: true,
          options: options(reports, reportLabels),
        },
        { name: 'section', type: 'text', required: true },
      ],
    },
  ],
}

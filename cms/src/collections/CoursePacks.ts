import {
  bodyField,
  levelField,
  localizedText,
  localizedTextarea,
  options,
  relatedField,
  sourcesField,
  textListField,
} from '../fields/common'
import { learnerGroups } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** A ready-to-teach course: goals, a session plan, handouts and the cheat sheets and badges it leads to. */
export const CoursePacks = publicContent({
  slug: 'course-packs',
  labels: { singular: { en: 'Course pack', sv: 'Kurspaket' }, plural: { en: 'Course packs', sv: 'Kurspaket' } },
  defaultColumns: ['title', 'level', 'audience', 'durationMinutes', '_status'],
  fields: [
    localizedText('title', { en: 'Title', sv: 'Titel' }, { required: true }),
    levelField(),
    {
      name: 'audience',
      type: 'select',
      required: true,
      label: { en: 'Learners', sv: 'Deltagare' },
      options: options(learnerGroups, {
        customers: { en: 'Work-activity customers', sv: 'Kunder i arbetsverksamhet' },
        staff: { en: 'Staff and instructors', sv: 'Personal och handledare' },
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'durationMinutes',
      type: 'number',
      required: true,
      min: 15,
      max: 60 * 40,
      label: { en: 'Duration (minutes)', sv: 'Längd (minuter)' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'A work-activity day is 240 minutes: four 45-minute modules with breaks.',
          sv: 'En dag i arbetsverksamhet är 240 minuter: fyra moduler på 45 minuter med pauser.',
        },
      },
    },
    localizedTextarea('summary', { en: 'Summary', sv: 'Sammanfattning' }, { required: true, maxLength: 600 }),
    textListField('goals', { en: 'Learning goals', sv: 'Lärandemål' }, { en: 'Goal', sv: 'Mål' }),
    {
      name: 'sessions',
      type: 'array',
      localized: true,
      label: { en: 'Lesson plan', sv: 'Lektionsplan' },
      fields: [
        { name: 'title', type: 'text', required: true, label: { en: 'Session', sv: 'Pass' } },
        { name: 'minutes', type: 'number', required: true, min: 5, max: 480, label: { en: 'Minutes', sv: 'Minuter' } },
        { name: 'activities', type: 'textarea', required: true, label: { en: 'Activities', sv: 'Aktiviteter' } },
        { name: 'materials', type: 'textarea', label: { en: 'Materials needed', sv: 'Material som behövs' } },
      ],
    },
    {
      name: 'handouts',
      type: 'array',
      localized: true,
      label: { en: 'Handouts', sv: 'Utdelningsmaterial' },
      fields: [
        { name: 'title', type: 'text', required: true, label: { en: 'Title', sv: 'Titel' } },
        { name: 'text', type: 'richText', required: true, label: { en: 'Text', sv: 'Text' } },
      ],
    },
    {
      name: 'materials',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Files (slides, PDFs)', sv: 'Filer (bildspel, PDF)' },
    },
    relatedField('cheatSheets', 'cheat-sheets', { en: 'Cheat sheets', sv: 'Lathundar' }),
    relatedField('badges', 'badges', { en: 'Badges it leads to', sv: 'Märken som kursen leder till' }),
    bodyField({ en: "Trainer's notes", sv: 'Anteckningar för utbildaren' }),
    sourcesField(),
  ],
})

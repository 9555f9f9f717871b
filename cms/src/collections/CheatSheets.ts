import { bodyField, codeListField, levelField, localizedText, localizedTextarea, textListField } from '../fields/common'
import { SLUG_PATTERN } from '../fields/slug'
import { codePatterns } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** "Näin teet asian X": a one-page, step-by-step guide to one everyday digital task. */
export const CheatSheets = publicContent({
  slug: 'cheat-sheets',
  labels: { singular: { en: 'Cheat sheet', sv: 'Lathund' }, plural: { en: 'Cheat sheets', sv: 'Lathundar' } },
  defaultColumns: ['title', 'level', '_status', 'updatedAt'],
  fields: [
    localizedText('title', { en: 'Title ("How to …")', sv: 'Titel ("Så här …")' }, { required: true }),
    localizedTextarea(
      'task',
      { en: 'What you will get done (one sentence)', sv: 'Vad du får gjort (en mening)' },
      {
        required: true,
        maxLength: 300,
      },
    ),
    levelField(),
    codeListField('topics', { en: 'Topics', sv: 'Ämnen' }, SLUG_PATTERN, {
      en: 'Topics: use lower-case letters a–z, digits and hyphens',
      sv: 'Ämnen: använd små bokstäver a–z, siffror och bindestreck',
    }),
    codeListField(
      'digcomp',
      { en: 'DigComp competences', sv: 'DigComp-kompetenser' },
      codePatterns.digcomp22,
      { en: 'DigComp: use a competence code such as 2.1', sv: 'DigComp: ange en kompetenskod som 2.1' },
      { en: 'DigComp 2.2 competence codes, e.g. 2.1', sv: 'Kompetenskoder enligt DigComp 2.2, t.ex. 2.1' },
    ),
    textListField('before', { en: 'What you need first', sv: 'Vad du behöver först' }, { en: 'Item', sv: 'Punkt' }),
    {
      name: 'steps',
      type: 'array',
      localized: true,
      required: true,
      minRows: 1,
      maxRows: 12,
      label: { en: 'Steps', sv: 'Steg' },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: { en: 'What to do', sv: 'Vad du gör' } },
        { name: 'tip', type: 'textarea', label: { en: 'Tip', sv: 'Tips' } },
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { en: 'Picture (its alternative text is read aloud)', sv: 'Bild (dess alternativtext läses upp)' },
        },
      ],
    },
    localizedTextarea('safety', { en: 'Safety warning', sv: 'Säkerhetsvarning' }, { maxLength: 400 }),
    bodyField({ en: 'Introduction', sv: 'Inledning' }),
  ],
})

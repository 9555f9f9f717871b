import {
  codeListField,
  httpsUrlField,
  levelField,
  localizedText,
  localizedTextarea,
  matches,
  textListField,
} from '../fields/common'
import { codePatterns } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/**
 * A digital-skills badge: criteria, evidence and DigComp alignment, enough to publish it as an
 * Open Badges 3.0 Achievement and a 2.0 BadgeClass.
 */
export const Badges = publicContent({
  slug: 'badges',
  // An issued Open Badge names its badge by this address: it must never change once public.
  lockSlugOncePublished: true,
  labels: {
    singular: { en: 'Badge', sv: 'Märke' },
    plural: { en: 'Digital-skills badges', sv: 'Märken för digitala färdigheter' },
  },
  titleField: 'name',
  defaultColumns: ['name', 'level', 'order', '_status', 'updatedAt'],
  defaultSort: 'order',
  fields: [
    localizedText('name', { en: 'Name', sv: 'Namn' }, { required: true }),
    levelField(),
    {
      name: 'order',
      type: 'number',
      min: 0,
      label: { en: 'Position on the ladder', sv: 'Plats på stegen' },
      admin: { position: 'sidebar' },
    },
    localizedTextarea('description', { en: 'Description', sv: 'Beskrivning' }, { required: true, maxLength: 600 }),
    localizedTextarea(
      'criteria',
      { en: 'Criteria (what earning it requires)', sv: 'Kriterier (vad som krävs)' },
      {
        required: true,
      },
    ),
    textListField(
      'evidence',
      { en: 'Evidence the learner shows', sv: 'Bevis som deltagaren visar' },
      { en: 'Evidence', sv: 'Bevis' },
    ),
    {
      name: 'digcomp22',
      type: 'array',
      label: { en: 'DigComp 2.2 alignment', sv: 'Koppling till DigComp 2.2' },
      admin: {
        description: {
          en: 'The code used by Finnish schemes such as TIEKE, with the ESCO concept where one exists.',
          sv: 'Koden som finska system som TIEKE använder, med ESCO-begreppet där det finns.',
        },
      },
      fields: [
        {
          name: 'area',
          type: 'text',
          required: true,
          label: { en: 'Area', sv: 'Område' },
          validate: matches(/^[1-5]$/, { en: 'Area: a number 1–5', sv: 'Område: ett tal 1–5' }),
        },
        {
          name: 'competence',
          type: 'text',
          required: true,
          label: { en: 'Competence', sv: 'Kompetens' },
          validate: matches(codePatterns.digcomp22, {
            en: 'Competence: a code such as 2.1',
            sv: 'Kompetens: en kod som 2.1',
          }),
        },
        {
          name: 'escoUri',
          type: 'text',
          label: { en: 'ESCO concept URI', sv: 'ESCO-begreppets URI' },
          validate: matches(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, {
            en: 'ESCO URI: an address such as http://data.europa.eu/esco/skill/…',
            sv: 'ESCO-URI: en adress som http://data.europa.eu/esco/skill/…',
          }),
        },
      ],
    },
    codeListField(
      'digcomp30',
      { en: 'DigComp 3.0 competences', sv: 'DigComp 3.0-kompetenser' },
      codePatterns.digcomp30,
      {
        en: 'DigComp 3.0: use an identifier such as digcomp.competence.1.1',
        sv: 'DigComp 3.0: ange en identifierare som digcomp.competence.1.1',
      },
    ),
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Badge image', sv: 'Märkesbild' },
    },
    {
      name: 'issuer',
      type: 'group',
      label: { en: 'Issuer', sv: 'Utfärdare' },
      fields: [
        { name: 'name', type: 'text', required: true, label: { en: 'Organisation', sv: 'Organisation' } },
        httpsUrlField('url', { en: 'Web address', sv: 'Webbadress' }),
        {
          name: 'email',
          type: 'email',
          label: { en: 'Contact e-mail (an organisation address)', sv: 'Kontaktadress (organisationens e-post)' },
          admin: {
            description: {
              en: 'Open Badges 2.0 requires an issuer e-mail. Left empty, the site uses ISSUER_EMAIL from the build settings.',
              sv: 'Open Badges 2.0 kräver utfärdarens e-post. Lämnas tomt används ISSUER_EMAIL från byggets inställningar.',
            },
          },
        },
      ],
    },
  ],
})

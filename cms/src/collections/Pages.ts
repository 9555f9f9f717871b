import type { Condition } from 'payload'

import {
  bodyField,
  codeListField,
  httpsUrlField,
  localizedText,
  localizedTextarea,
  matches,
  options,
} from '../fields/common'
import { assessmentMethods, codePatterns, complianceStatuses, nonAccessibleReasons } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** The statement's fields appear only on the accessibility page. */
const isAccessibilityPage: Condition = (data) => (data as { slug?: unknown })?.slug === 'accessibility'

/** Standing pages: about, privacy, and the accessibility statement with the fields Act 306/2019 requires. */
export const Pages = publicContent({
  slug: 'pages',
  labels: { singular: { en: 'Page', sv: 'Sida' }, plural: { en: 'Pages', sv: 'Sidor' } },
  fields: [
    localizedText('title', { en: 'Title', sv: 'Titel' }, { required: true }),
    localizedTextarea('summary', { en: 'Summary', sv: 'Sammanfattning' }, { maxLength: 600 }),
    bodyField(),
    {
      name: 'statement',
      type: 'group',
      label: { en: 'Accessibility statement', sv: 'Tillgänglighetsutlåtande' },
      admin: {
        condition: isAccessibilityPage,
        description: {
          en: 'The structured part that Act 306/2019 and Decision (EU) 2018/1523 require. Review it at least once a year.',
          sv: 'Den strukturerade delen som lag 306/2019 och beslut (EU) 2018/1523 kräver. Granska den minst en gång om året.',
        },
      },
      fields: [
        localizedText('serviceName', { en: 'Service covered', sv: 'Tjänst som omfattas' }),
        {
          name: 'complianceStatus',
          type: 'select',
          label: { en: 'Compliance status', sv: 'Överensstämmelse' },
          options: options(complianceStatuses, {
            full: { en: 'Fully compliant', sv: 'Helt förenlig' },
            partial: { en: 'Partially compliant', sv: 'Delvis förenlig' },
            none: { en: 'Not compliant', sv: 'Inte förenlig' },
          }),
        },
        {
          name: 'nonAccessibleContent',
          type: 'array',
          localized: true,
          label: { en: 'Non-accessible content', sv: 'Innehåll som inte är tillgängligt' },
          fields: [
            {
              name: 'description',
              type: 'textarea',
              required: true,
              label: { en: 'What and where', sv: 'Vad och var' },
            },
            codeListField('wcagCriteria', { en: 'WCAG criteria', sv: 'WCAG-kriterier' }, codePatterns.wcag, {
              en: 'WCAG: a success criterion such as 1.4.3',
              sv: 'WCAG: ett framgångskriterium som 1.4.3',
            }),
            {
              name: 'reason',
              type: 'select',
              required: true,
              label: { en: 'Reason', sv: 'Orsak' },
              options: options(nonAccessibleReasons, {
                'non-compliance': { en: 'Non-compliance', sv: 'Bristande förenlighet' },
                'disproportionate-burden': { en: 'Disproportionate burden', sv: 'Oskälig börda' },
                'outside-scope': { en: 'Outside the scope of the law', sv: 'Utanför lagens tillämpningsområde' },
              }),
            },
            {
              name: 'accessibleAlternative',
              type: 'textarea',
              label: { en: 'Accessible alternative', sv: 'Tillgängligt alternativ' },
            },
          ],
        },
        {
          name: 'preparedOn',
          type: 'date',
          label: { en: 'Prepared on', sv: 'Utarbetat den' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'lastReviewedOn',
          type: 'date',
          label: { en: 'Last reviewed on', sv: 'Senast granskat den' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'assessmentMethod',
          type: 'select',
          label: { en: 'How it was assessed', sv: 'Hur det bedömdes' },
          options: options(assessmentMethods, {
            'self-assessment': { en: 'Self-assessment', sv: 'Självbedömning' },
            'third-party': { en: 'Third-party assessment', sv: 'Bedömning av tredje part' },
          }),
        },
        {
          name: 'feedback',
          type: 'group',
          label: { en: 'Feedback', sv: 'Respons' },
          fields: [
            {
              name: 'channel',
              type: 'text',
              label: {
                en: 'Address or e-mail for accessibility feedback',
                sv: 'Adress eller e-post för respons om tillgänglighet',
              },
              validate: matches(/^(https:\/\/\S+|mailto:\S+@\S+|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
                en: 'Feedback channel: an https:// address or an e-mail address',
                sv: 'Responskanal: en https://-adress eller en e-postadress',
              }),
            },
            localizedText('responsible', { en: 'Who handles it', sv: 'Vem som hanterar den' }),
            {
              name: 'responseTimeDays',
              type: 'number',
              min: 1,
              max: 60,
              label: { en: 'Response time (days)', sv: 'Svarstid (dagar)' },
            },
          ],
        },
        {
          name: 'enforcement',
          type: 'group',
          label: { en: 'Enforcement authority', sv: 'Tillsynsmyndighet' },
          fields: [
            localizedText('authority', { en: 'Authority', sv: 'Myndighet' }),
            httpsUrlField('url', { en: 'Web address', sv: 'Webbadress' }),
            { name: 'email', type: 'email', label: { en: 'E-mail', sv: 'E-post' } },
            { name: 'phone', type: 'text', label: { en: 'Phone', sv: 'Telefon' } },
          ],
        },
      ],
    },
  ],
})

import type { GlobalConfig } from 'payload'

import { authenticated, draftsOrEditors, publishedOrAuthenticated } from '../access'
import { enforceGlobalPublishingPolicy } from '../access/publishingPolicy'
import {
  bodyField,
  httpsUrlField,
  localizedText,
  localizedTextarea,
  matches,
  options,
  plainSummaryField,
  sourcesField,
  textListField,
} from '../fields/common'
import { previewUrl } from '../hooks/preview'
import { rebuildAfterGlobalChange } from '../hooks/siteBuild'
import { codePatterns, relatedProjectRelations, reports } from '@toolkit/contract/vocabulary'

const relationLabels = {
  'source-project': { en: 'Source project of this model', sv: 'Ursprungsprojekt för modellen' },
  'co-implementer': { en: 'Co-implementer', sv: 'Medgenomförare' },
  continuation: { en: 'Continuation', sv: 'Fortsättning' },
  'experience-used': { en: 'Its experience was used', sv: 'Dess erfarenheter användes' },
  'joint-activity': { en: 'Joint activity', sv: 'Gemensam verksamhet' },
  'peer-exchange': { en: 'Peer exchange', sv: 'Erfarenhetsutbyte' },
  'pilot-cooperation': { en: 'Pilot cooperation', sv: 'Pilotsamarbete' },
}

const month = matches(codePatterns.month, { en: 'Use a month such as 2023-08', sv: 'Ange en månad som 2023-08' })

/** A localized long text for one of Innokylä's headings. */
const heading = (name: string, en: string, sv: string, innokyla: string) =>
  localizedTextarea(name, { en, sv }, { description: { en: `Innokylä: ${innokyla}`, sv: `Innokylä: ${innokyla}` } })

/**
 * The operating model as a whole, in the structure Innokylä publishes (basic facts, core idea,
 * operating environment, conditions, development path), plus what adopters and funders need.
 */
export const OperatingModel: GlobalConfig = {
  slug: 'operating-model',
  label: { en: 'Operating model', sv: 'Verksamhetsmodell' },
  admin: { preview: (_doc, { locale }) => previewUrl('operating-model', undefined, locale) },
  access: {
    read: publishedOrAuthenticated,
    update: draftsOrEditors,
    readVersions: authenticated,
  },
  hooks: { beforeOperation: [enforceGlobalPublishingPolicy], afterChange: [rebuildAfterGlobalChange] },
  versions: {
    max: 50,
    drafts: { autosave: false, schedulePublish: true },
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Basic facts', sv: 'Grunduppgifter' },
          fields: [
            localizedText('title', { en: 'Name', sv: 'Namn' }, { required: true }),
            {
              name: 'name',
              type: 'text',
              label: { en: 'Official Finnish name', sv: 'Officiellt finskt namn' },
            },
            localizedTextarea(
              'shortDescription',
              { en: 'Short description', sv: 'Kort beskrivning' },
              { required: true, maxLength: 800 },
            ),
            plainSummaryField(),
            heading('implementedWhere', 'Where it is implemented', 'Var den genomförs', 'Missä toteutetaan'),
            localizedText('region', { en: 'Region', sv: 'Region' }),
            heading(
              'largerWhole',
              'The larger whole it belongs to',
              'Helheten den hör till',
              'Mihin kokonaisuuteen liittyy',
            ),
            heading('developers', 'Developers', 'Utvecklare', 'Kehittäjät'),
            {
              name: 'period',
              type: 'group',
              label: { en: 'Period per project', sv: 'Period per projekt' },
              fields: reports.map((report) => ({
                name: report,
                type: 'group' as const,
                label: report === 'dot' ? 'DOT' : 'S22619 (Metropolia)',
                fields: [
                  {
                    name: 'start',
                    type: 'text' as const,
                    label: { en: 'From (YYYY-MM)', sv: 'Från (ÅÅÅÅ-MM)' },
                    validate: month,
                  },
                  {
                    name: 'end',
                    type: 'text' as const,
                    label: { en: 'To (YYYY-MM)', sv: 'Till (ÅÅÅÅ-MM)' },
                    validate: month,
                  },
                ],
              })),
            },
          ],
        },
        {
          label: { en: 'Core idea and environment', sv: 'Grundidé och miljö' },
          fields: [
            heading('coreIdea', 'Core idea', 'Grundidé', 'Ratkaisun perusidea'),
            heading('operatingEnvironment', 'Operating environment', 'Verksamhetsmiljö', 'Toimintaympäristö'),
            heading(
              'conditions',
              'Conditions for it to work and be adopted',
              'Villkor för att den ska fungera och tas i bruk',
              'Toimivuuden ja käyttöönoton ehdot',
            ),
            textListField('goals', { en: 'Goals', sv: 'Mål' }, { en: 'Goal', sv: 'Mål' }),
            {
              name: 'targetGroups',
              type: 'group',
              localized: true,
              label: { en: 'Target groups', sv: 'Målgrupper' },
              fields: [
                textListField('primary', { en: 'Primary', sv: 'Primära' }, { en: 'Group', sv: 'Grupp' }, false),
                textListField('indirect', { en: 'Indirect', sv: 'Indirekta' }, { en: 'Group', sv: 'Grupp' }, false),
              ],
            },
          ],
        },
        {
          label: { en: 'Development path', sv: 'Utvecklingsväg' },
          fields: [
            heading('needs', 'Needs that started the work', 'Behov som startade arbetet', 'Kehittämistarve'),
            heading('targetedChange', 'Targeted change', 'Eftersträvad förändring', 'Tavoiteltu muutos'),
            heading(
              'measuringChange',
              'How the change was measured',
              'Hur förändringen mättes',
              'Muutoksen mittaaminen',
            ),
            heading('evaluation', 'Evaluation', 'Utvärdering', 'Arviointi'),
            textListField('benefits', { en: 'Benefits', sv: 'Nyttor' }, { en: 'Benefit', sv: 'Nytta' }),
            heading('rooting', 'Rooting and continuation', 'Förankring och fortsättning', 'Juurruttaminen'),
          ],
        },
        {
          label: { en: 'Components and resources', sv: 'Komponenter och resurser' },
          fields: [
            {
              name: 'components',
              type: 'relationship',
              relationTo: 'components',
              hasMany: true,
              label: { en: 'Components, in order', sv: 'Komponenter, i ordning' },
            },
            heading('resourcesAndRoles', 'Resources and roles', 'Resurser och roller', 'Resurssit ja roolit'),
          ],
        },
        {
          label: { en: 'Partners and funding', sv: 'Partner och finansiering' },
          fields: [
            {
              name: 'partners',
              type: 'array',
              label: { en: 'Partners', sv: 'Partner' },
              fields: [
                { name: 'name', type: 'text', required: true, label: { en: 'Organisation', sv: 'Organisation' } },
              ],
            },
            {
              name: 'funders',
              type: 'array',
              label: { en: 'Funding', sv: 'Finansiering' },
              fields: [
                { name: 'name', type: 'text', required: true, label: { en: 'Funder', sv: 'Finansiär' } },
                { name: 'programme', type: 'text', label: { en: 'Programme', sv: 'Program' } },
                { name: 'projectCode', type: 'text', label: { en: 'Project code', sv: 'Projektkod' } },
                { name: 'granted', type: 'number', min: 0, label: { en: 'Granted (EUR)', sv: 'Beviljat (EUR)' } },
                { name: 'realised', type: 'number', min: 0, label: { en: 'Realised (EUR)', sv: 'Förverkligat (EUR)' } },
                {
                  name: 'currency',
                  type: 'select',
                  defaultValue: 'EUR',
                  options: ['EUR'],
                  label: { en: 'Currency', sv: 'Valuta' },
                },
              ],
            },
            {
              name: 'relatedProjects',
              type: 'array',
              label: { en: 'Related projects', sv: 'Relaterade projekt' },
              fields: [
                { name: 'name', type: 'text', required: true, label: { en: 'Name', sv: 'Namn' } },
                { name: 'code', type: 'text', label: { en: 'Code', sv: 'Kod' } },
                { name: 'period', type: 'text', label: { en: 'Period', sv: 'Period' } },
                {
                  name: 'relation',
                  type: 'select',
                  label: { en: 'How it relates', sv: 'Hur det hänger ihop' },
                  options: options(relatedProjectRelations, relationLabels),
                },
              ],
            },
          ],
        },
        {
          label: { en: 'Description and references', sv: 'Beskrivning och referenser' },
          fields: [
            bodyField({ en: 'Full description', sv: 'Fullständig beskrivning' }),
            {
              name: 'references',
              type: 'array',
              localized: true,
              label: { en: 'References', sv: 'Referenser' },
              fields: [
                { name: 'title', type: 'text', required: true, label: { en: 'Title', sv: 'Titel' } },
                httpsUrlField('url', { en: 'Address (https)', sv: 'Adress (https)' }),
              ],
            },
            sourcesField(),
          ],
        },
      ],
    },
  ],
}

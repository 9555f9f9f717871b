import {
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  RelationshipFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import type { Field, FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { isSafeLink, SAFE_LINK_HELP } from '@toolkit/contract/safe-link'

import type { PublicCollectionSlug } from '../collections'
import { message, type Label } from './common'

/** What isSafeLink allows, said to an editor in each interface language (the English is the contract's). */
const unsafeLinkMessage: Label = {
  fi: 'Linkin osoite: käytä osoitetta, joka alkaa https://, http://, mailto:, tel:, yhdellä kauttaviivalla / (tämän sivuston sivu) tai #-merkillä, eikä siinä saa olla välilyöntejä. Linkit, jotka alkavat javascript:, data: tai //, eivät ole sallittuja.',
  en: `Link URL: ${SAFE_LINK_HELP}.`,
  sv: 'Länkadress: använd en adress som börjar med https://, http://, mailto:, tel:, ett enkelt / (en sida på den här webbplatsen) eller #, utan mellanslag. Länkar som börjar med javascript:, data: eller // är inte tillåtna.',
}

/** Link targets a reader can safely follow: the one rule of @toolkit/contract/safe-link, which the site also renders by. */
export const safeLinkUrl: TextFieldSingleValidation = (value, options) => {
  if (value === null || value === undefined || value === '') return true
  return isSafeLink(value) ? true : message(options?.req, unsafeLinkMessage)
}

/**
 * Payload's default features the editor does not offer, and why (docs/rich-text.md has the whole
 * table). Everything else the editor offers, the site renders (site/src/lib/rich-text.ts); a unit
 * test renders a sample of every enabled feature and fails, naming it, on one without a renderer.
 */
export const removedFeatures = {
  underline: 'readers take underlined text for a link',
  align: 'centred and justified text is harder to read, and the site sets the text flow itself',
  indent: 'an indent carries no meaning a screen reader can announce; lists and headings give structure',
  subscript: 'screen readers do not announce it (m2 for m²); type ² or ₂ as characters instead',
  superscript: 'screen readers do not announce it; type ² as a character, and write footnotes as text',
} as const

/** The headings an editor may use: the page title is the page's only h1, so text starts at h2. */
export const enabledHeadingSizes = ['h2', 'h3', 'h4'] as const

/**
 * What internal links and document references may point at: every collection the site shows
 * (a Record, so that the compiler asks for a new public collection here), never users or media.
 */
const linkTargets: Record<PublicCollectionSlug, true> = {
  tools: true,
  'cheat-sheets': true,
  badges: true,
  'course-packs': true,
  components: true,
  events: true,
  posts: true,
  indicators: true,
  'self-assessments': true,
  pages: true,
}
export const linkableCollections = Object.keys(linkTargets) as PublicCollectionSlug[]

/** The caption an editor may give an image or file in the text; alt text is the upload's own. */
const captionField: Field = {
  name: 'caption',
  type: 'text',
  label: { fi: 'Kuvateksti', en: 'Caption', sv: 'Bildtext' },
  admin: {
    description: {
      fi: 'Näkyy kuvan tai tiedoston alla sivulla. Vaihtoehtoinen teksti tulee mediatiedostosta.',
      en: 'Shown below the image or file on the page. The alt text comes from the media file.',
      sv: 'Visas under bilden eller filen på sidan. Den alternativa texten kommer från mediefilen.',
    },
  },
}

/**
 * The link drawer's fields: the address checked by the safe-link rule, and internal links only to
 * documents the site shows. (Filtering Payload's own list, not `enabledCollections`, which would
 * name collections a partial config lacks and drop Payload's hidden-collection filter.)
 */
function linkFields(defaultFields: FieldAffectingData[]): FieldAffectingData[] {
  return defaultFields.map((field) => {
    if (field.name === 'url') return { ...field, validate: safeLinkUrl } as typeof field
    if (field.name === 'doc' && field.type === 'relationship' && Array.isArray(field.relationTo))
      return { ...field, relationTo: field.relationTo.filter((slug) => slug in linkTargets) } as typeof field
    return field
  })
}

/** Default features given their own settings below. */
const configuredHere = new Set(['heading', 'link', 'relationship', 'upload'])

/**
 * The rich-text editor every collection uses: Payload's default features without those above,
 * headings from h2, links and references only to documents the site shows, link addresses limited
 * to safe schemes (no script or data URL can reach a published page), and a caption for uploads.
 * (Annotated because the provider's type is not exported by name, and declarations must name it.)
 */
export const richTextEditor: ReturnType<typeof lexicalEditor> = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !(feature.key in removedFeatures) && !configuredHere.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: [...enabledHeadingSizes] }),
    LinkFeature({ fields: ({ defaultFields }) => linkFields(defaultFields) }),
    RelationshipFeature({ enabledCollections: linkableCollections }),
    UploadFeature({ enabledCollections: ['media'], collections: { media: { fields: [captionField] } } }),
  ],
})

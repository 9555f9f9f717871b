import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { isSafeLink, SAFE_LINK_HELP } from '@toolkit/contract/safe-link'

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
 * The rich-text editor every collection uses: Payload's default features, with link addresses
 * limited to safe schemes so that no script or data URL can reach a published page.
 * (Annotated because the provider's type is not exported by name, and declarations must name it.)
 */
export const richTextEditor: ReturnType<typeof lexicalEditor> = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'url' ? ({ ...field, validate: safeLinkUrl } as typeof field) : field,
        ),
    }),
  ],
})

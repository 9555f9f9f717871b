import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { isSafeLink, SAFE_LINK_HELP } from '@toolkit/contract/safe-link'

/** Link targets a reader can safely follow: the one rule of @toolkit/contract/safe-link, which the site also renders by. */
export const safeLinkUrl: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return isSafeLink(value) ? true : `Link URL: ${SAFE_LINK_HELP}.`
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

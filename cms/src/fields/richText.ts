import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

/** Link targets a reader can safely follow: web pages, e-mail, phone, and the site's own paths. */
export const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9][0-9 ()-]*|\/[^\s]*|#[^\s]*)$/i

export const safeLinkUrl: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return SAFE_LINK.test(value.trim())
    ? true
    : 'Link URL: use an address that starts with https://, http://, mailto:, tel: or / (javascript: and data: links are not allowed).'
}

/**
 * The rich-text editor every collection uses: Payload's default features, with link addresses
 * limited to safe schemes so that no script or data URL can reach a published page.
 */
export const richTextEditor = lexicalEditor({
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

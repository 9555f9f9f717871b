import type { RichTextOptions } from '../../site/src/lib/rich-text'

/** A Lexical rich-text value with one paragraph and an upload node that shows media `mediaId`. */
export const richTextWithUpload = (mediaId: number | string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text: 'Kuva alla.', format: 0, detail: 0, mode: 'normal', style: '' }],
      },
      {
        type: 'upload',
        version: 3,
        format: '',
        id: `node-${mediaId}`,
        fields: null,
        relationTo: 'media',
        value: mediaId,
      },
    ],
  },
})

/** How the site renders text in Finnish when nothing it could point at is published. */
export const finnishWithoutReferences: RichTextOptions = {
  lang: 'fi',
  links: { document: () => null, media: () => null },
}

import { z } from 'zod'

import { defaultLocale, locales } from '../locales'
import { SLUG_PATTERN } from '../slug'

/**
 * The building blocks of the snapshot schema. The per-type schemas are generated from the Payload
 * configs into ./types.generated.ts (npm run generate:types); this module holds what they
 * share. It imports nothing from the CMS, so the site can validate the snapshot without Payload.
 */
export const snapshotLocales = locales
export type SnapshotLocale = (typeof snapshotLocales)[number]
export const defaultSnapshotLocale: SnapshotLocale = defaultLocale

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}

export const slugSchema = z.string().regex(SLUG_PATTERN)
export const dateSchema = z.string().datetime({ offset: true })
/** An uploaded file, referenced by its id in the snapshot's media list. */
export const mediaRefSchema = z.string().min(1)

/*
 * Rich text is Payload's Lexical JSON as the CMS stores it, except the nodes that point at other
 * things, which the export resolves against what is published (scripts/lib/export.ts) so that the
 * site needs nothing else and no draft can come along: a node whose target is not published (a
 * draft, deleted, or not on the site) is left out (uploads, references) or keeps its text unlinked
 * (internal links). The shapes below are strict where a populated document could otherwise leak.
 */

/** A published document a rich-text node points at: its collection's id and its slug (its address). */
const documentRefSchema = z.strictObject({ id: z.string().min(1), slug: slugSchema })

/** An image or file in the text: the upload (in the snapshot's media list) and its caption here. */
export const richTextUploadSchema = z.looseObject({
  type: z.literal('upload'),
  relationTo: z.literal('media'),
  value: mediaRefSchema,
  fields: z.strictObject({ caption: z.string().min(1) }).nullable(),
})
export type RichTextUpload = z.infer<typeof richTextUploadSchema>

/** A reference to another document, shown as a link to its page. */
export const richTextRelationshipSchema = z.looseObject({
  type: z.literal('relationship'),
  relationTo: z.string().min(1),
  value: documentRefSchema,
})
export type RichTextRelationship = z.infer<typeof richTextRelationshipSchema>

/** An internal link's target: the document, or null when it is not published (the text stays). */
export const richTextInternalLinkSchema = z.looseObject({
  type: z.enum(['link', 'autolink']),
  fields: z.looseObject({
    linkType: z.literal('internal'),
    doc: z.strictObject({ relationTo: z.string().min(1), value: documentRefSchema }).nullable(),
  }),
})
export type RichTextInternalLink = z.infer<typeof richTextInternalLinkSchema>

export const isInternalLink = (node: LexicalNode): boolean =>
  (node.type === 'link' || node.type === 'autolink') &&
  (node.fields as { linkType?: unknown } | null | undefined)?.linkType === 'internal'

/** The stricter shape a node must have when it points at something, or null for any other node. */
function referenceSchema(node: LexicalNode): z.ZodType | null {
  if (node.type === 'upload') return richTextUploadSchema
  if (node.type === 'relationship') return richTextRelationshipSchema
  return isInternalLink(node) ? richTextInternalLinkSchema : null
}

const lexicalNode: z.ZodType<LexicalNode> = z.lazy(() =>
  z
    .looseObject({
      type: z.string().min(1),
      children: z.array(lexicalNode).optional(),
      text: z.string().optional(),
    })
    .superRefine((node, context) => {
      const result = referenceSchema(node)?.safeParse(node)
      for (const issue of result?.success === false ? result.error.issues : []) {
        context.addIssue({ code: 'custom', message: `${node.type} node: ${issue.message}`, path: issue.path })
      }
    }),
)

export const richTextSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNode) }),
})
export type RichText = z.infer<typeof richTextSchema>

/**
 * One document: the language-independent fields at the top, and per locale the values exactly as
 * the CMS holds them, without fallback: `null` for a locale the document is not translated into.
 */
export function documentSchema<S extends z.ZodRawShape, C extends z.ZodRawShape>(shared: S, content: C) {
  const perLocale = z.strictObject(content)
  return z.strictObject({
    id: z.string().min(1),
    slug: slugSchema,
    updatedAt: dateSchema,
    ...shared,
    content: z.strictObject({ fi: perLocale, en: perLocale.nullable(), sv: perLocale.nullable() }),
  })
}

/** A single document (the operating model): the same, without id and slug. */
export function singletonSchema<S extends z.ZodRawShape, C extends z.ZodRawShape>(shared: S, content: C) {
  const perLocale = z.strictObject(content)
  return z.strictObject({
    updatedAt: dateSchema,
    ...shared,
    content: z.strictObject({ fi: perLocale, en: perLocale.nullable(), sv: perLocale.nullable() }),
  })
}

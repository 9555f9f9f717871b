import { z } from 'zod'

import { audiences, diagramKinds, projects, reports } from '../../cms/src/vocabulary'

/**
 * The snapshot: the one file that crosses from the CMS to the site. The exporter validates what it
 * writes with this module and the site validates what it reads with the same module, so a change
 * of shape breaks loudly on both sides instead of silently on one.
 *
 * Localized values are stored per locale exactly as the CMS holds them, with no fallback applied:
 * `null` means "not translated", and the site decides how to fall back and says so to the reader.
 */
export const SNAPSHOT_VERSION = 1
export const snapshotLocales = ['fi', 'en', 'sv'] as const
export type SnapshotLocale = (typeof snapshotLocales)[number]
export const defaultSnapshotLocale: SnapshotLocale = 'fi'

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}

const lexicalNode: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    children: z.array(lexicalNode).optional(),
    text: z.string().optional(),
  }),
)

export const richTextSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNode) }),
})
export type RichText = z.infer<typeof richTextSchema>

const text = z.string().min(1)
const optionalText = text.nullable()

export const componentContentSchema = z.object({
  title: text,
  summary: optionalText,
  plainSummary: optionalText,
  body: richTextSchema.nullable(),
  steps: z.array(z.object({ title: text, text })),
  roles: z.array(z.object({ role: text, description: text })),
  resources: optionalText,
  lessons: z.array(text),
  risks: z.array(z.object({ risk: text, action: text, outcome: optionalText })),
  diagram: z.object({ kind: z.enum(diagramKinds), items: z.array(z.object({ label: text, text })).min(1) }).nullable(),
})
export type ComponentContent = z.infer<typeof componentContentSchema>

export const componentSchema = z.object({
  id: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  order: z.number().nullable(),
  project: z.enum(projects).nullable(),
  audience: z.array(z.enum(audiences)),
  sources: z.array(z.object({ report: z.enum(reports), section: text })),
  updatedAt: z.string().datetime({ offset: true }),
  /** One entry per locale; null where the document has no title in that locale (not translated). */
  content: z.object({
    fi: componentContentSchema,
    en: componentContentSchema.nullable(),
    sv: componentContentSchema.nullable(),
  }),
})
export type SnapshotComponent = z.infer<typeof componentSchema>

export const snapshotSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_VERSION),
  generatedAt: z.string().datetime({ offset: true }),
  source: z.enum(['local', 'rest', 'fixture']),
  defaultLocale: z.literal(defaultSnapshotLocale),
  locales: z.array(z.enum(snapshotLocales)),
  components: z.array(componentSchema),
})
export type Snapshot = z.infer<typeof snapshotSchema>

/** Validates a parsed snapshot; the error lists every problem with its path, e.g. components.3.content.en.title. */
export function parseSnapshot(value: unknown, origin: string): Snapshot {
  const result = snapshotSchema.safeParse(value)
  if (result.success) return result.data
  const lines = result.error.issues.slice(0, 20).map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  const more = result.error.issues.length > 20 ? `\n  … and ${result.error.issues.length - 20} more` : ''
  throw new SnapshotError(`${origin} is not a valid snapshot:\n${lines.join('\n')}${more}`)
}

export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

import { z } from 'zod'

import { audiences, diagramKinds, projects, reports } from '@toolkit/contract/vocabulary'

/**
 * The shape of the seed corpus in content/: Markdown files with YAML front matter, one folder per
 * document and one file per locale (fi.md holds the language-independent fields too).
 */

const text = z.string().trim().min(1)

export const componentLocaleSchema = z.strictObject({
  title: text,
  summary: text.max(600),
  plainSummary: text.max(800).optional(),
  steps: z.array(z.strictObject({ title: text, text })).optional(),
  roles: z.array(z.strictObject({ role: text, description: text })).optional(),
  resources: text.optional(),
  lessons: z.array(text).optional(),
  risks: z.array(z.strictObject({ risk: text, action: text, outcome: text.optional() })).optional(),
  diagram: z
    .strictObject({
      kind: z.enum(diagramKinds),
      items: z.array(z.strictObject({ label: text, text })).min(1),
    })
    .optional(),
})

export const componentSharedSchema = z.strictObject({
  order: z.number().int().min(0),
  project: z.enum(projects),
  audience: z.array(z.enum(audiences)).min(1),
  sources: z.array(z.strictObject({ report: z.enum(reports), section: text })).min(1),
})

export const componentDefaultLocaleSchema = componentLocaleSchema.extend(componentSharedSchema.shape)

export type ComponentLocaleFrontMatter = z.infer<typeof componentLocaleSchema>
export type ComponentSharedFrontMatter = z.infer<typeof componentSharedSchema>

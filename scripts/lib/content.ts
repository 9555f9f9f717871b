import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import type { z } from 'zod'

import {
  componentDefaultLocaleSchema,
  componentLocaleSchema,
  componentSharedSchema,
  type ComponentLocaleFrontMatter,
  type ComponentSharedFrontMatter,
} from './content-schema'

export const contentLocales = ['fi', 'en', 'sv'] as const
export type Locale = (typeof contentLocales)[number]
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Every problem found in the corpus, each naming its file and field; nothing is written when any exists. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content corpus has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ContentError'
  }
}

export interface LocalizedFile<T> {
  file: string
  data: T
  body: string
}

export interface ComponentSource {
  slug: string
  shared: ComponentSharedFrontMatter
  locales: Partial<Record<Locale, LocalizedFile<ComponentLocaleFrontMatter>>>
}

function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(front matter)'
    return `${file}: field "${field}": ${issue.message}`
  })
}

function readMarkdown(file: string, problems: string[]): { data: unknown; body: string } | null {
  try {
    const parsed = matter(fs.readFileSync(file, 'utf8'))
    return { data: parsed.data, body: parsed.content.trim() }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    problems.push(`${file}: the front matter is not valid YAML (${reason})`)
    return null
  }
}

/** Reads and validates content/components/<slug>/<locale>.md. */
export function readComponents(contentDir: string): ComponentSource[] {
  const dir = path.join(contentDir, 'components')
  const problems: string[] = []
  const components: ComponentSource[] = []
  const folders = fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : []

  for (const slug of folders) {
    const folder = path.join(dir, slug)
    const relative = (name: string) => path.relative(contentDir, path.join(folder, name))
    if (!SLUG_PATTERN.test(slug)) {
      problems.push(`${relative('')}: the folder name is the slug and must be lower-case a–z, digits and hyphens`)
      continue
    }
    const unknownFiles = fs.readdirSync(folder).filter((name) => !contentLocales.some((locale) => name === `${locale}.md`))
    for (const name of unknownFiles) problems.push(`${relative(name)}: unexpected file (expected fi.md, en.md, sv.md)`)

    const source: ComponentSource = { slug, shared: undefined as unknown as ComponentSharedFrontMatter, locales: {} }
    for (const locale of contentLocales) {
      const file = path.join(folder, `${locale}.md`)
      if (!fs.existsSync(file)) {
        if (locale === 'fi') problems.push(`${relative('fi.md')}: missing — every document needs its Finnish (default) version`)
        continue
      }
      const raw = readMarkdown(file, problems)
      if (!raw) continue
      const schema = locale === 'fi' ? componentDefaultLocaleSchema : componentLocaleSchema
      const parsed = schema.safeParse(raw.data)
      if (!parsed.success) {
        problems.push(...describeIssues(relative(`${locale}.md`), parsed.error))
        continue
      }
      if (locale === 'fi') {
        const shared = componentSharedSchema.parse(pick(parsed.data, Object.keys(componentSharedSchema.shape)))
        source.shared = shared
      }
      const localized = componentLocaleSchema.parse(omit(parsed.data, Object.keys(componentSharedSchema.shape)))
      source.locales[locale] = { file: relative(`${locale}.md`), data: localized, body: raw.body }
    }
    if (source.shared && source.locales.fi) components.push(source)
  }

  if (problems.length > 0) throw new ContentError(problems)
  return components
}

function pick(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([key]) => keys.includes(key)))
}

function omit(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)))
}

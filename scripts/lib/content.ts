import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import { z } from 'zod'

import { locales } from '@toolkit/contract/locales'
import { SLUG_PATTERN } from '@toolkit/contract/slug'

import { ContentError } from './content-error'
import { type DocumentType, documentTypes, hasLocalized, type ShapeNode } from './shape'

/**
 * Reads the seed corpus in content/: one folder per document, one Markdown file per locale
 * (fi.md also holds the language-independent fields). Every file is checked against the CMS's own
 * field definitions (via ./shape), so the reader has no second copy of any content type's shape.
 */
export const contentLocales = ['fi', 'en', 'sv'] as const
export type Locale = (typeof contentLocales)[number]
const MARKDOWN_FILE = new RegExp(`${SLUG_PATTERN.source.slice(0, -1)}\\.(${locales.join('|')})\\.md$`)

export { ContentError }

export interface LocaleFile {
  /** Path relative to content/, for messages. */
  file: string
  /** The validated front matter: for fi every field, for en/sv the localized ones. */
  data: Record<string, unknown>
  /** The Markdown body (the `body` field), trimmed. */
  body: string
  /** The body already as rich text, when the document comes from a snapshot rather than a file. */
  richBody?: unknown
  /** Markdown of the other rich-text fields, by the file name the front matter gives. */
  attachments: Map<string, string>
}

export interface ContentDocument {
  type: DocumentType
  /** null for the single operating model. */
  slug: string | null
  locales: Partial<Record<Locale, LocaleFile>>
}

const text = z.string().trim().min(1)

/** YAML reads an unquoted 2023-05-10 as a Date; it means a day in Helsinki, so keep it as text. */
const dateText = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
      'use YYYY-MM-DD or an ISO 8601 time with its offset',
    )
    .refine((value) => !Number.isNaN(new Date(value).getTime()), 'not a real date'),
)

function scalarSchema(node: Extract<ShapeNode, { kind: 'scalar' }>): z.ZodType {
  if (node.options) return z.enum(node.options as [string, ...string[]])
  switch (node.type) {
    case 'number':
      return z.number()
    case 'boolean':
      return z.boolean()
    case 'date':
      return dateText
    default:
      return text
  }
}

/** The content-file schema of one field: as the CMS defines it, in the file conventions of content/README.md. */
function fieldSchema(node: ShapeNode, mode: 'all' | 'localized', topLevel: boolean): z.ZodType | null {
  switch (node.kind) {
    case 'scalar':
      return node.hasMany ? z.array(scalarSchema(node)) : scalarSchema(node)
    case 'richText':
      // The top-level body is the Markdown after the front matter; other rich text names a file.
      return topLevel && node.name === 'body'
        ? null
        : z.string().regex(MARKDOWN_FILE, 'name a Markdown file in this folder, e.g. checklist.fi.md')
    case 'array': {
      const row = node.list ? text : objectSchema(node.fields, 'all', false)
      return node.required ? z.array(row).min(1) : z.array(row)
    }
    case 'group': {
      const inner = objectSchema(node.fields, node.localized ? 'all' : mode, false)
      return inner
    }
    case 'relationship':
      return node.hasMany ? z.array(z.string().regex(SLUG_PATTERN, 'a slug')) : z.string().regex(SLUG_PATTERN, 'a slug')
    case 'upload':
      return null // files are uploaded in the CMS, not written in content/
  }
}

function objectSchema(nodes: ShapeNode[], mode: 'all' | 'localized', topLevel: boolean): z.ZodObject {
  const shape: Record<string, z.ZodType> = {}
  for (const node of nodes) {
    if (mode === 'localized' && !hasLocalized(node)) continue
    const schema = fieldSchema(node, mode, topLevel)
    if (!schema) continue
    // A required choice with a default may be left out: the CMS fills it in when the document is seeded.
    const filledIn = node.kind === 'scalar' && node.defaultValue !== undefined
    shape[node.name] = node.required && !filledIn ? schema : schema.optional()
  }
  return z.strictObject(shape)
}

const schemaCache = new Map<string, z.ZodObject>()
function localeSchema(type: DocumentType, locale: Locale): z.ZodObject {
  const key = `${type.key}:${locale === 'fi' ? 'all' : 'localized'}`
  let schema = schemaCache.get(key)
  if (!schema) {
    schema =
      locale === 'fi'
        ? objectSchema([...type.shared, ...type.localized], 'all', true)
        : objectSchema(type.localized, 'localized', true)
    schemaCache.set(key, schema)
  }
  return schema
}

function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(front matter)'
    return `${file}: field "${field}": ${issue.message}`
  })
}

/**
 * Content files are data only. gray-matter picks its engine from whatever follows the opening `---`
 * (`---js`, `--- javascript`, `---coffee`…) and its default `javascript` engine runs the block with
 * eval, so a content file could run code in seed, check:content, npm start and npm test. Only YAML
 * is read: the language named after `---` is checked before gray-matter sees the file (its engine
 * lookup would also find names like `toString` on Object.prototype), and the engines we pass refuse
 * every other language should one slip through.
 */
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml'])
type FrontMatterEngine = { parse: (text: string) => object }

/**
 * gray-matter's YAML engine is js-yaml 3's safeLoad (DEFAULT_SAFE_SCHEMA: no !!js/function,
 * !!js/regexp or !!js/undefined). Called with the text alone, so no option gray-matter forwards
 * (e.g. a `schema`) can widen it.
 */
const grayMatterYaml = (matter as unknown as { engines: { yaml: FrontMatterEngine } }).engines.yaml
const safeYaml: FrontMatterEngine = { parse: (text) => grayMatterYaml.parse(text) }

function refusedLanguage(language: string): FrontMatterEngine {
  return {
    parse: () => {
      throw new Error(`"---${language}" front matter is refused`)
    },
  }
}

const DATA_ONLY_ENGINES: Record<string, FrontMatterEngine> = {
  yaml: safeYaml,
  yml: safeYaml,
  ...Object.fromEntries(
    ['javascript', 'js', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((name) => [name, refusedLanguage(name)]),
  ),
}

/** The language gray-matter would choose for this text ('' when none is named after `---`). */
function frontMatterLanguage(text: string): string {
  return matter.test(text) ? matter.language(text).name : ''
}

function readMarkdown(file: string, relative: string, problems: string[]): { data: unknown; body: string } | null {
  const text = fs.readFileSync(file, 'utf8')
  const language = frontMatterLanguage(text)
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    problems.push(
      `${relative}: the front matter must be YAML ("---" alone on the first line), not "---${language}": content files are data, never code`,
    )
    return null
  }
  try {
    const parsed = matter(text, { language: 'yaml', engines: DATA_ONLY_ENGINES })
    return { data: parsed.data, body: parsed.content.trim() }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    problems.push(`${relative}: the front matter is not valid YAML (${reason})`)
    return null
  }
}

/** The file names that non-body rich-text fields point to, with the field path for messages. */
function attachmentRefs(
  nodes: ShapeNode[],
  data: Record<string, unknown>,
  prefix: string,
  topLevel: boolean,
): { name: string; field: string }[] {
  const refs: { name: string; field: string }[] = []
  for (const node of nodes) {
    const value = data[node.name]
    if (value === undefined || value === null) continue
    if (node.kind === 'richText' && !(topLevel && node.name === 'body') && typeof value === 'string') {
      refs.push({ name: value, field: `${prefix}${node.name}` })
    } else if (node.kind === 'array' && !node.list && Array.isArray(value)) {
      value.forEach((row, index) =>
        refs.push(
          ...attachmentRefs(node.fields, row as Record<string, unknown>, `${prefix}${node.name}.${index}.`, false),
        ),
      )
    } else if (node.kind === 'group' && typeof value === 'object') {
      refs.push(...attachmentRefs(node.fields, value as Record<string, unknown>, `${prefix}${node.name}.`, false))
    }
  }
  return refs
}

/** Reads one document folder (or, for the model, the type folder itself). */
function readDocument(
  contentDir: string,
  type: DocumentType,
  folder: string,
  slug: string | null,
  problems: string[],
): ContentDocument | null {
  const relative = (name: string) => path.relative(contentDir, path.join(folder, name))
  const document: ContentDocument = { type, slug, locales: {} }
  const referenced = new Set<string>()

  for (const locale of contentLocales) {
    const file = path.join(folder, `${locale}.md`)
    if (!fs.existsSync(file)) {
      if (locale === 'fi')
        problems.push(`${relative('fi.md')}: missing — every document needs its Finnish (default) version`)
      continue
    }
    const raw = readMarkdown(file, relative(`${locale}.md`), problems)
    if (!raw) continue
    const parsed = localeSchema(type, locale).safeParse(raw.data ?? {})
    if (!parsed.success) {
      const issues = describeIssues(relative(`${locale}.md`), parsed.error)
      // A shared field in en.md/sv.md is the usual mistake: say so plainly.
      problems.push(
        ...issues.map((issue) =>
          locale !== 'fi' && /Unrecognized key/.test(issue)
            ? `${issue} (language-independent fields belong in fi.md only)`
            : issue,
        ),
      )
      continue
    }
    const data = parsed.data as Record<string, unknown>
    const attachments = new Map<string, string>()
    for (const ref of attachmentRefs([...type.shared, ...type.localized], data, '', true)) {
      referenced.add(ref.name)
      if (!ref.name.endsWith(`.${locale}.md`)) {
        problems.push(
          `${relative(`${locale}.md`)}: field "${ref.field}": "${ref.name}" should be the ${locale} file (…${`.${locale}.md`})`,
        )
        continue
      }
      const attachment = path.join(folder, ref.name)
      if (!fs.existsSync(attachment)) {
        problems.push(
          `${relative(`${locale}.md`)}: field "${ref.field}": the file ${relative(ref.name)} does not exist`,
        )
        continue
      }
      const markdown = fs.readFileSync(attachment, 'utf8').trim()
      if (markdown.startsWith('---')) problems.push(`${relative(ref.name)}: a handout has a body only, no front matter`)
      else if (!markdown) problems.push(`${relative(ref.name)}: the file is empty`)
      else attachments.set(ref.name, markdown)
    }
    document.locales[locale] = { file: relative(`${locale}.md`), data, body: raw.body, attachments }
  }

  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (slug !== null) problems.push(`${relative(entry.name)}: unexpected folder inside a document folder`)
      continue
    }
    const isLocaleFile = contentLocales.some((locale) => entry.name === `${locale}.md`)
    if (!isLocaleFile && !referenced.has(entry.name)) {
      problems.push(
        `${relative(entry.name)}: unexpected file (expected fi.md, en.md, sv.md or a handout named in their front matter)`,
      )
    }
  }
  return document.locales.fi ? document : null
}

/**
 * Reads and validates the whole corpus. Cross-references (a course pack's cheat sheets, the model's
 * components) must name documents that exist in content/.
 */
export function readContent(contentDir: string): ContentDocument[] {
  const problems: string[] = []
  const documents: ContentDocument[] = []
  if (!fs.existsSync(contentDir)) throw new ContentError([`${contentDir}: the content folder does not exist`])

  const knownFolders = new Set(documentTypes.map((type) => type.key))
  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !knownFolders.has(entry.name as DocumentType['key'])) {
      problems.push(`${entry.name}/: not a content type (known: ${[...knownFolders].join(', ')})`)
    }
  }

  for (const type of documentTypes) {
    const dir = path.join(contentDir, type.key)
    if (!fs.existsSync(dir)) continue
    if (type.kind === 'global') {
      const document = readDocument(contentDir, type, dir, null, problems)
      if (document) documents.push(document)
      continue
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory()) {
        problems.push(`${type.key}/${entry.name}: unexpected file (each document is a folder named by its slug)`)
        continue
      }
      if (!SLUG_PATTERN.test(entry.name)) {
        problems.push(
          `${type.key}/${entry.name}/: the folder name is the slug and must be lower-case a–z, digits and hyphens`,
        )
        continue
      }
      const document = readDocument(contentDir, type, path.join(dir, entry.name), entry.name, problems)
      if (document) documents.push(document)
    }
  }

  problems.push(...checkReferences(documents))
  if (problems.length > 0) throw new ContentError(problems)
  return documents
}

/** Every relationship slug must name a document of the right type in content/. */
function checkReferences(documents: ContentDocument[]): string[] {
  const slugs = new Map<string, Set<string>>()
  for (const document of documents) {
    if (document.slug === null) continue
    if (!slugs.has(document.type.slug)) slugs.set(document.type.slug, new Set())
    slugs.get(document.type.slug)!.add(document.slug)
  }
  const problems: string[] = []
  const visit = (nodes: ShapeNode[], data: Record<string, unknown>, file: string, prefix: string) => {
    for (const node of nodes) {
      const value = data[node.name]
      if (value === undefined || value === null) continue
      if (node.kind === 'relationship') {
        for (const slug of Array.isArray(value) ? value : [value]) {
          if (!slugs.get(node.relationTo)?.has(String(slug))) {
            problems.push(
              `${file}: field "${prefix}${node.name}": no ${node.relationTo} document with the slug "${String(slug)}" in content/${node.relationTo}/`,
            )
          }
        }
      } else if (node.kind === 'group' && typeof value === 'object') {
        visit(node.fields, value as Record<string, unknown>, file, `${prefix}${node.name}.`)
      } else if (node.kind === 'array' && !node.list && Array.isArray(value)) {
        value.forEach((row, index) =>
          visit(node.fields, row as Record<string, unknown>, file, `${prefix}${node.name}.${index}.`),
        )
      }
    }
  }
  for (const document of documents) {
    for (const file of Object.values(document.locales)) {
      visit([...document.type.shared, ...document.type.localized], file!.data, file!.file, '')
    }
  }
  return problems
}

import { type DocumentType, documentTypes, type ShapeNode } from './shape'

/**
 * Writes the snapshot's per-type zod schemas as TypeScript source, from the same Payload configs
 * that generate payload-types.ts. Generated code rather than schemas built at run time: the site
 * then gets real static types and validates without importing the CMS.
 */

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const list = (values: string[]) => `[${values.map(quote).join(', ')}]`

const camel = (key: string) => key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

function scalar(node: Extract<ShapeNode, { kind: 'scalar' }>): string {
  if (node.options) return `z.enum(${list(node.options)})`
  switch (node.type) {
    case 'number':
      return 'z.number()'
    case 'boolean':
      return 'z.boolean()'
    case 'date':
      return 'dateSchema'
    default:
      return 'z.string().min(1)'
  }
}

function schemaFor(node: ShapeNode, indent: string): string {
  const nullable = (source: string) => (node.required ? source : `${source}.nullable()`)
  switch (node.kind) {
    case 'scalar':
      return node.hasMany ? `z.array(${scalar(node)})` : nullable(scalar(node))
    case 'richText':
      return nullable('richTextSchema')
    case 'array':
      return node.list ? 'z.array(z.string().min(1))' : `z.array(${objectFor(node.fields, indent)})`
    case 'group':
      return objectFor(node.fields, indent)
    case 'relationship':
      return node.hasMany ? 'z.array(slugSchema)' : 'slugSchema.nullable()'
    case 'upload':
      return node.hasMany ? 'z.array(mediaRefSchema)' : 'mediaRefSchema.nullable()'
  }
}

function shapeFor(nodes: ShapeNode[], indent: string): string {
  const inner = `${indent}  `
  return `{\n${nodes.map((node) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(node.name) ? node.name : quote(node.name)}: ${schemaFor(node, inner)},\n`).join('')}${indent}}`
}

function objectFor(nodes: ShapeNode[], indent: string): string {
  return `z.strictObject(${shapeFor(nodes, indent)})`
}

export function generateSnapshotTypes(): string {
  const lines = [
    '// Generated from the Payload collection and global configs by `npm run generate:types`. Do not edit:',
    '// change the CMS config and generate again (a test fails when this file is stale).',
    "import { z } from 'zod'",
    '',
    "import { dateSchema, documentSchema, mediaRefSchema, richTextSchema, singletonSchema, slugSchema } from './base'",
    '',
  ]
  const entries: string[] = []
  for (const type of documentTypes) {
    const name = camel(type.key)
    const builder = type.kind === 'global' ? 'singletonSchema' : 'documentSchema'
    lines.push(
      `export const ${name}Schema = ${builder}(${shapeFor(type.shared, '')}, ${shapeFor(type.localized, '')})`,
      '',
    )
    entries.push(`  ${quote(type.key)}: ${name}Schema,`)
  }
  lines.push("/** Each content type's document schema, by its content/ folder and snapshot key. */")
  lines.push(`export const documentSchemas = {\n${entries.join('\n')}\n}`, '')
  return lines.join('\n')
}

/** Where generateDocumentTypes' output lives, beside the export that reads it. */
export const documentTypesFile = 'scripts/lib/document-types.generated.ts'

/**
 * The shape itself, as data, for the export: read from here, it needs no Payload config at run
 * time, so the site build (REST export + Astro) runs without the CMS's dependencies installed.
 */
export function generateDocumentTypes(): string {
  return [
    '// Generated from the Payload collection and global configs (scripts/lib/shape.ts) by `npm run generate:types`.',
    '// Do not edit: change the CMS config and generate again (a test fails when this file is stale). The export',
    '// reads the shape from here, so that the site build needs no Payload (README, "Deploying").',
    "import type { DocumentType } from './shape'",
    '',
    `export const documentTypes: DocumentType[] = [\n${documentTypes.map(typeData).join(',\n')},\n]`,
    '',
  ].join('\n')
}

// JSON with one line per field (a group's or an array's fields each on their own), so that a change reads as one.
const nodeList = (nodes: ShapeNode[], indent: string): string =>
  nodes.length === 0
    ? '[]'
    : `[\n${nodes.map((node) => `${indent}  ${nodeData(node, `${indent}  `)}`).join(',\n')},\n${indent}]`

const nodeData = (node: ShapeNode, indent: string): string =>
  node.kind === 'group' || node.kind === 'array'
    ? `${JSON.stringify({ ...node, fields: undefined }).slice(0, -1)},"fields":${nodeList(node.fields, indent)}}`
    : JSON.stringify(node)

function typeData({ shared, localized, ...about }: DocumentType): string {
  return `  ${JSON.stringify(about).slice(0, -1)},\n    "shared": ${nodeList(shared, '    ')},\n    "localized": ${nodeList(localized, '    ')},\n  }`
}

import type { Field } from 'payload'

import { publicCollections, type PublicCollectionSlug } from '../../cms/src/collections'
import { OperatingModel } from '../../cms/src/globals/OperatingModel'
import { SiteSettings } from '../../cms/src/globals/SiteSettings'

/**
 * The shape of every public content type, read from the Payload configs themselves. The seed, the
 * snapshot export, the snapshot schema (generated from this) and the content writer all walk these
 * nodes, so a field added in the CMS reaches every step without a second definition to keep in step.
 */

interface BaseNode {
  name: string
  localized: boolean
  required: boolean
}
export interface ScalarNode extends BaseNode {
  kind: 'scalar'
  type: 'string' | 'number' | 'boolean' | 'date'
  hasMany: boolean
  options: string[] | null
  /** Dates picked as a day only (a post's date) are written as YYYY-MM-DD in content files. */
  dateOnly: boolean
  /** A choice the CMS makes when none is given (an indicator's "exact"): a content file may leave it out. */
  defaultValue?: string
}
export interface RichTextNode extends BaseNode {
  kind: 'richText'
}
export interface ArrayNode extends BaseNode {
  kind: 'array'
  fields: ShapeNode[]
  /** Rows with a single text field (lessons, goals…) travel as a plain list of strings. */
  list: string | null
}
export interface GroupNode extends BaseNode {
  kind: 'group'
  fields: ShapeNode[]
}
export interface RelationNode extends BaseNode {
  kind: 'relationship'
  relationTo: string
  hasMany: boolean
}
export interface UploadNode extends BaseNode {
  kind: 'upload'
  hasMany: boolean
}
export type ShapeNode = ScalarNode | RichTextNode | ArrayNode | GroupNode | RelationNode | UploadNode

function optionValues(options: unknown[]): string[] {
  return options.map((option) => (typeof option === 'string' ? option : String((option as { value: unknown }).value)))
}

/**
 * Fields Payload adds itself when it builds the config (it extends the same field arrays in place),
 * so the shape is the same whether or not the config has been loaded yet.
 */
const managedByPayload = (field: Field) =>
  'name' in field &&
  (['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'].includes(field.name) || field.name.endsWith('_tz'))

/**
 * Editorial state (a draft's "ready for review" mark) is marked `custom.editorialOnly`: it is no
 * content, so it is not in the content files, the seed or the snapshot.
 */
const editorialOnly = (field: Field) =>
  (field.custom as { editorialOnly?: unknown } | undefined)?.editorialOnly === true

/** Turns Payload fields into shape nodes: layout-only fields (tabs, rows) are flattened, UI-only ones dropped. */
export function toNodes(fields: Field[], inheritedLocalized = false): ShapeNode[] {
  const nodes: ShapeNode[] = []
  for (const field of fields) {
    if (managedByPayload(field) || editorialOnly(field)) continue
    const localized = inheritedLocalized || ('localized' in field && field.localized === true)
    const required = 'required' in field && field.required === true
    switch (field.type) {
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            nodes.push({
              kind: 'group',
              name: tab.name,
              localized,
              required: false,
              fields: toNodes(tab.fields, localized),
            })
          } else nodes.push(...toNodes(tab.fields, localized))
        }
        break
      case 'row':
      case 'collapsible':
        nodes.push(...toNodes(field.fields, localized))
        break
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        nodes.push({
          kind: 'scalar',
          name: field.name,
          localized,
          required,
          type: 'string',
          hasMany: 'hasMany' in field && field.hasMany === true,
          options: null,
          dateOnly: false,
        })
        break
      case 'select':
      case 'radio':
        nodes.push({
          kind: 'scalar',
          name: field.name,
          localized,
          required,
          type: 'string',
          hasMany: 'hasMany' in field && field.hasMany === true,
          options: optionValues(field.options),
          dateOnly: false,
          ...(typeof field.defaultValue === 'string' ? { defaultValue: field.defaultValue } : {}),
        })
        break
      case 'number':
        nodes.push({
          kind: 'scalar',
          name: field.name,
          localized,
          required,
          type: 'number',
          hasMany: field.hasMany === true,
          options: null,
          dateOnly: false,
        })
        break
      case 'checkbox':
        nodes.push({
          kind: 'scalar',
          name: field.name,
          localized,
          required,
          type: 'boolean',
          hasMany: false,
          options: null,
          dateOnly: false,
        })
        break
      case 'date':
        nodes.push({
          kind: 'scalar',
          name: field.name,
          localized,
          required,
          type: 'date',
          hasMany: false,
          options: null,
          dateOnly: field.admin?.date?.pickerAppearance === 'dayOnly',
        })
        break
      case 'richText':
        nodes.push({ kind: 'richText', name: field.name, localized, required })
        break
      case 'array': {
        const children = toNodes(field.fields, localized)
        const only = children.length === 1 ? children[0] : undefined
        const list =
          only?.kind === 'scalar' && only.type === 'string' && !only.hasMany && !only.options ? only.name : null
        nodes.push({ kind: 'array', name: field.name, localized, required, fields: children, list })
        break
      }
      case 'group':
        if ('name' in field && field.name) {
          nodes.push({
            kind: 'group',
            name: field.name,
            localized,
            required: false,
            fields: toNodes(field.fields, localized),
          })
        } else nodes.push(...toNodes(field.fields, localized))
        break
      case 'relationship':
        if (typeof field.relationTo !== 'string')
          throw new Error(`${field.name}: polymorphic relationships are not supported by the snapshot`)
        nodes.push({
          kind: 'relationship',
          name: field.name,
          localized,
          required,
          relationTo: field.relationTo,
          hasMany: field.hasMany === true,
        })
        break
      case 'upload':
        nodes.push({
          kind: 'upload',
          name: field.name,
          localized,
          required,
          hasMany: 'hasMany' in field && field.hasMany === true,
        })
        break
      case 'ui':
      case 'join':
        break
      default:
        throw new Error(`Field type "${field.type}" is not supported by the snapshot shape yet`)
    }
  }
  return nodes
}

/** True when the node or anything inside it differs per locale. */
export function hasLocalized(node: ShapeNode): boolean {
  if (node.localized) return true
  return node.kind === 'group' && node.fields.some(hasLocalized)
}

export interface DocumentType {
  /** The folder under content/ and the key in the snapshot. */
  key: ContentTypeKey
  /** The Payload collection or global slug. */
  slug: PublicCollectionSlug | GlobalSlug
  kind: 'collection' | 'global'
  /** The localized field that names a document; a locale without it is "not translated". */
  titleField: string
  /** Language-independent fields (slug excluded: it identifies the document). */
  shared: ShapeNode[]
  /** Fields with a value per locale (a group with any localized field counts as localized). */
  localized: ShapeNode[]
}

/** The globals that are content: the operating model and the site settings. */
export type GlobalSlug = 'operating-model' | 'site-settings'

/** A content folder and snapshot key: each public collection's slug, `model` for the operating model and `settings` for the site settings. */
export type ContentTypeKey = PublicCollectionSlug | 'model' | 'settings'

function describe(
  key: ContentTypeKey,
  slug: DocumentType['slug'],
  kind: DocumentType['kind'],
  fields: Field[],
  titleField: string,
): DocumentType {
  const nodes = toNodes(fields).filter((node) => node.name !== 'slug')
  return {
    key,
    slug,
    kind,
    titleField,
    shared: nodes.filter((node) => !hasLocalized(node)),
    localized: nodes.filter(hasLocalized),
  }
}

/**
 * Every public content type, collections in seed order and the globals last: the operating model,
 * then the site settings (whose logo is an upload, so it needs nothing seeded before it).
 */
export const documentTypes: DocumentType[] = [
  ...publicCollections.map((collection) =>
    describe(
      collection.slug,
      collection.slug,
      'collection',
      collection.fields,
      String(collection.admin?.useAsTitle ?? 'title'),
    ),
  ),
  describe('model', 'operating-model', 'global', OperatingModel.fields, 'title'),
  describe('settings', 'site-settings', 'global', SiteSettings.fields, 'siteName'),
]

export function documentType(key: ContentTypeKey): DocumentType {
  const found = documentTypes.find((type) => type.key === key)
  if (!found) throw new Error(`Unknown content type ${key}`)
  return found
}

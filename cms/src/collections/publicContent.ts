import type { CollectionConfig, Field } from 'payload'

import { authenticated, draftsOrEditors, editors, publishedOrAuthenticated } from '../access'
import { createdAsDraftOnly, enforcePublishingPolicy } from '../access/publishingPolicy'
import type { Label } from '../fields/common'
import { slugField } from '../fields/slug'
import { previewUrl } from '../hooks/preview'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/siteBuild'

interface PublicContentOptions<Slug extends string> {
  slug: Slug
  labels: { singular: Label; plural: Label }
  /** The localized field that names a document; the slug is made from it when left empty. */
  titleField?: string
  defaultColumns?: string[]
  defaultSort?: string
  description?: Label
  fields: Field[]
}

/**
 * Everything the public site shows shares one editorial workflow: localized fields, drafts with
 * version history and scheduled publishing, a safe unique slug, the same role-based access, and a
 * site rebuild when something is published or unpublished.
 */
export function publicContent<const Slug extends string>({
  slug,
  labels,
  titleField = 'title',
  defaultColumns,
  defaultSort,
  description,
  fields,
}: PublicContentOptions<Slug>): CollectionConfig & { slug: Slug } {
  const [title, ...rest] = fields
  return {
    slug,
    labels,
    admin: {
      useAsTitle: titleField,
      defaultColumns: defaultColumns ?? [titleField, 'slug', '_status', 'updatedAt'],
      description,
      preview: (doc, { locale }) => previewUrl(slug, (doc as { slug?: string }).slug, locale),
    },
    defaultSort,
    access: {
      read: publishedOrAuthenticated,
      create: draftsOrEditors,
      update: draftsOrEditors,
      delete: editors,
      readVersions: authenticated,
    },
    hooks: {
      // Contributors write drafts only, on every path (see access/publishingPolicy.ts).
      beforeOperation: [enforcePublishingPolicy],
      beforeChange: [createdAsDraftOnly],
      afterChange: [rebuildAfterChange],
      afterDelete: [rebuildAfterDelete],
    },
    versions: {
      maxPerDoc: 50,
      drafts: { autosave: false, schedulePublish: true },
    },
    // The title comes first in the form, the slug right after it in the sidebar.
    fields: [title!, slugField(titleField), ...rest],
  }
}

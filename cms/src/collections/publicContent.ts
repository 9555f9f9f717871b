import type { CollectionConfig, Field } from 'payload'

import { authenticated, draftsOrEditors, editors, publishedAndNotTrashedOrAuthenticated } from '../access'
import { createdAsDraftOnly, enforcePublishingPolicy } from '../access/publishingPolicy'
import type { Label } from '../fields/common'
import { slugField } from '../fields/slug'
import { previewUrl } from '../hooks/preview'
import { clearReviewMarkOnPublish, mailEditorsWhenReady, READY_FOR_REVIEW, readyForReviewField } from '../hooks/review'
import { keepPreviousSlugs, previousSlugsField } from '../hooks/slugHistory'
import { noteDraftWrites, rebuildAfterChange, rebuildAfterDelete } from '../hooks/siteBuild'

interface PublicContentOptions<Slug extends string> {
  slug: Slug
  labels: { singular: Label; plural: Label }
  /** The admin's navigation group (cms/src/admin/groups.ts). */
  group: Label
  /** The address may not change once published (an issued badge's id is its address). */
  lockSlugOncePublished?: boolean
  /** The localized field that names a document; the slug is made from it when left empty. */
  titleField?: string
  defaultColumns?: string[]
  /** Fields the list's search box also looks in, beside the title. */
  searchFields?: string[]
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
  group,
  lockSlugOncePublished = false,
  titleField = 'title',
  defaultColumns,
  searchFields,
  defaultSort,
  description,
  fields,
}: PublicContentOptions<Slug>): CollectionConfig & { slug: Slug } {
  const [title, ...rest] = fields
  return {
    slug,
    labels,
    admin: {
      group,
      useAsTitle: titleField,
      defaultColumns: defaultColumns ?? [titleField, '_status', READY_FOR_REVIEW, 'updatedAt'],
      listSearchableFields: searchFields,
      description,
      preview: (doc, { locale }) => previewUrl(slug, (doc as { slug?: string }).slug, locale),
    },
    defaultSort,
    access: {
      read: publishedAndNotTrashedOrAuthenticated,
      create: draftsOrEditors,
      update: draftsOrEditors,
      delete: editors,
      readVersions: authenticated,
    },
    hooks: {
      // Contributors write drafts only, on every path (see access/publishingPolicy.ts).
      beforeOperation: [enforcePublishingPolicy, noteDraftWrites],
      beforeChange: [
        createdAsDraftOnly,
        clearReviewMarkOnPublish,
        keepPreviousSlugs({ lockOncePublished: lockSlugOncePublished }),
      ],
      afterChange: [rebuildAfterChange, mailEditorsWhenReady],
      afterDelete: [rebuildAfterDelete],
    },
    versions: {
      maxPerDoc: 50,
      drafts: {
        // Autosave keeps an editor's work, but each save also rebuilds the preview (about ten
        // seconds of a full build): ten seconds after the last keystroke keeps the preview close behind without a
        // queue of builds. The Save draft button stays, for those who save by habit.
        autosave: { interval: 10_000, showSaveDraftButton: true },
        schedulePublish: true,
      },
    },
    // Deleting moves a document to the trash, from which an editor can restore it; only deleting
    // it there is final. A trashed document is off the site like an unpublished one.
    trash: true,
    // The title comes first in the form, the slug right after it in the sidebar.
    fields: [title!, slugField(titleField), ...rest, readyForReviewField(), previousSlugsField()],
  }
}

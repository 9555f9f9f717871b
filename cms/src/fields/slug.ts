import type { Field, FieldHook } from 'payload'

import { SLUG_PATTERN, slugify } from '@toolkit/contract/slug'

import { message } from './common'

export { SLUG_PATTERN, slugify }

const fillFromTitle =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * A duplicate gets a valid, unused slug ("osa-kopio", "osa-kopio-2", …) instead of Payload's
 * "osa - Copy", which the slug rule refuses: the copy is saved, and an editor renames it.
 */
const copySlug: FieldHook = async ({ value, req, collection }) => {
  if (typeof value !== 'string' || !collection) return value
  const base = slugify(`${value}-kopio`)
  for (let attempt = 1; attempt < 100; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const taken = await req.payload.count({
      collection: collection.slug as never,
      where: { slug: { equals: candidate } },
      req,
    })
    if (taken.totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/** A URL-safe identifier, unique in its collection, generated from the title when left empty. */
export function slugField(sourceField = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    label: { en: 'Slug (address)', sv: 'Slug (adress)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Lower-case letters a–z, digits and hyphens. Left empty, it is made from the title.',
        sv: 'Små bokstäver a–z, siffror och bindestreck. Lämnas tomt skapas den av titeln.',
      },
    },
    hooks: { beforeValidate: [fillFromTitle(sourceField)], beforeDuplicate: [copySlug] },
    validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : message(req, {
            en: 'Slug: use only lower-case letters a–z, digits and single hyphens (e.g. "digital-support").',
            sv: 'Slug: använd bara små bokstäver a–z, siffror och enkla bindestreck (t.ex. "digital-support").',
          }),
  }
}

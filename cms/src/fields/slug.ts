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
    label: { fi: 'Osoitetunniste', en: 'Slug (address)', sv: 'Adressnamn (slug)' },
    admin: {
      position: 'sidebar',
      description: {
        fi: 'Sivun osoitteen viimeinen osa, esimerkiksi digituki-kirjastossa. Pienet kirjaimet a–z, numerot ja yhdysmerkit. Jos jätät kentän tyhjäksi, se muodostetaan otsikosta.',
        en: 'The last part of the page’s address, for example digital-support-at-the-library. Lower-case letters a–z, digits and hyphens. Left empty, it is made from the title.',
        sv: 'Den sista delen av sidans adress, till exempel digitalt-stod-pa-biblioteket. Små bokstäver a–z, siffror och bindestreck. Lämnas fältet tomt skapas det av titeln.',
      },
    },
    hooks: { beforeValidate: [fillFromTitle(sourceField)], beforeDuplicate: [copySlug] },
    validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : message(req, {
            fi: 'Osoitetunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä (esimerkiksi ”digituki-kirjastossa”).',
            en: 'Slug: use only lower-case letters a–z, digits and single hyphens (e.g. "digital-support").',
            sv: 'Adressnamn: använd bara små bokstäver a–z, siffror och enkla bindestreck (t.ex. "digitalt-stod").',
          }),
  }
}

/**
 * A slug is a document's address part, shared by all its languages: lower-case a–z, digits and
 * single hyphens. The CMS validates it, the corpus reader checks it and the snapshot schema
 * requires it, all with this pattern.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value)

/** Finnish/Swedish letters fold to ASCII so that URLs stay readable: "Työtoiminta" → "tyotoiminta". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

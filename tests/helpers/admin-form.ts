import type { Field } from 'payload'

/**
 * What a Finnish editor reads on a form, checked the same way for every collection: every label,
 * help text, option and row name in Finnish, English and Swedish, and tabs that keep the data
 * shape (no named tab).
 */

const languages = ['fi', 'en', 'sv'] as const
/** Labels that are proper names, the same in every language. */
const properNames = new Set(['DOT', 'S22619 (Metropolia)'])

export function checkLabel(where: string, value: unknown, problems: string[]): void {
  if (typeof value === 'string') {
    if (!properNames.has(value)) problems.push(`${where}: "${value}" has no Finnish`)
    return
  }
  if (!value || typeof value !== 'object') {
    problems.push(`${where}: missing`)
    return
  }
  for (const language of languages) {
    const text = (value as Record<string, unknown>)[language]
    if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: no ${language}`)
  }
}

/** Everything an editor reads on the form, and the shape rules tabs must keep, as one list of problems. */
export function formProblems(fields: Field[], path = '', problems: string[] = []): string[] {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) problems.push(`${path}tab "${tab.name}": a named tab changes the data shape`)
        checkLabel(`${path}tab`, tab.label, problems)
        formProblems(tab.fields, path, problems)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) formProblems(field.fields, path, problems)
      continue
    }
    const admin = field.admin as { hidden?: boolean; description?: unknown } | undefined
    if (admin?.hidden) continue
    const where = `${path}${field.name}`
    checkLabel(`${where} label`, field.label, problems)
    // A group is a heading; its fields carry the help. A row of one field is explained by its list.
    const soleFieldOfRow = path.endsWith('[].') && fields.length === 1
    if (field.type !== 'group' && !soleFieldOfRow) checkLabel(`${where} help text`, admin?.description, problems)
    if ('options' in field && Array.isArray(field.options))
      for (const option of field.options)
        checkLabel(
          `${where} option ${typeof option === 'string' ? option : option.value}`,
          typeof option === 'string' ? option : option.label,
          problems,
        )
    if (field.type === 'array') {
      // Without labels Payload names the rows from the field's name, in English ("Add Step").
      checkLabel(`${where} row name`, field.labels?.singular, problems)
      checkLabel(`${where} rows name`, field.labels?.plural, problems)
    }
    if ('fields' in field && Array.isArray(field.fields))
      formProblems(field.fields, field.type === 'array' ? `${where}[].` : `${where}.`, problems)
  }
  return problems
}

/** The fields in the main column outside tabs (a tabs field counts once). */
export const mainColumn = (fields: Field[]) =>
  fields.filter((field) => !(field.admin as { position?: string } | undefined)?.position)

/** Names of the fields that hold data at the top level of a document (unnamed tabs are not a level). */
export const topLevelNames = (fields: Field[]): string[] =>
  fields.flatMap((field) =>
    field.type === 'tabs'
      ? field.tabs.flatMap((tab) => topLevelNames(tab.fields))
      : 'name' in field
        ? [field.name]
        : 'fields' in field
          ? topLevelNames(field.fields)
          : [],
  )

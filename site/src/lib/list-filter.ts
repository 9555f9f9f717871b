/**
 * Filtering a grouped list (tools, course packs) in the page. Each list item carries its codes as
 * data attributes (data-audience="staff learners"); the filter form's selects name the attribute
 * and the code wanted. Pure functions, shared by the island (site/src/scripts/list-filter.ts) and
 * the tests.
 */

/** The list filter's page data (built by ListFilter.astro). */
export interface ListFilterData {
  /** How many items are shown, with a {count} placeholder: "Showing {count}". */
  showing: string
}

/** The codes chosen in the form, by attribute name; "all" (an empty value) is left out. */
export type FilterChoice = Record<string, string>

export function chosenCodes(entries: Iterable<[string, FormDataEntryValue]>): FilterChoice {
  const choice: FilterChoice = {}
  for (const [name, value] of entries) if (typeof value === 'string' && value !== '') choice[name] = value
  return choice
}

/** Whether an item with these codes (an element's dataset: space-separated codes) has every chosen code. */
export function matchesChoice(codes: Readonly<Record<string, string | undefined>>, choice: FilterChoice): boolean {
  return Object.entries(choice).every(([name, code]) => (codes[name] ?? '').split(' ').includes(code))
}

/**
 * The codes worth offering as a filter's choices: those some items have and others do not, in the
 * order first met. A choice every item has (all course packs last 240 minutes) or none has
 * separates nothing, so a list offers only these (issue 21).
 */
export function separatingCodes(itemCodes: readonly (readonly string[])[]): string[] {
  const counts = new Map<string, number>()
  for (const codes of itemCodes) for (const code of new Set(codes)) counts.set(code, (counts.get(code) ?? 0) + 1)
  return [...counts].filter(([, count]) => count < itemCodes.length).map(([code]) => code)
}

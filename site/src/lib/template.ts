/**
 * Fills the {name} placeholders of a text, e.g. "Showing {count}" → "Showing 4". A placeholder
 * without a value stays as written, so a missing value shows instead of vanishing. One rule for the
 * words of the pages (t() in i18n/ui.ts) and for the messages the islands fill in the browser.
 * Own properties only: "{constructor}" in a text is not a value.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  )
}

/**
 * Reads CSV (RFC 4180) as a spreadsheet splits it: quoted fields may hold the separator, quotes
 * (doubled) and line breaks. Rows of one empty cell are left out. Finnish Excel separates with ";".
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++)
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === separator) (rows.at(-1)!.push(field), (field = ''))
    else if (char === '\n') (rows.at(-1)!.push(field.replace(/\r$/, '')), rows.push([]), (field = ''))
    else field += char
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field)
  return rows.filter((row) => row.length > 1)
}

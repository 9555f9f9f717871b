import type { Row } from './context'

/** The benchmark table: one line per figure, with its budget and "within budget" / "over budget". */
export function formatTable(rows: Row[]): string {
  const header = ['bench', 'metric', 'value', 'budget', 'verdict']
  const cells = rows.map((row) => [
    row.bench,
    row.metric,
    row.value,
    row.budget ?? '',
    row.failed ? 'FAILED' : row.ok === undefined ? '' : row.ok ? 'within budget' : 'OVER BUDGET',
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)))
  const line = (values: string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`
  return [line(header), rule, ...cells.map(line)].join('\n')
}

/** An empty PDF (as the CMS checks them: header, cross-reference table, end), of `bytes` bytes. */
export function pdf(bytes: number): Buffer {
  const catalog = '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
  const pages = '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'
  const head = `%PDF-1.4\n${catalog}${pages}`
  const offset = (object: string) => String(head.indexOf(object)).padStart(10, '0')
  const end = (xrefAt: number) =>
    `xref\n0 3\n0000000000 65535 f \n${offset(catalog)} 00000 n \n${offset(pages)} 00000 n \n` +
    `trailer << /Size 3 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  // A comment pads the file to its size, before the cross-reference table.
  const bodyLength = bytes - end(bytes).length
  const body = `${head}%${'x'.repeat(bodyLength - head.length - 2)}\n`
  return Buffer.from(body + end(body.length), 'latin1')
}

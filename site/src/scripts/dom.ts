// Building the islands' output: elements with text set as text (never parsed as HTML).

/** A new element with its text and attributes. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}

/** A list with one item per entry, each item made of the entry's nodes and texts. */
export function list(tag: 'ul' | 'ol', items: (Node | string)[][]): HTMLUListElement | HTMLOListElement {
  const parent = element(tag)
  for (const content of items) {
    const item = element('li')
    item.append(...content)
    parent.append(item)
  }
  return parent
}

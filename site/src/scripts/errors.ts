/**
 * Thrown by an island when markup it needs is missing or is not the element it expects. The message
 * names the module and the selector, so a template change that breaks an island shows in the
 * console as "planner: [data-plan-body] is missing" instead of "cannot read properties of null".
 */
export class ElementError extends Error {
  override readonly name = 'ElementError'
  readonly moduleName: string
  readonly selector: string

  constructor({
    moduleName,
    selector,
    expected,
    found,
  }: {
    moduleName: string
    selector: string
    expected?: string
    found?: Element
  }) {
    super(
      found
        ? `${moduleName}: ${selector} is a <${found.localName}>, not ${expected ?? 'the element expected'}`
        : `${moduleName}: ${selector} is missing`,
    )
    this.moduleName = moduleName
    this.selector = selector
  }
}

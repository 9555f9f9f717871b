/**
 * The pattern every island of the site follows: a class bound to one root element marked
 * data-module="<moduleName>", that finds the markup it needs inside that root (an ElementError
 * naming the module and the selector when it is missing) and reads its page data, typed in
 * site/src/lib beside its logic, from a JSON block in the root (IslandData.astro). A page's
 * <script> only calls initAll(TheIsland).
 */
import { ElementError } from './errors'

/** An element class such as HTMLFormElement, checked with instanceof. */
export type ElementType<T extends Element> = abstract new (...args: never[]) => T

/** What initAll needs of an island class. */
export interface IslandClass<T = unknown> {
  readonly moduleName: string
  new (root: Element): T
}

/** The selector of an island's root element. */
export const rootSelector = (moduleName: string) => `[data-module="${moduleName}"]`

/** The page data element inside an island's root (see IslandData.astro). */
export const DATA_SELECTOR = 'script[type="application/json"][data-island-data]'

export abstract class Island<Root extends HTMLElement = HTMLElement> {
  /** The data-module value of the root element; each island class sets its own. */
  static readonly moduleName: string
  protected readonly root: Root

  constructor(root: Element, rootType: ElementType<Root>) {
    if (!(root instanceof rootType)) {
      throw new ElementError({
        moduleName: this.moduleName,
        selector: rootSelector(this.moduleName),
        expected: rootType.name,
        found: root,
      })
    }
    this.root = root
  }

  get moduleName(): string {
    return (this.constructor as typeof Island).moduleName
  }

  /** The first element matching the selector in the root (or in `scope`): an HTMLElement, or of the given type. */
  protected required(selector: string): HTMLElement
  protected required<T extends Element>(selector: string, type: ElementType<T>, scope?: ParentNode): T
  protected required(
    selector: string,
    type: ElementType<Element> = HTMLElement,
    scope: ParentNode = this.root,
  ): Element {
    const found = scope.querySelector(selector)
    if (!found) throw new ElementError({ moduleName: this.moduleName, selector })
    if (!(found instanceof type))
      throw new ElementError({ moduleName: this.moduleName, selector, expected: type.name, found })
    return found
  }

  /** Every element matching the selector in the root, at least one: HTMLElements, or of the given type. */
  protected requiredAll(selector: string): HTMLElement[]
  protected requiredAll<T extends Element>(selector: string, type: ElementType<T>): T[]
  protected requiredAll(selector: string, type: ElementType<Element> = HTMLElement): Element[] {
    const found = [...this.root.querySelectorAll(selector)]
    if (found.length === 0) throw new ElementError({ moduleName: this.moduleName, selector })
    const wrong = found.find((element) => !(element instanceof type))
    if (wrong) throw new ElementError({ moduleName: this.moduleName, selector, expected: type.name, found: wrong })
    return found
  }

  /**
   * The island's page data, from the JSON block in its root. Its type is the one the .astro side
   * builds with `satisfies`; the build wrote it, so it is trusted as that type.
   */
  protected pageData<T>(): T {
    return JSON.parse(this.required(DATA_SELECTOR, HTMLScriptElement).textContent ?? '') as T
  }
}

/**
 * Starts one island on every root of its kind in the page (or in `scope`). One root whose markup is
 * broken is logged and left as the page was without JavaScript; the others still start.
 */
export function initAll<T>(IslandType: IslandClass<T>, scope: ParentNode = document): T[] {
  const started: T[] = []
  for (const root of scope.querySelectorAll(rootSelector(IslandType.moduleName))) {
    try {
      started.push(new IslandType(root))
    } catch (error) {
      console.error(error)
    }
  }
  return started
}

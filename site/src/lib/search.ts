/**
 * The search page's logic, apart from the page itself: what a search asks Pagefind for, when typing
 * searches by itself, the address that keeps a search shareable, and what a result shows. Pure
 * functions, shared by the island (site/src/scripts/search.ts) and the tests.
 */
import { searchQueryParameter } from '@toolkit/contract/routes'

import { fillTemplate } from './template'

/** The search island's page data (built by SearchPage.astro), in the page's language. */
export interface SearchPageData {
  /** The names of the page types by their search filter code, e.g. { 'cheat-sheet': 'Cheat sheets' }. */
  types: Record<string, string>
  searching: string
  noResults: string
  /** With a {count} placeholder: "Results: {count}". */
  results: string
  unavailable: string
}

/**
 * Pagefind's script, written by the build beside the index. It is loaded at run time (never
 * bundled): the index and the script are made after the pages, and each language has its own index.
 */
export const PAGEFIND_URL = '/pagefind/pagefind.js'

/** What the island uses of Pagefind's JavaScript API. */
export interface PagefindResultData {
  url: string
  /** Escaped text with <mark> around the matched words. */
  excerpt: string
  meta?: { title?: string }
  filters?: Record<string, string[]>
}
export interface PagefindSearchOptions {
  filters: SearchFilters
}
export interface Pagefind {
  init(): Promise<void>
  search(
    query: string | null,
    options: PagefindSearchOptions,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>
  preload(query: string, options: PagefindSearchOptions): Promise<void>
}

/** A filter select as the search sees it: its name (type, audience, topic…) and its value ("" is all). */
export interface FilterChoice {
  name: string
  value: string
}
/** The chosen filters in Pagefind's form, e.g. { type: ['component'] }; "all" is left out. */
export type SearchFilters = Record<string, string[]>

export interface SearchRequest {
  /** The words, trimmed; empty for a search by filters alone. */
  query: string
  filters: SearchFilters
}

export function searchRequest(words: string, choices: readonly FilterChoice[]): SearchRequest {
  return {
    query: words.trim(),
    filters: Object.fromEntries(
      choices.filter((choice) => choice.value).map((choice) => [choice.name, [choice.value]]),
    ),
  }
}

/** Two requests with the same key ask for the same results. */
export const requestKey = (request: SearchRequest): string => JSON.stringify([request.query, request.filters])

/** Nothing to search for: no words and no filter. (Filters alone list every page that matches them.) */
export const isEmptyRequest = (request: SearchRequest): boolean =>
  !request.query && Object.keys(request.filters).length === 0

/**
 * While the reader types, search by itself only once the last word has a few letters: one or two
 * letters match most pages, which costs an old phone time and data for results nobody reads.
 * (Enter always searches, whatever the length.)
 */
export const TYPED_MINIMUM = 3

/** Whether typing these words searches by itself; clearing the field does (it clears the results). */
export function searchesWhileTyping(words: string): boolean {
  const trimmed = words.trim()
  return !trimmed || trimmed.split(/\s+/).pop()!.length >= TYPED_MINIMUM
}

/** The page's address for a search (?q=…&type=…), so that it can be bookmarked and shared as it is. */
export function searchAddress(current: string, words: string, choices: readonly FilterChoice[]): string {
  const url = new URL(current)
  url.search = ''
  if (words) url.searchParams.set(searchQueryParameter, words)
  for (const choice of choices) if (choice.value) url.searchParams.set(choice.name, choice.value)
  return url.href
}

/**
 * A search read back from an address: the words as given, and for each filter the value asked for
 * if the page offers it (an unknown value leaves that filter at "all").
 */
export function readSearchAddress(
  query: string,
  filters: readonly { name: string; options: readonly string[] }[],
): { words: string; choices: FilterChoice[] } {
  const params = new URLSearchParams(query)
  return {
    words: params.get(searchQueryParameter) ?? '',
    choices: filters.map(({ name, options }) => {
      const value = params.get(name)
      return { name, value: value && options.includes(value) ? value : '' }
    }),
  }
}

/** How many results to show, and how many of them (the first screen's) to fetch before the rest. */
export const RESULTS_SHOWN = 20
export const FIRST_SCREEN = 5

/** What one result shows. */
export interface ResultView {
  url: string
  /** The page's title, or its address when it has none. */
  title: string
  /** What kind of page it is (a cheat sheet, an event…), when the page says. */
  kind: string | null
  /** Pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerptHtml: string
}

export function resultView(data: PagefindResultData, types: SearchPageData['types']): ResultView {
  const type = data.filters?.type?.[0]
  return {
    url: data.url,
    title: data.meta?.title ?? data.url,
    kind: type !== undefined && Object.prototype.hasOwnProperty.call(types, type) ? types[type]! : null,
    excerptHtml: data.excerpt,
  }
}

/** The status line once results are shown. */
export const resultsStatus = (data: SearchPageData, count: number): string => fillTemplate(data.results, { count })

import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'

import { repoRoot } from './env'

/** One `[[headers]]` rule of netlify.toml: a path pattern and the headers it sets. */
export interface HeaderRule {
  for: string
  values: Record<string, string>
}

const netlifyToml = path.join(repoRoot, 'netlify.toml')

interface NetlifyConfig {
  headers?: { for?: unknown; values?: unknown }[]
  redirects?: Record<string, unknown>[]
  build?: { environment?: Record<string, unknown> }
}

const readNetlifyConfig = (file: string) => parse(fs.readFileSync(file, 'utf8')) as NetlifyConfig

/**
 * The header rules of netlify.toml, so that the local server and the tests serve the site with
 * exactly the headers production sends (CSP included) instead of a copy that could drift.
 */
export function readHeaderRules(file = netlifyToml): HeaderRule[] {
  const config = readNetlifyConfig(file)
  return (config.headers ?? []).map((rule, index) => {
    if (typeof rule.for !== 'string' || typeof rule.values !== 'object' || rule.values === null) {
      throw new Error(`${file}: [[headers]] rule ${index + 1} needs a "for" path and a [headers.values] table.`)
    }
    const values = Object.fromEntries(Object.entries(rule.values).map(([name, value]) => [name, String(value)]))
    return { for: rule.for, values }
  })
}

/** Netlify's path patterns: exact paths, and `*` as a splat that matches the rest of the path. */
export function pathMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`).test(urlPath)
}

/** Every header that applies to a path; later rules win where two set the same header, as on Netlify. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) {
    if (pathMatches(rule.for, urlPath)) Object.assign(headers, rule.values)
  }
  return headers
}

/** The directives of a Content-Security-Policy value, e.g. { 'style-src': ["'self'"] }. */
export function cspDirectives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  )
}

/** netlify.toml's [build.environment]: what Netlify sets for every build of this repository. */
export function readBuildEnvironment(file = netlifyToml): Record<string, string> {
  const environment = readNetlifyConfig(file).build?.environment ?? {}
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, String(value)]))
}

/**
 * One redirect or rewrite rule, from netlify.toml's [[redirects]] or the site's `_redirects` file,
 * read once here so that the local server answers every address as Netlify does.
 */
export interface RedirectRule {
  /** The `from` pattern as written: an exact path, `:name` segments, and a final `*` splat. */
  from: string
  /** The decoded site path it leads to, with `:name` and `:splat` filled from the request. */
  to: string
  /** 301, 302, 303, 307, 308: a redirect; 200, 404, 410: `to` is served at the requested address. */
  status: number
  /** Netlify applies a rule that is not forced only where no file exists at the path ("shadowing"). */
  force: boolean
  /** `conditions = { Language = [...] }`, lower case: the first language of Accept-Language must be one. */
  languages?: string[]
  /** Where the rule was written, for messages ("netlify.toml, [[redirects]] 3"). */
  source: string
  /** `from` compiled: the decoded request path without its trailing slash, and the names of its captures. */
  pattern: RegExp
  captures: string[]
}

const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308]
const REWRITE_STATUSES: readonly number[] = [200, 404, 410]
export const isRedirectStatus = (status: number) => REDIRECT_STATUSES.includes(status)

/** A rule that cannot be honoured: the message names where it was written and what is wrong. */
export class RedirectRuleError extends Error {
  override name = 'RedirectRuleError'
}

/** Netlify compares paths without their trailing slash: `/a/` and `/a` match the same rules. */
export const withoutTrailingSlash = (urlPath: string) => (urlPath.length > 1 ? urlPath.replace(/\/+$/, '') : urlPath)

const decodeRulePath = (value: string, source: string, field: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    throw new RedirectRuleError(`${source}: "${field}" ${JSON.stringify(value)} has an invalid percent-encoding.`)
  }
}

/**
 * A path on this site: "/" and then anything but another "/" or "\" (which a browser reads as
 * another host), no query or fragment, no white space or control characters.
 */
// eslint-disable-next-line no-control-regex
const SITE_PATH = /^\/(?![/\\])[^\s?#\\\u0000-\u001f\u007f]*$/

/** Compiles a `from` pattern (decoded): literal segments, `:name` segments, a final `*`. */
function compileFrom(from: string, source: string): { pattern: RegExp; captures: string[] } {
  if (!SITE_PATH.test(from)) {
    throw new RedirectRuleError(
      `${source}: "from" ${JSON.stringify(from)} must be a path on this site, starting with "/".`,
    )
  }
  const segments = withoutTrailingSlash(from).split('/').slice(1)
  const captures: string[] = []
  let regex = ''
  segments.forEach((segment, index) => {
    if (segment === '*') {
      if (index !== segments.length - 1) {
        throw new RedirectRuleError(`${source}: "from" ${JSON.stringify(from)} may have "*" only as its last segment.`)
      }
      captures.push('splat')
      // "/fi/*" matches "/fi" too (an empty splat), as on Netlify.
      regex += '(?:/(.*))?'
      return
    }
    if (segment.includes('*')) {
      throw new RedirectRuleError(
        `${source}: "from" ${JSON.stringify(from)} may have "*" only as a whole last segment.`,
      )
    }
    const placeholder = /^:([A-Za-z_][A-Za-z0-9_]*)$/.exec(segment)
    if (placeholder) {
      captures.push(placeholder[1]!)
      regex += '/([^/]+)'
      return
    }
    regex += `/${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&')}`
  })
  return { pattern: new RegExp(`^${regex}$`), captures }
}

/** A rule as read, before its `from` is compiled. */
type RuleFields = Omit<RedirectRule, 'pattern' | 'captures'>

/** Checks one rule's fields and compiles it; every problem is a RedirectRuleError naming the rule. */
function redirectRule(fields: RuleFields): RedirectRule {
  const { source } = fields
  const from = decodeRulePath(fields.from, source, 'from')
  const to = decodeRulePath(fields.to, source, 'to')
  if (!SITE_PATH.test(to)) {
    throw new RedirectRuleError(
      `${source}: "to" ${JSON.stringify(fields.to)} must be a path on this site (no other host, no query): the local server follows only those.`,
    )
  }
  if (!isRedirectStatus(fields.status) && !REWRITE_STATUSES.includes(fields.status)) {
    throw new RedirectRuleError(
      `${source}: "status" ${fields.status} is not one the local server can answer (${[...REDIRECT_STATUSES, ...REWRITE_STATUSES].join(', ')}).`,
    )
  }
  const compiled = compileFrom(from, source)
  for (const [, name] of to.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!compiled.captures.includes(name!)) {
      throw new RedirectRuleError(
        `${source}: "to" uses :${name}, which "from" ${JSON.stringify(fields.from)} does not capture.`,
      )
    }
  }
  return { ...fields, from, to, ...compiled }
}

const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/

/**
 * netlify.toml's [[redirects]], checked: anything the local server could not honour exactly (a
 * condition other than Language, a query, another host, an unknown key) is an error that names
 * the rule, instead of a rule that silently behaves differently here than on Netlify.
 */
export function readRedirectRules(file = netlifyToml): RedirectRule[] {
  const name = path.basename(file)
  const redirects = readNetlifyConfig(file).redirects ?? []
  if (!Array.isArray(redirects)) throw new RedirectRuleError(`${name}: redirects must be [[redirects]] tables.`)
  return redirects.map((rule, index) => {
    const source = `${name}, [[redirects]] ${index + 1}`
    const unknown = Object.keys(rule).filter((key) => !['from', 'to', 'status', 'force', 'conditions'].includes(key))
    if (unknown.length > 0) {
      throw new RedirectRuleError(
        `${source}: the local server does not know ${unknown.map((key) => `"${key}"`).join(', ')}.`,
      )
    }
    const { from, to, status = 301, force = false, conditions } = rule
    if (typeof from !== 'string' || typeof to !== 'string') {
      throw new RedirectRuleError(`${source}: "from" and "to" must be strings.`)
    }
    if (typeof status !== 'number' || typeof force !== 'boolean') {
      throw new RedirectRuleError(`${source}: "status" must be a number and "force" true or false.`)
    }
    let languages: string[] | undefined
    if (conditions !== undefined) {
      const entries = typeof conditions === 'object' && conditions !== null ? Object.entries(conditions) : []
      const other = entries.filter(([key]) => key !== 'Language').map(([key]) => key)
      if (entries.length === 0 || other.length > 0) {
        throw new RedirectRuleError(
          `${source}: "conditions" may only be { Language = [...] } here${other.length > 0 ? `, not ${other.join(', ')}` : ''}.`,
        )
      }
      const list = entries[0]![1]
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        !list.every((tag) => typeof tag === 'string' && LANGUAGE_TAG.test(tag.toLowerCase()))
      ) {
        throw new RedirectRuleError(`${source}: "conditions.Language" must be a list of language codes such as ["fi"].`)
      }
      languages = list.map((tag: string) => tag.toLowerCase())
    }
    return redirectRule({ from, to, status, force, languages, source })
  })
}

/**
 * The site's `_redirects` file (Netlify's format: "from to [status][!]" per line, written by the
 * build for renamed documents). Only plain paths on this site are honoured, as the build writes
 * nothing else: a line with a pattern, another host or anything unreadable is left out and named
 * in `problems`, so that a bad line never takes the server down.
 */
export function parseRedirectsFile(text: string, name = '_redirects'): { rules: RedirectRule[]; problems: string[] } {
  const rules: RedirectRule[] = []
  const problems: string[] = []
  text.split('\n').forEach((line, index) => {
    const [from, to, status = '301', ...rest] = line.trim().split(/\s+/)
    if (!from || from.startsWith('#')) return
    const source = `${name}, line ${index + 1}`
    const code = /^(\d{3})(!?)$/.exec(status)
    try {
      if (!to || rest.length > 0 || !code) throw new RedirectRuleError(`${source}: expected "from to [status]".`)
      if (/[*:]/.test(from)) throw new RedirectRuleError(`${source}: the build writes plain paths only, not patterns.`)
      rules.push(redirectRule({ from, to, status: Number(code[1]), force: code[2] === '!', source }))
    } catch (error) {
      if (!(error instanceof RedirectRuleError)) throw error
      problems.push(error.message)
    }
  })
  return { rules, problems }
}

/**
 * The first language of an Accept-Language header, lower case, or null when there is none that
 * reads as a language tag ("*", junk, no header). Netlify matches only this one, whatever the
 * q-values say (its docs: "Redirect by country or language").
 */
export function firstLanguage(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return null
  const first = value.slice(0, 200).split(',')[0]!.split(';')[0]!.trim().toLowerCase()
  return LANGUAGE_TAG.test(first) ? first : null
}

/** Whether the reader's first language is one of a rule's: "fi" matches "fi" and "fi-FI". */
const languageMatches = (languages: string[], language: string | null) =>
  language !== null && languages.some((wanted) => language === wanted || language.startsWith(`${wanted}-`))

export interface RedirectRequest {
  /** The decoded, normalized request path (static-server's parseRequestTarget). */
  path: string
  /** Whether a file exists at the path: then only forced rules apply. */
  fileExists: boolean
  acceptLanguage?: string | string[]
}

export interface RedirectMatch {
  rule: RedirectRule
  /** The decoded site path the rule leads to, its placeholders filled in; always starts with one "/". */
  target: string
}

/**
 * The rule Netlify applies to a request: the first that matches in order (`_redirects` before
 * netlify.toml), skipping rules that are not forced where a file exists, and rules whose Language
 * condition the reader's first language does not meet. Null: no rule, the file (or 404) answers.
 */
export function matchRedirect(rules: readonly RedirectRule[], request: RedirectRequest): RedirectMatch | null {
  const requestPath = withoutTrailingSlash(request.path)
  const language = firstLanguage(request.acceptLanguage)
  for (const rule of rules) {
    if (request.fileExists && !rule.force) continue
    const found = rule.pattern.exec(requestPath)
    if (!found) continue
    if (rule.languages && !languageMatches(rule.languages, language)) continue
    const values = new Map(rule.captures.map((name, index) => [name, found[index + 1] ?? '']))
    const filled = rule.to.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => values.get(name) ?? '')
    // A placeholder filled with "" could leave "//": collapse it, so the target stays on this site.
    const target = path.posix.normalize(filled)
    if (!target.startsWith('/') || target.startsWith('//')) continue
    return { rule, target }
  }
  return null
}

/** Whether the answer at a path depends on Accept-Language (a Language rule could apply there). */
export const variesByLanguage = (rules: readonly RedirectRule[], urlPath: string) =>
  rules.some((rule) => rule.languages && rule.pattern.test(withoutTrailingSlash(urlPath)))

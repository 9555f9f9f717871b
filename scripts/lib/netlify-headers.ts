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

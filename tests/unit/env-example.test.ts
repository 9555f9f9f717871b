import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// .env.example is the one list of the environment an operator can set. It cannot drift: every
// variable the code reads must be in it, and everything in it must be read by the code (or by the
// tools below). A new variable fails this test until it is listed with its default and meaning.

const root = path.resolve(import.meta.dirname, '../..')
const exampleFile = path.join(root, '.env.example')

/** Where the project's own code lives; generated output, dependencies and test content are skipped. */
const SOURCE_DIRS = ['cms', 'scripts', 'site', 'packages', 'tests']
const SKIPPED_DIRS = new Set(['node_modules', '.next', 'dist', '.astro', '.cache', 'fixtures', 'data'])
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|astro)$/

/**
 * Listed in .env.example although this repository's code never reads them: other programs do.
 * (netlify.toml's [build.environment] is read from the file itself, below.)
 */
const READ_BY_OTHER_TOOLS = new Set<string>([
  // Payload's logger: `true` silences every log line (pino's `enabled`).
  'DISABLE_LOGGING',
])
/** Read by the code but not configuration: the process's own search path. */
const NOT_CONFIGURATION = new Set(['PATH'])
/** import.meta.env names Astro and Vite define themselves; nobody sets them. */
const BUILT_IN_META_ENV = new Set(['BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR', 'SITE', 'ASSETS_PREFIX'])

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...sourceFiles(path.join(dir, entry.name)))
    } else if (SOURCE_FILE.test(entry.name)) files.push(path.join(dir, entry.name))
  }
  return files
}

const ENV_NAME = '[A-Z_][A-Z0-9_]*'
// process.env.NAME, import.meta.env.NAME, and `env.NAME` of an environment object passed along.
const DOTTED = new RegExp(`(?:process\\.env|import\\.meta\\.env|\\benv)\\.(${ENV_NAME})\\b`, 'g')
// process.env['NAME'] / env["NAME"]
const QUOTED = new RegExp(`(?:process\\.env|\\benv)\\[\\s*['"\`](${ENV_NAME})['"\`]\\s*\\]`, 'g')
// process.env[SOME_CONSTANT], env[name]: resolved through the constants below, or a helper
const INDIRECT = /(?:process\.env|\benv)\[\s*([A-Za-z_$][\w$]*)\s*\]/g
const CONSTANT = new RegExp(`\\b(?:export\\s+)?const\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*['"](${ENV_NAME})['"]`, 'g')
// A name quoted in a file that reads process.env[name] (a helper such as url('PREVIEW_URL')).
const ENV_LIKE_STRING = /['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g

/** True when the match at `index` (ending at `end`) only writes or deletes the variable. */
function onlyWrites(text: string, index: number, end: number): boolean {
  if (/\bdelete\s+$/.test(text.slice(Math.max(0, index - 10), index))) return true
  return /^\s*=(?!=)/.test(text.slice(end, end + 5))
}

/** Every environment variable the project's code reads, with one file that reads it. */
function variablesReadByCode(): Map<string, string> {
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir))),
    ...fs
      .readdirSync(root)
      .filter((name) => SOURCE_FILE.test(name))
      .map((name) => path.join(root, name)),
  ].filter((file) => file !== path.resolve(import.meta.filename))
  const texts = new Map(files.map((file) => [path.relative(root, file), fs.readFileSync(file, 'utf8')]))
  const constants = new Map<string, string>()
  for (const text of texts.values()) for (const [, name, value] of text.matchAll(CONSTANT)) constants.set(name!, value!)

  const read = new Map<string, string>()
  const note = (name: string, file: string) => {
    if (!read.has(name)) read.set(name, file)
  }
  for (const [file, text] of texts) {
    for (const pattern of [DOTTED, QUOTED]) {
      for (const match of text.matchAll(pattern)) {
        const name = match[1]!
        if (match[0].startsWith('import.meta') && BUILT_IN_META_ENV.has(name)) continue
        if (onlyWrites(text, match.index, match.index + match[0].length)) continue
        note(name, file)
      }
    }
    let readsByName = false
    for (const match of text.matchAll(INDIRECT)) {
      if (onlyWrites(text, match.index, match.index + match[0].length)) continue
      const constant = constants.get(match[1]!)
      if (constant) note(constant, file)
      else readsByName = true
    }
    if (readsByName) for (const [, name] of text.matchAll(ENV_LIKE_STRING)) note(name!, file)
  }
  return read
}

/** The variables netlify.toml's build sets for Netlify's own tools (Node's version, npm's flags…). */
function netlifyBuildEnvironment(): string[] {
  const toml = fs.readFileSync(path.join(root, 'netlify.toml'), 'utf8')
  const section = /^\[build\.environment\]\s*$([\s\S]*?)(?=^\[)/m.exec(toml)?.[1] ?? ''
  return [...section.matchAll(new RegExp(`^\\s*(${ENV_NAME})\\s*=`, 'gm'))].map((match) => match[1]!)
}

interface Listed {
  name: string
  line: number
  explained: boolean
}

/** NAME=default lines of .env.example, each with whether a comment line explains it. */
function listedInExample(): Listed[] {
  const lines = fs.readFileSync(exampleFile, 'utf8').split('\n')
  const listed: Listed[] = []
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const match = new RegExp(`^(${ENV_NAME})=`).exec(line)
    if (!match) throw new Error(`.env.example line ${index + 1} is neither a comment nor NAME=default: "${line}"`)
    // The explanation is the comment right above (a group of related variables may share one).
    let above = index - 1
    while (above >= 0 && new RegExp(`^${ENV_NAME}=`).test(lines[above]!)) above--
    listed.push({ name: match[1]!, line: index + 1, explained: above >= 0 && /^#\s*\S/.test(lines[above]!) })
  })
  return listed
}

describe('.env.example', () => {
  const read = variablesReadByCode()
  const netlify = netlifyBuildEnvironment()
  const listed = listedInExample()
  const listedNames = new Set(listed.map((entry) => entry.name))

  it('finds what the code reads (the scanner itself works)', () => {
    // One of each way the code reads a variable: dotted, through an environment object passed
    // along, through a constant holding the name, through a helper given the name.
    expect(read.get('DATABASE_URI')).toBeDefined()
    expect(read.get('MEDIA_DIR')).toBe('site/integrations/media-publish.ts')
    expect(read.has('TOOLKIT_PUBLISHED_MEDIA_DIR')).toBe(true)
    expect(netlify).toContain('NODE_VERSION')
  })

  it('lists every variable the code reads and every one netlify.toml sets for the build', () => {
    const missing = [...read]
      .filter(([name]) => !listedNames.has(name) && !NOT_CONFIGURATION.has(name))
      .map(([name, file]) => `${name} (read in ${file})`)
    missing.push(...netlify.filter((name) => !listedNames.has(name)).map((name) => `${name} (netlify.toml)`))
    expect(missing, 'add these to .env.example with their default and one line of explanation').toEqual([])
  })

  it('lists nothing the code and its tools never read', () => {
    const unread = [...listedNames].filter(
      (name) => !read.has(name) && !netlify.includes(name) && !READ_BY_OTHER_TOOLS.has(name),
    )
    expect(unread, 'read these in the code, or take them out of .env.example').toEqual([])
  })

  it('lists each variable once, each with a comment that explains it', () => {
    const seen = new Set<string>()
    const duplicates = listed.filter((entry) => (seen.has(entry.name) ? true : (seen.add(entry.name), false)))
    expect(duplicates.map((entry) => `${entry.name} (line ${entry.line})`)).toEqual([])
    expect(listed.filter((entry) => !entry.explained).map((entry) => `${entry.name} (line ${entry.line})`)).toEqual([])
  })
})

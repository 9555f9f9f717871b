import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { fileURLToPath } from 'node:url'

import { locales as langs } from '@toolkit/contract/locales'
import { homePath, sectionPath } from '@toolkit/contract/routes'
import { precachedSections } from '../src/sections/registry'

/** The worker's source; the build fills in its MANIFEST. */
const TEMPLATE = fileURLToPath(new URL('../src/service-worker/sw.js', import.meta.url))

export interface ServiceWorkerResult {
  version: string
  files: number
  bytes: number
}

/** Every file of the built site as its address: "fi/lunttilaput/index.html" → "/fi/lunttilaput/". */
function addresses(outDir: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of fs.readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(outDir, file).split(path.sep).join('/')
    found.set(relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`, file)
  }
  return found
}

/**
 * What a reader has on the device after one visit: the app shell (styles, scripts, icon), the home
 * and offline pages, and the pages of the sections the registry precaches (the cheat sheets and the
 * self-assessment), in every language.
 */
export function precacheList(outDir: string): string[] {
  const all = addresses(outDir)
  const sectionPrefixes = langs.flatMap((lang) => precachedSections.map((section) => sectionPath(lang, section)))
  const exactPages = new Set(langs.flatMap((lang) => [homePath(lang), sectionPath(lang, 'offline')]))
  // Scripts and styles are all bundled under /_astro/.
  const shellFiles = new Set(['/favicon.svg'])
  return [...all.keys()]
    .filter((address) => {
      if (address.startsWith('/_astro/') || shellFiles.has(address) || exactPages.has(address)) return true
      // Pages only (not the printable handouts' PDFs or other files under those sections).
      return address.endsWith('/') && sectionPrefixes.some((prefix) => address.startsWith(prefix))
    })
    .sort()
}

/**
 * Writes /sw.js into a built site: the worker from src/service-worker/sw.js with this build's
 * precache list, each address with a revision made from its content (a new version of the worker
 * downloads only the addresses whose revision changed), and a version made from all of them, so any
 * change makes a new version (a new precache, and the "update" prompt for readers who have the old
 * one; the pages a reader opened are kept whatever the version).
 */
export function writeServiceWorker(outDir: string): ServiceWorkerResult {
  const all = addresses(outDir)
  const precache = precacheList(outDir)
  const hash = crypto.createHash('sha256')
  const revisions: Record<string, string> = {}
  let bytes = 0
  for (const address of precache) {
    const content = fs.readFileSync(all.get(address)!)
    bytes += content.length
    revisions[address] = crypto.createHash('sha256').update(content).digest('hex').slice(0, 16)
    hash.update(address).update('\0').update(revisions[address])
  }
  const version = hash.digest('hex').slice(0, 16)
  const offline = Object.fromEntries(langs.map((lang) => [lang, sectionPath(lang, 'offline')]))
  for (const page of Object.values(offline)) {
    if (!all.has(page))
      throw new Error(`The offline page ${page} is missing from the build; the service worker needs it.`)
  }
  const template = fs.readFileSync(TEMPLATE, 'utf8')
  const marker = /\/\* MANIFEST \*\/ \{[^\n]*\}/
  if (!marker.test(template)) throw new Error(`${TEMPLATE} has lost its /* MANIFEST */ placeholder.`)
  const manifest = JSON.stringify({ version, precache: revisions, offline })
  fs.writeFileSync(
    path.join(outDir, 'sw.js'),
    template.replace(marker, () => manifest),
  )
  return { version, files: precache.length, bytes }
}

// Loaded with `node --import` before the site build (tests/unit/site-build-install.test.ts): refuses
// any package the repository's own code imports that the site build's install does not have
// (packages/site-build and the workspaces it depends on), as that build on Netlify would.
import { builtinModules, registerHooks } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const manifest = (dir) => JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'))
const workspaces = { '@digiosallisuus/site': 'site', '@toolkit/contract': 'packages/contract' }

const installed = new Set()
const visit = (dir) => {
  for (const name of Object.keys(manifest(dir).dependencies ?? {})) {
    if (installed.has(name)) continue
    installed.add(name)
    if (workspaces[name]) visit(workspaces[name])
  }
}
visit('packages/site-build')

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')
const isBare = (specifier) => !/^(\.|\/|[a-z]+:)/.test(specifier) && !builtinModules.includes(specifier.split('/')[0])

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL?.startsWith('file:') ? fileURLToPath(context.parentURL) : null
    const ours =
      parent !== null && parent.startsWith(root + path.sep) && !parent.includes(`${path.sep}node_modules${path.sep}`)
    if (ours && isBare(specifier) && !installed.has(packageName(specifier))) {
      throw new Error(
        `The site build's install has no "${packageName(specifier)}" (imported by ${path.relative(root, parent)}).`,
      )
    }
    return nextResolve(specifier, context)
  },
})

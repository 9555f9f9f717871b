import crypto from 'node:crypto'
import fs from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDir: string
    snapshotPath: string
  }
}

/**
 * Builds the real product once for all end-to-end tests, through the same chain as `npm start`:
 * a fresh SQLite database, the seed corpus in content/, the published snapshot, the Astro build
 * and the Pagefind index; then serves the result on a free loopback port.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-e2e-'))
  process.env.TOOLKIT_DATA_DIR = dir
  process.env.DATABASE_URI = `file:${path.join(dir, 'payload.db')}`
  process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
  delete process.env.PAYLOAD_URL
  // Open Badges 2.0 needs an issuer e-mail; a real site sets ISSUER_EMAIL in its build settings.
  process.env.ISSUER_EMAIL = 'merkit@example.org'

  const { startPayload } = await import('../../scripts/lib/payload')
  const { seedAndExport } = await import('../../scripts/lib/pipeline')
  const { assembleSnapshot, readPublishedLocal, writeSnapshot } = await import('../../scripts/lib/export')
  const { buildSite } = await import('../../scripts/lib/site-build')
  const { serveStatic } = await import('../../scripts/lib/static-server')

  const snapshotPath = path.join(dir, 'snapshot.json')
  const payload = await startPayload()
  try {
    await seedAndExport(payload, snapshotPath)
    // The seed corpus names no feedback address (none is known); the tests' site gets one, as an
    // editor would set it, so that every page's feedback link is built and tested.
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { feedbackAddress: 'palaute@example.org', _status: 'published' },
    })
    writeSnapshot(assembleSnapshot('local', await readPublishedLocal(payload)), snapshotPath)
  } finally {
    await payload.destroy()
  }
  const site = await buildSite(snapshotPath, path.join(dir, 'dist'))
  const { server, url } = await serveStatic(site.outDir)
  project.provide('siteUrl', url)
  project.provide('siteDir', site.outDir)
  project.provide('snapshotPath', snapshotPath)

  return async () => {
    await new Promise<void>((resolve) => (server as Server).close(() => resolve()))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

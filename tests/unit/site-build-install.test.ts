import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'smol-toml'
import { afterAll, describe, expect, it } from 'vitest'

import { netlifyInstallCommand } from '../../scripts/bench/install'

// Netlify installs only packages/site-build and the workspaces it depends on (netlify.toml): the
// REST export and the build must load nothing else, above all not Payload or Next. The build task
// runs here with every other package refused, against a CMS that answers 502 at once: by then the
// task's whole static import graph is loaded.
const root = path.resolve('.')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-site-build-install-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function runBuildTask(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')
  const guard = path.join(root, 'tests', 'helpers', 'site-build-imports.mjs')
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', tsx, '--import', guard, path.join(root, 'scripts', 'tasks', 'build.ts')],
      {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

describe('the site build', () => {
  it('is what Netlify installs and runs, instead of its own full install (netlify.toml)', () => {
    const config = parse(fs.readFileSync(path.join(root, 'netlify.toml'), 'utf8')) as {
      build: { command: string; environment: Record<string, string> }
    }
    expect(netlifyInstallCommand()).toMatch(/^npm ci --omit=dev --workspace=packages\/site-build\b/)
    expect(config.build.command).toMatch(/&& npm run build --workspace=packages\/site-build$/)
    // Netlify's automatic `npm install $NPM_FLAGS` would install the whole repository first.
    expect(config.build.environment.NPM_FLAGS).toBe('--version')
  })

  it('loads only what its own install has (no Payload, no Next) for an export over REST', async () => {
    const cms = http.createServer((_request, response) => response.writeHead(502).end('Bad gateway'))
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
    try {
      const run = await runBuildTask({
        PAYLOAD_URL: `http://127.0.0.1:${(cms.address() as AddressInfo).port}`,
        SNAPSHOT_PATH: path.join(dir, 'snapshot.json'),
        SITE_DIST_DIR: path.join(dir, 'dist'),
        TOOLKIT_DATA_DIR: path.join(dir, 'data'),
      })
      expect(/.*install has no.*/.exec(run.stderr)?.[0] ?? 'nothing refused').toBe('nothing refused')
      // It got as far as asking the CMS, and stopped there as it should.
      expect(run.stderr).toMatch(/CMS answered 502/)
      expect(run.code).toBe(1)
    } finally {
      cms.close()
    }
  }, 60_000)
})

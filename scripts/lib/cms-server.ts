import { type ChildProcess, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { cmsDir, repoRoot } from './env'
import { spawnTied } from './supervisor'

const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next')
const serverScript = path.join(cmsDir, 'server.ts')
const stampFile = path.join(cmsDir, '.next', 'toolkit-source-hash')
const contractDir = path.join(repoRoot, 'packages', 'contract')

/** A hash of everything the admin build depends on, to skip `next build` when nothing changed. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256')
  const files = [
    path.join(cmsDir, 'next.config.mjs'),
    path.join(cmsDir, 'tsconfig.json'),
    path.join(cmsDir, 'package.json'),
    path.join(repoRoot, 'package-lock.json'),
  ]
  // The CMS's sources and the contract package it compiles with them.
  for (const dir of [path.join(cmsDir, 'src'), contractDir]) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name))
    }
  }
  for (const file of files.sort()) hash.update(file).update(fs.readFileSync(file))
  return hash.digest('hex')
}

/** Builds the Payload admin (Next.js production build) unless the last build is still current. */
export function buildAdminIfStale(
  log: (message: string) => void = console.log,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const current = sourceHash()
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === current) {
    log('› Admin panel build is up to date.')
    return
  }
  log('› Building the admin panel (next build, about a minute on 2 cores)…')
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: cmsDir,
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error('next build failed: see the messages above.')
  fs.writeFileSync(stampFile, current)
}

/** Starts the production CMS server (cms/server.ts: Next.js behind the read cache) and resolves once the admin login page answers. */
export async function startCms(
  port: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ child: ChildProcess; url: string }> {
  const url = `http://localhost:${port}`
  // Tied to this process: it stops when this process stops, even when this one is killed with SIGKILL.
  const child = spawnTied([serverScript, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env: {
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_JOBS_AUTORUN: 'true',
      // As in production: session cookies are accepted only from the CMS's own address (CSRF).
      PAYLOAD_PUBLIC_SERVER_URL: env.PAYLOAD_PUBLIC_SERVER_URL || url,
    },
  })
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS server stopped during start-up (exit ${child.exitCode}).`)
    try {
      const response = await fetch(`${url}/admin/login`, { signal: AbortSignal.timeout(30_000) })
      if (response.status < 500) return { child, url }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill('SIGTERM')
  throw new Error(`The CMS did not answer at ${url}/admin/login within two minutes.`)
}

/** Stops a server started by startCms and resolves once its process has exited. */
export async function stopCms(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

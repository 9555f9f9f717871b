import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import './root'

import { dataDir, repoRoot } from '../../cms/src/paths'

// One definition of where the repository and its data live, shared with the CMS config.
export { dataDir, repoRoot }
export const contentDir = process.env.TOOLKIT_CONTENT_DIR ?? path.join(repoRoot, 'content')
export const siteDir = path.join(repoRoot, 'site')
export const cmsDir = path.join(repoRoot, 'cms')
export const defaultSnapshotPath = path.join(dataDir, 'snapshot.json')

/**
 * Makes the embedded setup work with no configuration: a random PAYLOAD_SECRET is created once
 * and kept in data/.env (git-ignored), and DATABASE_URI defaults to data/payload.db.
 * Values already in the environment always win.
 */
export function loadLocalEnv(): void {
  process.env.TOOLKIT_ROOT ??= repoRoot
  fs.mkdirSync(dataDir, { recursive: true })
  const envFile = path.join(dataDir, '.env')
  if (!fs.existsSync(envFile)) {
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(envFile, `# Created by the toolkit on first run; keep it private.\nPAYLOAD_SECRET=${secret}\n`, {
      mode: 0o600,
    })
  }
  for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*)\s*$/.exec(line)
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2]
  }
  process.env.DATABASE_URI ||= `file:${path.join(dataDir, 'payload.db')}`
}

import fs from 'node:fs'
import path from 'node:path'

/**
 * The repository root: the nearest folder above the working directory whose package.json
 * declares workspaces. Payload's CLI, Next and the tests all start in different folders,
 * so paths to data/ are resolved from here rather than from the bundled config file.
 */
function findRepoRoot(start: string): string {
  let dir = start
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir
      } catch {
        // unreadable manifest: keep walking up
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
}

export const repoRoot = process.env.TOOLKIT_ROOT || findRepoRoot(process.cwd())
export const dataDir = process.env.TOOLKIT_DATA_DIR || path.join(repoRoot, 'data')
/** Where uploads are stored (put it on persistent storage in production; backups copy it). */
export const mediaDir = path.resolve(dataDir, 'media')

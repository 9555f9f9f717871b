import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * Finds the Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * installed with apt-get when missing and we are root. Browser downloads (npx playwright install)
 * are not possible here, so nothing else is tried.
 */
export function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`)
    return configured
  }
  const debian = '/usr/bin/chromium'
  if (fs.existsSync(debian)) return debian
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Chromium is not installed. Install Debian\'s "chromium" package, or set CHROMIUM_PATH to a Chromium binary.',
    )
  }
  console.log("› Installing Debian's chromium package (apt-get)…")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`)
  }
  if (!fs.existsSync(debian)) throw new Error('apt-get finished but /usr/bin/chromium is still missing.')
  return debian
}

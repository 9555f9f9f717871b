import fs from 'node:fs'
import path from 'node:path'

/**
 * The reference standards in ../shared/standards (not copied into the project), or STANDARDS_DIR
 * when the checkout lives elsewhere; undefined when none is found (the tests that need it say so).
 */
export function findStandardsDir(needs: string): string | undefined {
  const candidates = [process.env.STANDARDS_DIR, path.resolve('..', 'shared', 'standards'), '/work/shared/standards']
  const found = candidates.find((dir): dir is string => Boolean(dir) && fs.existsSync(path.join(dir!, needs)))
  if (!found) console.warn(`Tests that need ${needs} from ../shared/standards are skipped (set STANDARDS_DIR).`)
  return found
}

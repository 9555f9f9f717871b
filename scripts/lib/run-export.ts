import path from 'node:path'

import type { Snapshot } from '@toolkit/contract/snapshot'
import { readSnapshotFile } from '@toolkit/contract/snapshot-file'

import { repoRoot } from './env'
import { assembleSnapshot, readPublishedRest, writeSnapshot } from './export'
import { spawnTied } from './supervisor'

const exportTask = path.join(repoRoot, 'scripts', 'tasks', 'export.ts')

/**
 * The site build's export. Over REST (PAYLOAD_URL, as on Netlify) it runs in this process, which
 * must not load Payload: the build's install does not have it. From the embedded database it runs
 * `npm run export` in a process of its own, where Payload is a static import. A dynamic import() of
 * Payload here, under tsx's loader hooks on Node 22, sometimes never settled: the process then
 * ended with code 0 having done nothing, or waited forever (about one run in twelve under load).
 */
export async function runExport(file: string): Promise<{ file: string; snapshot: Snapshot }> {
  const remote = process.env.PAYLOAD_URL
  if (remote) return { file, snapshot: await exportOverRest(remote, file) }
  await runExportTask(file)
  return { file, snapshot: readSnapshotFile(file) }
}

/** The published content read from the CMS at `remote` (PAYLOAD_URL) over REST, written to `file`. */
export async function exportOverRest(remote: string, file: string): Promise<Snapshot> {
  const snapshot = assembleSnapshot('rest', await readPublishedRest(remote, process.env.PAYLOAD_API_KEY))
  writeSnapshot(snapshot, file)
  return snapshot
}

/** Runs scripts/tasks/export.ts into `file`; its error output becomes this one's error. */
function runExportTask(file: string): Promise<void> {
  const child = spawnTied(['--import', 'tsx', exportTask], {
    cwd: repoRoot,
    env: { ...process.env, SNAPSHOT_PATH: path.resolve(file) },
    output: 'pipe',
  })
  let errors = ''
  child.stdout?.resume()
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(errors.trim() || `npm run export stopped (${signal ?? `exit code ${code}`}).`))
    })
  })
}

import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export { freePort } from '../../scripts/lib/net'

const root = path.resolve('.')

export interface TaskRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs an npm task the way a person does (`node scripts/bootstrap.mjs <task> [arguments]`), with
 * extra environment. `task` is the task's name, or its name and arguments.
 */
export function runTask(
  task: string | string[],
  env: Record<string, string>,
  onStart?: (child: ChildProcess) => void,
): Promise<TaskRun> {
  const [name, ...args] = typeof task === 'string' ? [task] : task
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'bootstrap.mjs'), name!, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
    onStart?.(child)
  })
}

/**
 * A snapshot file as comparable text: without what legitimately differs between two databases
 * (row ids and times), and with object keys sorted (PostgreSQL and MongoDB keep JSON keys in
 * their own order).
 */
export function comparableSnapshot(file: string): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical)
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .filter((key) => !['id', 'updatedAt', 'generatedAt'].includes(key))
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      )
    }
    return value
  }
  return JSON.stringify(canonical(JSON.parse(fs.readFileSync(file, 'utf8'))), null, 1)
}

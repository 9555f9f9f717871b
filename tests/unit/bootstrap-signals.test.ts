import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * `npm start` is scripts/bootstrap.mjs running the task as its child. A signal sent to that
 * process alone (a process manager, `kill -INT <pid>`) must reach the task, or the task and its
 * servers go on running without it, holding their ports.
 */
const root = path.resolve(import.meta.dirname, '../..')
const probeName = `zz-signal-probe-${process.pid}`
const probeFile = path.join(root, 'scripts', 'tasks', `${probeName}.ts`)

const probe = `
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { console.log('task got ' + signal); process.exit(0) })
console.log('ready ' + process.pid)
setInterval(() => {}, 1000)
`

function runProbe(signal: NodeJS.Signals): Promise<{ said: string; taskPid: number }> {
  return new Promise((resolve, reject) => {
    const bootstrap = spawn(process.execPath, [path.join(root, 'scripts', 'bootstrap.mjs'), probeName], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let said = ''
    let taskPid = 0
    const timer = setTimeout(() => {
      if (taskPid) process.kill(taskPid, 'SIGKILL')
      reject(new Error(`the task did not stop after ${signal} to bootstrap.mjs; it said: ${said}`))
    }, 20_000)
    bootstrap.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const ready = /ready (\d+)/.exec(said)
      if (ready && !taskPid) {
        taskPid = Number(ready[1])
        bootstrap.kill(signal)
      }
    })
    bootstrap.on('close', () => {
      clearTimeout(timer)
      resolve({ said, taskPid })
    })
  })
}

describe('bootstrap.mjs passes signals on to its task', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} sent to bootstrap.mjs alone stops the task`, async () => {
      fs.writeFileSync(probeFile, probe)
      try {
        const { said, taskPid } = await runProbe(signal)
        expect(said).toContain(`task got ${signal}`)
        expect(() => process.kill(taskPid, 0)).toThrow()
      } finally {
        fs.rmSync(probeFile, { force: true })
      }
    }, 30_000)
  }
})

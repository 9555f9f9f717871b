import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// `npm start` must never leave its children running (the CMS on :3000 stayed up, orphaned, when a
// request crashed the start process, and the next `npm start` failed). Its supervision is a small
// module; here a stand-in for start.ts supervises dummy children and is ended every way it can end.
const supervisorModule = pathToFileURL(path.resolve('scripts/lib/supervisor.ts')).href

/** The stand-in for start.ts: three dummy children, a server, and then the way it ends (argv). */
const supervisedProcess = `
import { spawn } from 'node:child_process'
import http from 'node:http'
import { spawnTied, superviseProcess, trackChild } from ${JSON.stringify(supervisorModule)}

const ending = process.argv[1]
const supervisor = superviseProcess({ graceMs: 2000, log: () => {} })
const forever = ['-e', 'setInterval(() => {}, 1000)']
const tied = spawnTied(forever, { output: 'ignore' })
const essential = spawnTied(forever, { output: 'ignore' })
supervisor.essential(essential, 'dummy CMS')
const plain = trackChild(spawn(process.execPath, forever, { stdio: 'ignore' }))
const server = http.createServer()
server.listen(0, '127.0.0.1')
supervisor.watchServer(server, 'dummy server')
supervisor.onStop(() => server.close())
console.log(JSON.stringify({ tied: [tied.pid, essential.pid], plain: plain.pid }))
setTimeout(() => {
  if (ending === 'uncaught exception') throw new Error('boom')
  if (ending === 'unhandled rejection') void Promise.reject(new Error('boom'))
  if (ending === 'server error') server.emit('error', Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', syscall: 'listen' }))
  if (ending === 'essential child dies') essential.kill('SIGKILL')
}, 300)
setInterval(() => {}, 1000)
`

/** Running, and not a zombie (a dead child nobody has reaped yet; PID 1 here may not reap). */
function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2))
  } catch {
    return false
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

const leftovers: number[] = []
afterAll(() => {
  for (const pid of leftovers) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
})

/** Starts the stand-in and resolves with its children's pids once it has started them. */
async function startSupervised(
  ending: string,
): Promise<{ supervisor: ChildProcess; exited: Promise<number | null>; tied: number[]; plain: number }> {
  const supervisor = spawn(process.execPath, ['--input-type=module', '-e', supervisedProcess, ending], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)))
  let stderr = ''
  supervisor.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const pids = await new Promise<{ tied: number[]; plain: number }>((resolve, reject) => {
    let stdout = ''
    supervisor.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const line = stdout.split('\n')[0]!
      if (stdout.includes('\n')) resolve(JSON.parse(line) as { tied: number[]; plain: number })
    })
    void exited.then(() => reject(new Error(`The supervised process ended before starting its children:\n${stderr}`)))
  })
  leftovers.push(...pids.tied, pids.plain)
  return { supervisor, exited, ...pids }
}

describe('npm start stops every child however it ends', () => {
  const endings: [string, NodeJS.Signals | null, number][] = [
    ['uncaught exception', null, 1],
    ['unhandled rejection', null, 1],
    ['server error', null, 1],
    ['essential child dies', null, 1],
    ['SIGTERM', 'SIGTERM', 143],
    ['SIGHUP', 'SIGHUP', 129],
    ['SIGINT', 'SIGINT', 130],
  ]
  it.each(endings)(
    'after %s, no child is left running',
    async (ending, signal, expectedCode) => {
      const { supervisor, exited, tied, plain } = await startSupervised(ending)
      expect([...tied, plain].every(isAlive)).toBe(true)
      if (signal) supervisor.kill(signal)
      expect(
        await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000))]),
      ).toBe(expectedCode)
      expect(
        await until(() => ![...tied, plain].some(isAlive), 5_000),
        `children still running: ${[...tied, plain].filter(isAlive).join(', ')}`,
      ).toBe(true)
    },
    30_000,
  )

  it('children started with spawnTied stop by themselves when the supervisor is killed with SIGKILL', async () => {
    const { supervisor, exited, tied, plain } = await startSupervised('SIGKILL')
    supervisor.kill('SIGKILL')
    await exited
    expect(
      await until(() => !tied.some(isAlive), 10_000),
      `tied children still running: ${tied.filter(isAlive).join(', ')}`,
    ).toBe(true)
    // Only tied children can do that: an ordinary child of a SIGKILLed process is orphaned.
    expect(isAlive(plain)).toBe(true)
    process.kill(plain, 'SIGKILL')
  }, 30_000)
})

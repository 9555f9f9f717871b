import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import type { Server } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { errorMessage } from '@toolkit/contract/errors'

/**
 * Process supervision for `npm start`: every child process it starts is stopped when it exits,
 * however it exits (an uncaught exception, an unhandled rejection, SIGINT, SIGTERM, SIGHUP, a
 * server error, an essential child dying), and children started with spawnTied stop by themselves
 * even when it is killed with SIGKILL. Only node: modules here, so that the tests can run it
 * with Node's own type stripping.
 */

const running = new Set<ChildProcess>()

/** Registers a child process to stop with this process. Returns it. */
export function trackChild<T extends ChildProcess>(child: T): T {
  if (child.exitCode === null && child.signalCode === null) {
    running.add(child)
    child.once('exit', () => running.delete(child))
  }
  return child
}

/** The tracked children that are still running. */
export function runningChildren(): ChildProcess[] {
  return [...running]
}

const exitWithParent = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'exit-with-parent.ts'),
).href

/**
 * Starts `node <args>` as a tracked child that also stops by itself when this process is gone
 * (see exit-with-parent.ts): its stdin is a pipe that only this process holds open.
 */
export function spawnTied(
  args: string[],
  options: Omit<SpawnOptions, 'stdio'> & { output?: 'inherit' | 'pipe' | 'ignore' } = {},
): ChildProcess {
  const { output = 'inherit', ...rest } = options
  const child = spawn(process.execPath, ['--import', exitWithParent, ...args], {
    ...rest,
    stdio: ['pipe', output, output],
  })
  // Nothing is ever written; a child that is gone must not make its pipe an error here.
  child.stdin?.on('error', () => {})
  return trackChild(child)
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/** SIGTERM to every tracked child, SIGKILL to those still running after `graceMs`. */
export async function stopChildren(graceMs = 5_000): Promise<void> {
  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const children = runningChildren()
  for (const child of children) child.kill('SIGTERM')
  await Promise.race([Promise.all(children.map(exited)), delay(graceMs)])
  const stubborn = runningChildren()
  for (const child of stubborn) child.kill('SIGKILL')
  await Promise.race([Promise.all(stubborn.map(exited)), delay(1_000)])
}

export interface Supervisor {
  /** Stops everything when this child stops by itself. */
  essential(child: ChildProcess, name: string): void
  /** Stops everything on a server error (a failed accept, e.g. EMFILE, is only logged: the server keeps listening). */
  watchServer(server: Server, name: string): void
  /** Runs first when stopping (close servers…); it gets `graceMs` at most. */
  onStop(cleanup: () => void | Promise<void>): void
  /** Stops the children and exits with `code`; calling it again waits for the first call. */
  stop(code: number, reason?: string): Promise<never>
}

/** Installs the process handlers (once per process) and returns the supervisor. */
export function superviseProcess({
  log = console.error,
  graceMs = 5_000,
}: { log?: (message: string) => void; graceMs?: number } = {}): Supervisor {
  const cleanups: (() => void | Promise<void>)[] = []
  let stopping: Promise<never> | null = null

  const stop = (code: number, reason?: string): Promise<never> => {
    if (stopping) return stopping
    if (reason) log(reason)
    stopping = (async () => {
      for (const cleanup of cleanups) {
        try {
          await Promise.race([cleanup(), delay(graceMs)])
        } catch (error) {
          log(`While stopping: ${errorMessage(error)}`)
        }
      }
      await stopChildren(graceMs)
      process.exit(code)
    })()
    return stopping
  }

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const code = 128 + os.constants.signals[signal]
    // Repeats are expected (Ctrl+C reaches every process of the group, and npm and tsx relay it
    // again): the first one stops everything, within graceMs.
    process.on(signal, () => void stop(code, stopping ? undefined : `Received ${signal}: stopping the servers…`))
  }
  process.on(
    'uncaughtException',
    (error) => void stop(1, `Stopping after an unexpected error: ${error.stack ?? errorMessage(error)}`),
  )
  process.on(
    'unhandledRejection',
    (reason) =>
      void stop(
        1,
        `Stopping after an unexpected error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
      ),
  )
  // The last resort when something calls process.exit() directly: it cannot wait, so SIGTERM only.
  process.on('exit', () => {
    for (const child of runningChildren()) child.kill('SIGTERM')
  })

  return {
    essential(child, name) {
      child.once('exit', (code, signal) => {
        if (!stopping)
          void stop(
            typeof code === 'number' && code !== 0 ? code : 1,
            `The ${name} stopped (${signal ?? `exit ${code}`}): stopping everything else.`,
          )
      })
    },
    watchServer(server, name) {
      server.on('error', (error: NodeJS.ErrnoException) => {
        if (error.syscall === 'accept') log(`The ${name} could not accept a connection: ${error.message}`)
        else void stop(1, `The ${name} failed: ${error.message}`)
      })
    },
    onStop(cleanup) {
      cleanups.push(cleanup)
    },
    stop,
  }
}

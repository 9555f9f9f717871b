import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { errorMessage } from '@toolkit/contract/errors'

import { freePort } from './net'

/**
 * A throwaway PostgreSQL server for the tests, from the machine's own PostgreSQL binaries
 * (Debian's postgresql package). It listens on loopback only, trusts local connections, keeps its
 * data in a temporary folder and is removed when stopped. When no PostgreSQL is installed, the
 * caller gets the reason instead, so that the suite can say why the PostgreSQL run is skipped.
 */
export interface TemporaryPostgres {
  /** A connection address for a database on this server (created by `createDatabase`). */
  uri(database: string): string
  createDatabase(database: string): void
  stop(): void
}

const USER = 'toolkit'

/** The newest PostgreSQL bin folder on the machine, or PG_BIN when set. */
export function findPostgres(): string | null {
  if (process.env.PG_BIN) return fs.existsSync(path.join(process.env.PG_BIN, 'postgres')) ? process.env.PG_BIN : null
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return null
  const versions = fs
    .readdirSync(base)
    .filter((version) => fs.existsSync(path.join(base, version, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(base, versions[0], 'bin') : null
}

/** PostgreSQL refuses to run as root: as root, its commands run as the "postgres" system user. */
function runner(): { prefix: string[]; owner: { uid: number; gid: number } | null } | string {
  if (process.getuid?.() !== 0) return { prefix: [], owner: null }
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    return { prefix: ['runuser', '-u', 'postgres', '--'], owner: { uid, gid } }
  } catch {
    return 'running as root and there is no "postgres" system user to run PostgreSQL as'
  }
}

/** Why no temporary PostgreSQL can be started here, or null when one can. */
export function postgresUnavailable(): string | null {
  if (!findPostgres()) return 'no PostgreSQL server is installed (apt-get install postgresql, or set PG_BIN)'
  const how = runner()
  return typeof how === 'string' ? how : null
}

export async function startTemporaryPostgres(): Promise<TemporaryPostgres | { skipped: string }> {
  const unavailable = postgresUnavailable()
  if (unavailable) return { skipped: unavailable }
  const bin = findPostgres()!
  const how = runner() as Exclude<ReturnType<typeof runner>, string>
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-pg-'))
  if (how.owner) fs.chownSync(dir, how.owner.uid, how.owner.gid)
  const data = path.join(dir, 'data')
  const run = (tool: string, args: string[]) => {
    const [command, ...rest] = [...how.prefix, path.join(bin, tool), ...args]
    return execFileSync(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  }
  const port = await freePort()
  try {
    run('initdb', ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--no-locale'])
    // fsync off: a test server's data is thrown away anyway, and it makes the run much faster.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
    run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'])
  } catch (error) {
    const log = fs.existsSync(path.join(dir, 'server.log'))
      ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000)
      : ''
    fs.rmSync(dir, { recursive: true, force: true })
    const reason = errorMessage(error)
    return { skipped: `PostgreSQL in ${bin} did not start (${reason.split('\n')[0]}) ${log}`.trim() }
  }
  return {
    uri: (database) => `postgres://${USER}@127.0.0.1:${port}/${database}`,
    createDatabase: (database) => {
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, database])
    },
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

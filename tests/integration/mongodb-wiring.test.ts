import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { findEmulator, startMongoEmulator } from '../../scripts/lib/mongodb-emulator'
import { comparableSnapshot, freePort, runTask } from '../helpers/tasks'

// The MongoDB adapter's wiring, checked on jongodb, a MongoDB wire-protocol EMULATOR from npm:
// no MongoDB server can be installed on this machine. Passing here says the adapter connects,
// seeds, exports and reseeds through the real commands; it says nothing about MongoDB itself,
// which `npm test` checks with the whole integration suite when MONGODB_TEST_URI names a server.
const emulator = findEmulator()
if (!emulator)
  console.log(
    'MongoDB wiring smoke test skipped: the jongodb emulator (optional dependency, Linux x64) is not installed.',
  )

describe.skipIf(!emulator)('MongoDB adapter wiring (on the jongodb emulator, not MongoDB)', () => {
  it('seeds the real corpus, exports the same snapshot as SQLite does, and a second seed changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-mongo-'))
    const server = await startMongoEmulator(await freePort())
    const content = { TOOLKIT_CONTENT_DIR: path.resolve('content') }
    const databases = {
      sqlite: {
        ...content,
        TOOLKIT_DATA_DIR: path.join(dir, 'sqlite'),
        DATABASE_URI: `file:${path.join(dir, 'sqlite', 'payload.db')}`,
      },
      mongodb: { ...content, TOOLKIT_DATA_DIR: path.join(dir, 'mongodb'), DATABASE_URI: server.uri('toolkit') },
    }
    try {
      const snapshots: Record<string, string> = {}
      for (const [name, env] of Object.entries(databases)) {
        fs.mkdirSync(env.TOOLKIT_DATA_DIR)
        const seeded = await runTask('seed', env)
        expect(seeded.code, seeded.stderr).toBe(0)
        expect(seeded.stdout).toMatch(/Seed done: \d{3} created/)
        const file = path.join(env.TOOLKIT_DATA_DIR, 'snapshot.json')
        const exported = await runTask('export', { ...env, SNAPSHOT_PATH: file })
        expect(exported.code, exported.stderr).toBe(0)
        snapshots[name] = comparableSnapshot(file)
      }
      expect(snapshots.mongodb).toBe(snapshots.sqlite)
      const again = await runTask('seed', databases.mongodb)
      expect(again.stdout).toMatch(/Seed done: 0 created, 0 updated, \d+ unchanged/)
    } finally {
      server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})

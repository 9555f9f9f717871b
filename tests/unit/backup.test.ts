import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { databaseEngine } from '../../scripts/lib/backup-database'
import { BackupError, verifyBackup } from '../../scripts/lib/backup-manifest'
import { clientConnection, toolMajorVersion } from '../../scripts/lib/backup-postgres'
import { sqliteFile } from '../../scripts/lib/backup-sqlite'

// The parts of npm run backup / restore that need no database (the round trip is in
// tests/integration/backup-restore.test.ts).
describe('backup: choosing and reaching the database', () => {
  it('refuses MongoDB with a message that points to mongodump', () => {
    expect(() => databaseEngine('mongodb://127.0.0.1/toolkit')).toThrow(BackupError)
    expect(() => databaseEngine('mongodb://127.0.0.1/toolkit')).toThrow(/mongodump/)
    expect(() => databaseEngine('mysql://x')).toThrow(/DATABASE_URI/)
  })

  it('gives pg_dump the address without the password, and the password in PGPASSWORD', () => {
    const { dbname, env } = clientConnection(
      'postgres://cms:s%C3%A4h%40k%C3%B6@db.example.org:5432/toolkit?sslmode=require',
    )
    expect(dbname).toBe('postgres://cms@db.example.org:5432/toolkit?sslmode=require')
    expect(env).toEqual({ PGPASSWORD: 'säh@kö' })
    expect(clientConnection('postgres://cms@127.0.0.1/toolkit').env).toEqual({})
  })

  it("reads pg_dump's major version", () => {
    expect(toolMajorVersion('pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)')).toBe(15)
    expect(toolMajorVersion('something else')).toBeNull()
  })

  it('finds the SQLite file of each file: form', () => {
    expect(sqliteFile('file:/srv/data/payload.db')).toBe('/srv/data/payload.db')
    expect(sqliteFile('file:///srv/data/payload.db')).toBe('/srv/data/payload.db')
    expect(sqliteFile('file:data/payload.db')).toBe(path.resolve('data/payload.db'))
  })
})

describe('backup: the manifest', () => {
  const backupWith = (manifest: unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-manifest-'))
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
    return dir
  }
  const valid = {
    format: 'digiosallisuus-toolkit-backup',
    version: 1,
    createdAt: '2026-11-30T22:00:00.000Z',
    database: { kind: 'sqlite', file: 'database.sqlite', migration: null, tool: 'test' },
    collections: {},
    tables: {},
    files: {},
  }

  it('refuses a file path that leaves the backup directory, naming the manifest', async () => {
    const sha256 = '0'.repeat(64)
    for (const file of ['../outside', '/etc/passwd', 'media/../../x']) {
      const dir = backupWith({
        ...valid,
        files: { 'database.sqlite': { bytes: 0, sha256 }, [file]: { bytes: 0, sha256 } },
      })
      await expect(verifyBackup(dir)).rejects.toThrow(`${path.join(dir, 'manifest.json')} is not a backup manifest`)
    }
  })

  it('refuses a directory without a manifest, and a manifest without the dump', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-manifest-'))
    await expect(verifyBackup(empty)).rejects.toThrow(/manifest.json is missing/)
    await expect(verifyBackup(backupWith(valid))).rejects.toThrow(/does not list the database dump/)
  })
})

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { comparableSnapshot, runTask } from '../helpers/tasks'

// Faults as an operator meets them, through the real commands: the CMS goes away or answers
// nonsense in the middle of an export, and a seed is killed outright. Nothing may be left half done.
const realContent = path.resolve('content')
const task = runTask

/** A stand-in CMS: answers REST reads with empty published lists until `failAt`, then fails as told. */
async function fakeCms(failAt: number, failure: 'drop' | 'invalid' | 'html' | 'error') {
  let requests = 0
  const server = http.createServer((request, response) => {
    requests++
    const url = new URL(request.url ?? '/', 'http://cms')
    if (requests >= failAt) {
      if (failure === 'drop') return request.socket.destroy()
      if (failure === 'html')
        return response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Maintenance</h1>')
      if (failure === 'error') return response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway')
      // A published component whose slug and title break the snapshot's rules.
      const docs = [{ id: 1, slug: 'Not A Slug', title: 'Otsikko', summary: 'Tiivistelmä', _status: 'published' }]
      return response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ docs, page: 1, limit: 100, totalDocs: 1, totalPages: 1, hasNextPage: false }))
    }
    const body = url.pathname.startsWith('/api/globals/')
      ? { _status: 'draft' }
      : { docs: [], page: 1, limit: 100, totalDocs: 0, totalPages: 0, hasNextPage: false }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Every file under a folder with its content, to prove that nothing changed. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(dir, file), fs.readFileSync(file, 'utf8')]
      }),
  )
}

describe('a build whose CMS fails in the middle of the export', () => {
  it.each([
    ['goes away (connection dropped)', 'drop', /could not be reached/],
    ['answers an HTML maintenance page', 'html', /did not return JSON/],
    ['answers 502', 'error', /502/],
    ['returns invalid content', 'invalid', /collections\.components\.0/],
  ] as const)(
    'stops with a clear message and leaves the published site and snapshot untouched when the CMS %s',
    async (_name, failure, message) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-fault-'))
      const dist = path.join(dir, 'dist')
      fs.mkdirSync(path.join(dist, 'fi'), { recursive: true })
      fs.writeFileSync(path.join(dist, 'fi', 'index.html'), '<p>the published site</p>')
      const snapshot = path.join(dir, 'snapshot.json')
      fs.writeFileSync(snapshot, '{"the": "published snapshot"}')
      const before = { dist: tree(dist), snapshot: fs.readFileSync(snapshot, 'utf8') }
      // The 5th request (components, in Finnish) is in the middle of the export: four collections are read by then.
      const cms = await fakeCms(5, failure)
      try {
        const run = await task('build', {
          PAYLOAD_URL: cms.url,
          SNAPSHOT_PATH: snapshot,
          SITE_DIST_DIR: dist,
          TOOLKIT_DATA_DIR: path.join(dir, 'data'),
        })
        expect(run.code).toBe(1)
        expect(run.stderr).toMatch(message)
        expect(run.stderr).toContain('is unchanged')
        // A message for a person, not a stack trace.
        expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
        expect(tree(dist)).toEqual(before.dist)
        expect(fs.readFileSync(snapshot, 'utf8')).toBe(before.snapshot)
        // No half-written leftovers beside them (an export over REST does not touch the data folder).
        expect(fs.readdirSync(dir).sort()).toEqual(['dist', 'snapshot.json'])
      } finally {
        await cms.close()
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
    120_000,
  )
})

describe('a seed killed with SIGKILL', () => {
  it('ends, after a rerun, in the same state as one clean seed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-kill-'))
    const database = (name: string) => ({
      TOOLKIT_DATA_DIR: path.join(dir, name),
      DATABASE_URI: `file:${path.join(dir, name, 'payload.db')}`,
      TOOLKIT_CONTENT_DIR: realContent,
    })
    for (const name of ['clean', 'killed']) fs.mkdirSync(path.join(dir, name))
    try {
      const clean = await task('seed', database('clean'))
      expect(clean.code, clean.stderr).toBe(0)
      const total = Number(/Loaded (\d+) of (\d+)/.exec(clean.stdout)?.[2])
      expect(total).toBeGreaterThan(100)

      // The same seed killed part-way through loading (the seed commits only at the end), twice at
      // different points, then run again.
      for (const point of [40, 100]) {
        const killed = await task('seed', database('killed'), (child) =>
          child.stdout!.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes(`Loaded ${point} of`)) child.kill('SIGKILL')
          }),
        )
        expect(killed.signal, `the seed finished before the kill at ${point}: ${killed.stdout}`).toBe('SIGKILL')
      }
      const rerun = await task('seed', database('killed'))
      expect(rerun.code, rerun.stderr).toBe(0)

      // Both databases export to the same snapshot (row ids and times aside).
      const exported: string[] = []
      for (const name of ['clean', 'killed']) {
        const file = path.join(dir, name, 'snapshot.json')
        const run = await task('export', { ...database(name), SNAPSHOT_PATH: file })
        expect(run.code, run.stderr).toBe(0)
        exported.push(comparableSnapshot(file))
      }
      expect(exported[1]).toBe(exported[0])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})

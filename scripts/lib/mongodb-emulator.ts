import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * jongodb, a MongoDB wire-protocol emulator from npm (an optional dependency, Linux x64 only). It is
 * NOT MongoDB: the tests use it only to check that the MongoDB adapter is wired up (connect, seed,
 * export, reseed). The real check runs when MONGODB_TEST_URI names a real MongoDB server.
 */
export interface MongoEmulator {
  uri(database: string): string
  stop(): void
}

export function findEmulator(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('@jongodb/memory-server-bin-linux-x64-gnu/package.json')
    const binary = path.join(path.dirname(manifest), 'bin', 'jongodb')
    return fs.existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

export function startMongoEmulator(port: number): Promise<MongoEmulator> {
  const binary = findEmulator()
  if (!binary)
    return Promise.reject(
      new Error('the jongodb emulator is not installed (it is an optional dependency for Linux x64)'),
    )
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [`--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`jongodb did not start within 30 s: ${output}`))
    }, 30_000)
    child.on('error', reject)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /JONGODB_URI=(mongodb:\/\/[^\s/]+)/.exec(output)
      if (!found) return
      clearTimeout(timer)
      resolve({ uri: (database) => `${found[1]}/${database}`, stop: () => child.kill('SIGKILL') })
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  })
}

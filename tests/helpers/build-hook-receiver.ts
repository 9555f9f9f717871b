import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'

/**
 * A stand-in for Netlify's build-hook endpoint on loopback. It records every request body and can
 * be told to fail the next N requests, to exercise retries. It sets NETLIFY_BUILD_HOOK_URL (with
 * a short debounce and back-off) so the CMS calls it; or, with `PREVIEW_BUILD_URL`, it stands in
 * for npm start's preview builder instead.
 */
export interface BuildHookReceiver {
  received: { reasons: string[] }[]
  failNext(count: number): void
  close(): Promise<void>
}

export async function startBuildHookReceiver(
  variable: 'NETLIFY_BUILD_HOOK_URL' | 'PREVIEW_BUILD_URL' = 'NETLIFY_BUILD_HOOK_URL',
): Promise<BuildHookReceiver> {
  const received: { reasons: string[] }[] = []
  let failures = 0
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push(JSON.parse(body || '{}'))
      if (failures > 0) {
        failures--
        response.writeHead(502).end()
      } else response.writeHead(200).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env[variable] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/build_hooks/test`
  process.env.BUILD_HOOK_DEBOUNCE_MS = '100'
  process.env.BUILD_HOOK_BACKOFF_MS = '10'
  process.env.PREVIEW_DEBOUNCE_MS = '100'
  return {
    received,
    failNext: (count) => {
      failures = count
    },
    close: async () => {
      delete process.env[variable]
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * For a test file: a build-hook receiver (and one for the preview builder), then Payload started
 * with them configured; all stopped after.
 */
export function usePayloadWithBuildHook(): { payload: Payload; hook: BuildHookReceiver; preview: BuildHookReceiver } {
  const session = {} as { payload: Payload; hook: BuildHookReceiver; preview: BuildHookReceiver }
  beforeAll(async () => {
    session.hook = await startBuildHookReceiver()
    session.preview = await startBuildHookReceiver('PREVIEW_BUILD_URL')
    session.payload = await startPayload()
  })
  afterAll(async () => {
    await session.hook?.close()
    await session.preview?.close()
    await session.payload?.destroy()
  })
  return session
}

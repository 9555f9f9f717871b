import { Writable } from 'node:stream'
import { pino } from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/net'
import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { productionLogger } from '../../cms/src/operationalLog'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'

// What a host's log collector reads in production: Payload's logger as payload.config.ts sets it up
// under NODE_ENV=production, writing into this test. Each publish and each build-hook call must be
// ONE line of JSON with a stable `event`, and no line may carry the hook's URL or token (even when
// the hook fails or cannot be reached), the document's content or the editor's e-mail address.
const session = usePayloadWithBuildHook()

const HOOK_TOKEN = '64e2a9c0f1b84d37a5c2e8f0'
const SECRET_TEXT = 'Luottamuksellinen tiivistelmä'
const EDITOR_EMAIL = 'lokitoimittaja@example.org'
const output: string[] = []
let editor: { id: number | string }

function productionSettings() {
  const before = process.env.NODE_ENV
  ;(process.env as Record<string, string | undefined>).NODE_ENV = 'production'
  try {
    return productionLogger()
  } finally {
    ;(process.env as Record<string, string | undefined>).NODE_ENV = before
  }
}

beforeAll(async () => {
  const settings = productionSettings()
  if (!settings || typeof settings !== 'object' || !('options' in settings))
    throw new Error('payload.config.ts sets no production logger')
  const capture = new Writable({
    write(chunk, _encoding, done) {
      output.push(String(chunk))
      done()
    },
  })
  session.payload.logger = pino(settings.options, capture)
  editor = await session.payload.create({
    collection: 'users',
    data: { email: EDITOR_EMAIL, password: 'Salasana-loki-123', role: 'editor' },
  })
  process.env.BUILD_HOOK_RETRIES = '1'
})

/** Every line written since the call, each parsed as JSON (a line that is not JSON fails the test). */
function linesAfter<T>(work: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[]; raw: string }> {
  const start = output.length
  return work().then(async (result) => {
    await siteBuildSettled()
    const raw = output.slice(start).join('')
    const lines = raw
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    return { result, lines, raw }
  })
}

const events = (lines: Record<string, unknown>[], event: string) => lines.filter((line) => line.event === event)
const siteHookLines = (lines: Record<string, unknown>[]) =>
  events(lines, 'build-hook').filter((line) => line.hook === 'site')

function expectNothingSecret(raw: string) {
  for (const secret of [HOOK_TOKEN, 'build_hooks', '127.0.0.1', SECRET_TEXT, EDITOR_EMAIL, 'Salasana-loki-123'])
    expect(raw).not.toContain(secret)
  expect(raw).not.toMatch(/\n\s+at /)
}

const component = (slug: string) => ({ title: slug, slug, summary: SECRET_TEXT })

describe('operational log lines in production', () => {
  it('a publish is one JSON line: collection, id, slug, user id and locale, nothing of its content', async () => {
    const {
      result: doc,
      lines,
      raw,
    } = await linesAfter(() =>
      session.payload.create({
        collection: 'components',
        data: { ...component('lokiin-julkaistu'), _status: 'published' },
        user: editor,
        overrideAccess: false,
        locale: 'fi',
      }),
    )
    const publish = events(lines, 'publish')
    expect(publish).toHaveLength(1)
    expect(publish[0]).toMatchObject({
      event: 'publish',
      action: 'published',
      collection: 'components',
      id: doc.id,
      slug: 'lokiin-julkaistu',
      user: editor.id,
      locale: 'fi',
      level: 30,
    })
    // The build it asked for: requested, then succeeded with the hook's status.
    expect(siteHookLines(lines).map((line) => [line.outcome, line.status])).toEqual([
      ['requested', undefined],
      ['succeeded', 200],
    ])
    expectNothingSecret(raw)
  })

  it('unpublishing, trashing and deleting are each one line with their action', async () => {
    const doc = await session.payload.create({
      collection: 'components',
      data: { ...component('lokiin-poistettu'), _status: 'published' },
    })
    await siteBuildSettled()
    const actions: unknown[] = []
    for (const change of [
      () => session.payload.update({ collection: 'components', id: doc.id, data: { _status: 'draft' } }),
      () => session.payload.update({ collection: 'components', id: doc.id, data: { _status: 'published' } }),
      () =>
        session.payload.update({ collection: 'components', id: doc.id, data: { deletedAt: new Date().toISOString() } }),
      () => session.payload.delete({ collection: 'components', id: doc.id, trash: true }),
    ]) {
      const { lines, raw } = await linesAfter(change)
      actions.push(...events(lines, 'publish').map((line) => line.action))
      expectNothingSecret(raw)
    }
    expect(actions).toEqual(['unpublished', 'published', 'trashed', 'deleted'])
  })

  it('a failing hook whose URL holds a token: requested, retrying, failed with the status, never the URL', async () => {
    const hookUrl = new URL(process.env.NETLIFY_BUILD_HOOK_URL!)
    process.env.NETLIFY_BUILD_HOOK_URL = `${hookUrl.origin}/build_hooks/${HOOK_TOKEN}`
    try {
      session.hook.failNext(2)
      const { lines, raw } = await linesAfter(() =>
        session.payload.create({
          collection: 'components',
          data: { ...component('lokiin-hook-virhe'), _status: 'published' },
        }),
      )
      expect(siteHookLines(lines).map((line) => [line.outcome, line.reason ?? null])).toEqual([
        ['requested', null],
        ['retrying', 'HTTP 502'],
        ['failed', 'HTTP 502'],
      ])
      expect(siteHookLines(lines).at(-1)).toMatchObject({ level: 50, status: 502, attempt: 2 })
      expectNothingSecret(raw)
    } finally {
      process.env.NETLIFY_BUILD_HOOK_URL = hookUrl.href
    }
  })

  it('an unreachable or malformed hook URL is named by its kind of failure, not quoted', async () => {
    const hookUrl = process.env.NETLIFY_BUILD_HOOK_URL!
    const reasons: unknown[] = []
    try {
      for (const [index, url] of [
        // A port nothing listens on: the connection is refused.
        `http://127.0.0.1:${await freePort()}/build_hooks/${HOOK_TOKEN}`,
        `http://[127.0.0.1/build_hooks/${HOOK_TOKEN}`,
      ].entries()) {
        process.env.NETLIFY_BUILD_HOOK_URL = url
        const { lines, raw } = await linesAfter(() =>
          session.payload.create({
            collection: 'components',
            data: { ...component(`lokiin-tavoittamaton-${index}`), _status: 'published' },
          }),
        )
        reasons.push(siteHookLines(lines).at(-1)?.reason)
        expectNothingSecret(raw)
      }
    } finally {
      process.env.NETLIFY_BUILD_HOOK_URL = hookUrl
    }
    expect(reasons).toEqual(['ECONNREFUSED', 'invalid URL'])
  })
})

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import config from '../../cms/src/payload.config'
import type { SharedAccountAttempts } from '../../cms/src/requestGuards'
import { sharedAccountAttempts } from '../../cms/src/sharedAccountAttempts'
import { startPayload } from '../../scripts/lib/payload'

// The sign-in rate limit's database counter (cms/src/sharedAccountAttempts.ts) as two CMS
// instances use it: two Payloads on one database, each with its own counter. The limit holds in
// total, also when the attempts race; expired attempts are deleted; a database failure lets the
// attempt through with a warning. Run on SQLite and, by integration-postgres, on PostgreSQL.
const WINDOW = 60_000
const LIMIT = 10

let first: Payload
let second: Payload
let counters: SharedAccountAttempts[]

beforeAll(async () => {
  first = await startPayload()
  second = await getPayload({ config, key: 'second-instance' })
  counters = [sharedAccountAttempts(first), sharedAccountAttempts(second)]
})
afterAll(async () => {
  await second?.destroy()
  await first?.destroy()
})

const attemptRows = async () =>
  (await first.db.count({ collection: 'payload-kv', where: { key: { like: 'account-attempt:' } }, req: {} })).totalDocs

describe('sign-in attempts counted in the database', () => {
  it(`alternating between two instances, the ${LIMIT + 1}th attempt in all is refused on both`, async () => {
    const now = Date.now()
    for (let attempt = 0; attempt < LIMIT; attempt++) {
      const verdict = await counters[attempt % 2]!.attempt('192.0.2.1', now + attempt, WINDOW, LIMIT)
      expect(verdict.refused, `attempt ${attempt + 1}`).toBe(false)
    }
    for (const counter of counters) {
      const verdict = await counter.attempt('192.0.2.1', now + LIMIT, WINDOW, LIMIT)
      expect(verdict).toMatchObject({ refused: true })
      if (verdict.refused) expect(verdict.retryAfterMs).toBeGreaterThan(WINDOW - 1000)
    }
    // Another address has its own count; the first one's window passes and it may try again.
    expect((await counters[1]!.attempt('192.0.2.2', now, WINDOW, LIMIT)).refused).toBe(false)
    expect((await counters[0]!.attempt('192.0.2.1', now + WINDOW + 1, WINDOW, LIMIT)).refused).toBe(false)
  })

  it('attempts racing on both instances never let more than the limit through, and refused ones do not count', async () => {
    const now = Date.now()
    const verdicts = await Promise.all(
      Array.from({ length: 3 * LIMIT }, (_, index) => counters[index % 2]!.attempt('192.0.2.3', now, WINDOW, LIMIT)),
    )
    // Racing at the limit, attempts may all be refused (each saw the others' rows), never all allowed.
    const raced = verdicts.filter((verdict) => !verdict.refused).length
    expect(raced).toBeLessThanOrEqual(LIMIT)
    // The refused ones left no row behind: the address has exactly its remaining attempts.
    let after = 0
    while (!(await counters[after % 2]!.attempt('192.0.2.3', now + 1, WINDOW, LIMIT)).refused) after++
    expect(raced + after).toBe(LIMIT)
  })

  it('expired attempts are deleted, at most once a window per instance', async () => {
    expect(await attemptRows()).toBeGreaterThan(0)
    // A counter that has never swept sweeps on its first attempt: a time far ahead expires them all.
    const fresh = sharedAccountAttempts(first)
    await fresh.attempt('192.0.2.9', Date.now() + 10 * WINDOW, WINDOW, LIMIT)
    await vi.waitFor(async () => expect(await attemptRows()).toBe(1))
  })

  it('a database failure lets the attempt through and is logged', async () => {
    const broken = sharedAccountAttempts(first)
    const create = vi.spyOn(first.db, 'create').mockRejectedValue(new Error('connection refused'))
    const warn = vi.spyOn(first.logger, 'warn').mockImplementation(() => undefined)
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        expect(await broken.attempt('192.0.2.4', Date.now(), WINDOW, LIMIT)).toEqual({ refused: false })
      }
      // Once a window, not once per attempt.
      expect(warn).toHaveBeenCalledTimes(1)
      expect(JSON.stringify(warn.mock.calls[0])).toContain('connection refused')
    } finally {
      create.mockRestore()
      warn.mockRestore()
    }
  })
})

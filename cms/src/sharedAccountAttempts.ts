import crypto from 'node:crypto'

import type { BasePayload, Where } from 'payload'

import { type SharedAccountAttempts, shareAccountAttempts } from './requestGuards'

/**
 * The sign-in rate limit's counts in the database, so that it holds across every CMS instance on
 * that database rather than per process (requestGuards.ts keeps its in-memory count as well).
 *
 * Each attempt is one row of Payload's key-value store (the `payload-kv` collection, a table every
 * adapter already has, with a unique index on the key), so no table of our own is needed:
 *
 *   account-attempt:<milliseconds, 15 digits>:<hash of the address>:<random>
 *
 * The time leads, so the rows of the current window are one key range and expired rows another
 * (deleted at most once a window per instance). The address is hashed: no raw address is stored,
 * and the key holds only hex digits, so the `like` match cannot be steered by the address.
 *
 * If the database fails, the attempt is let through (fail-open: each instance's own limit in
 * memory still holds) and a warning is logged, at most once a window.
 *
 * An attempt is inserted first and counted after (its own row included): one that finds more than
 * the limit is refused and its row deleted, so refused attempts do not count. Whichever allowed
 * attempt was inserted last saw every other allowed row, so across instances no more than the
 * limit are allowed in a window; two attempts racing at the limit may both be refused, never both
 * allowed.
 */
const PREFIX = 'account-attempt:'
// Just after every attempt key (':' is followed by ';' in ASCII).
const PAST_LAST_KEY = 'account-attempt;'
const KV = 'payload-kv'

const stamp = (ms: number) => String(Math.max(0, Math.floor(ms))).padStart(15, '0')
const addressHash = (address: string) => crypto.createHash('sha256').update(address).digest('hex').slice(0, 24)
// Payload's key-value store itself uses no transaction: each statement commits at once.
const req = {}

export function sharedAccountAttempts(payload: BasePayload): SharedAccountAttempts {
  const db = payload.db
  let sweptAt = 0
  let warnedAt = 0
  const count: SharedAccountAttempts['attempt'] = async (address, now, windowMs, limit) => {
    const hash = addressHash(address)
    const key = `${PREFIX}${stamp(now)}:${hash}:${crypto.randomBytes(6).toString('hex')}`
    await db.create({ collection: KV, data: { key, data: {} }, req, returning: false } as never)
    const inWindow: Where = {
      and: [
        { key: { greater_than: `${PREFIX}${stamp(now - windowMs)}` } },
        { key: { less_than: PAST_LAST_KEY } },
        { key: { like: `:${hash}:` } },
      ],
    }
    const { docs } = await db.find({
      collection: KV,
      where: inWindow,
      sort: 'key',
      limit: 0,
      pagination: false,
      req,
      select: { key: true },
    })
    const times = docs.map((doc) =>
      Number(String((doc as { key?: string }).key).slice(PREFIX.length, PREFIX.length + 15)),
    )
    if (now - sweptAt > windowMs) {
      sweptAt = now
      const expired: Where = {
        and: [
          { key: { greater_than_equal: PREFIX } },
          { key: { less_than_equal: `${PREFIX}${stamp(now - windowMs)}` } },
        ],
      }
      void db.deleteMany({ collection: KV, where: expired, req }).catch((error: unknown) => {
        payload.logger.warn({ msg: 'Could not delete expired sign-in attempt counts', error: String(error) })
      })
    }
    if (times.length <= limit) return { refused: false }
    await db.deleteOne({ collection: KV, where: { key: { equals: key } }, req, returning: false } as never)
    return { refused: true, retryAfterMs: Math.max(1000, windowMs - (now - Math.min(...times))) }
  }
  return {
    async attempt(address, now, windowMs, limit) {
      try {
        return await count(address, now, windowMs, limit)
      } catch (error) {
        if (now - warnedAt > windowMs) {
          warnedAt = now
          payload.logger.warn({
            msg: 'Could not count a sign-in attempt in the database; until it can, each instance limits attempts on its own',
            error: String(error),
          })
        }
        return { refused: false }
      }
    },
  }
}

/** Payload's onInit: the production server's guard counts in the database from now on. */
export function countAccountAttemptsInDatabase(payload: BasePayload): void {
  shareAccountAttempts(sharedAccountAttempts(payload))
}

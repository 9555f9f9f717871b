import type {
  BasePayload,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { clearReadCache } from '../readCache'

/**
 * Keeps the anonymous read cache (src/readCache.ts) from serving anything older than the newest
 * committed change, in this process and in every other one that shares the database:
 *
 * - a save or delete empties this process's cache at once (after the write);
 * - when the transaction that made it commits, the cache is emptied again (a read that ran
 *   between the write and the commit saw the old data) and the change marker in Payload's
 *   key-value store is rewritten, so that other processes (a seed, a second CMS instance) empty
 *   theirs at their next freshness check (readCache.ts `ensureFresh`, at most a second apart).
 */
const MARKER_KEY = 'read-cache-changed'

const pendingCommits = new Set<string | number>()

async function publishMarker(payload: BasePayload): Promise<void> {
  try {
    await payload.kv.set(MARKER_KEY, { at: new Date().toISOString(), nonce: Math.random().toString(36).slice(2) })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not write the read-cache change marker; other CMS instances may serve stale reads until READ_CACHE_SECONDS',
      error: String(error),
    })
  }
}

/** The marker other processes compare; null before any change was ever made. */
export async function readChangeMarker(payload: BasePayload): Promise<string | null> {
  const value = await payload.kv.get<{ at?: string; nonce?: string }>(MARKER_KEY)
  return value ? `${value.at ?? ''}/${value.nonce ?? ''}` : null
}

async function contentChanged(req: PayloadRequest): Promise<void> {
  clearReadCache()
  const transaction = await req.transactionID
  if (transaction !== undefined && transaction !== null) pendingCommits.add(transaction)
  else await publishMarker(req.payload)
}

export const clearReadCacheAfterChange: CollectionAfterChangeHook = async ({ req }) => {
  await contentChanged(req)
}
export const clearReadCacheAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await contentChanged(req)
}
export const clearReadCacheAfterGlobalChange: GlobalAfterChangeHook = async ({ req }) => {
  await contentChanged(req)
}

/**
 * Payload's onInit: runs the step above when a transaction that changed content commits (or
 * forgets it when the transaction is rolled back). Payload has no after-commit hook, so the
 * adapter's own commit and rollback are wrapped.
 */
export function clearReadCacheOnCommit(payload: BasePayload): void {
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transaction = await id
    await commit(transaction)
    if (pendingCommits.delete(transaction)) {
      clearReadCache()
      await publishMarker(payload)
    }
  }
  db.rollbackTransaction = async (id) => {
    const transaction = await id
    pendingCommits.delete(transaction)
    await rollback(transaction)
  }
}

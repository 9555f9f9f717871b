/**
 * "Build now, or once more after the running build": requests that arrive while a run is going
 * are gathered into one more run after it, never a second run beside it. The site publisher, the
 * preview and the rehearsal's Netlify stand-in all rebuild this way. Each request resolves when
 * the runs that include it are done. `runOnce` gets what was asked since the last run started, and
 * may answer 'again' to be run once more (a build that had to make way for another).
 */
export interface Coalesced<T> {
  request(asked?: T[]): Promise<void>
  /** True from a request until its last run is done. */
  busy(): boolean
}

export function coalescing<T = never>(runOnce: (asked: T[]) => Promise<'again' | void>): Coalesced<T> {
  let running: Promise<void> | null = null
  let pending = false
  let gathered: T[] = []
  const request = (asked: T[] = []): Promise<void> => {
    gathered.push(...asked)
    pending = true
    if (running) return running
    running = (async () => {
      while (pending) {
        pending = false
        const now = gathered
        gathered = []
        if ((await runOnce(now)) === 'again') pending = true
      }
    })().finally(() => {
      running = null
    })
    return running
  }
  return { request, busy: () => running !== null }
}

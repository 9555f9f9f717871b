import { describe, expect, it } from 'vitest'

import { coalescing } from '../../scripts/lib/coalesce'

// "Build now, or once more after the running build", as the site publisher, the preview and the
// rehearsal's Netlify stand-in rebuild.
describe('coalescing runs', () => {
  it('gathers requests made during a run into one more run after it, never a run beside it', async () => {
    const runs: string[][] = []
    let active = 0
    let most = 0
    let release: () => void = () => undefined
    const { request, busy } = coalescing<string>(async (asked) => {
      active++
      most = Math.max(most, active)
      runs.push(asked)
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve))
      active--
    })
    const first = request(['a'])
    const second = request(['b'])
    const third = request(['c'])
    expect(busy()).toBe(true)
    release()
    await Promise.all([first, second, third])
    expect(runs).toEqual([['a'], ['b', 'c']])
    expect(most).toBe(1)
    expect(busy()).toBe(false)
  })

  it("runs once more when a run answers 'again', and a request without items still runs", async () => {
    let count = 0
    const { request } = coalescing(async () => (++count < 3 ? 'again' : undefined))
    await request()
    expect(count).toBe(3)
  })

  it('a failed run ends the request with its error and leaves it ready for the next', async () => {
    let fail = true
    const { request, busy } = coalescing(async () => {
      if (fail) throw new Error('build broke')
    })
    await expect(request()).rejects.toThrow('build broke')
    expect(busy()).toBe(false)
    fail = false
    await expect(request()).resolves.toBeUndefined()
  })
})

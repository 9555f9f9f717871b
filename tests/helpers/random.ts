/** mulberry32: a small seeded generator, good enough to spread fuzzing cases; a seed repeats a run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  const bytes = (length: number) => Buffer.from(Array.from({ length }, () => int(256)))
  return { next, int, pick, bytes }
}
export type SeededRandom = ReturnType<typeof seededRandom>

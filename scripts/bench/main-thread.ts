import type { Browser, Page } from 'playwright-core'

/**
 * The page's main-thread tasks, read from a Chromium trace: the Long Tasks API reports only tasks
 * of 50 ms and more, and a budget of "no task over 50 ms" needs the longest task whatever its
 * length. The page marks the phases (performance.mark) and the trace gives every task the
 * renderer's main thread ran between two marks.
 */
const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing']
const taskNames = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
}

export class MainThreadTrace {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async start(browser: Browser, page: Page): Promise<MainThreadTrace> {
    await browser.startTracing(page, { categories })
    return new MainThreadTrace(browser, page)
  }

  /** Marks a moment in the page's own timeline, to be found in the trace by its name. */
  mark(name: string): Promise<void> {
    return this.page.evaluate((markName) => void performance.mark(markName), name)
  }

  /**
   * Ends the trace. `phases` maps a phase's name to its two marks; the result maps it to the
   * longest main-thread task (ms) that overlapped it, 0 when none did.
   */
  async stop(phases: Record<string, [string, string]>): Promise<Record<string, number>> {
    const buffer = await this.browser.stopTracing()
    const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }
    const marks = new Map<string, TraceEvent>()
    for (const event of traceEvents) if (event.name && !marks.has(event.name)) marks.set(event.name, event)
    const at = (name: string) => {
      const mark = marks.get(name)
      if (!mark) throw new Error(`The trace has no mark "${name}": the page did not reach it.`)
      return mark
    }
    const longest: Record<string, number> = {}
    for (const [phase, [from, to]] of Object.entries(phases)) {
      const start = at(from)
      const end = at(to).ts
      // performance.mark runs on the page's main thread: its thread is the one to watch.
      const tasks = traceEvents.filter(
        (event) =>
          event.ph === 'X' &&
          taskNames.has(event.name) &&
          event.pid === start.pid &&
          event.tid === start.tid &&
          event.ts < end &&
          event.ts + (event.dur ?? 0) > start.ts,
      )
      longest[phase] = Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000))
    }
    return longest
  }
}

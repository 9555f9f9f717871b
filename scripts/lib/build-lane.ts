/**
 * One site build at a time on this machine, the published site first.
 *
 * `npm start` builds two sites from the same CMS: the public one after a publish and the editors'
 * preview after every save. Two Astro builds side by side on two cores take twice as long each, and
 * an editor who presses Publish waits for the public site, not for the preview. So builds take
 * turns here: a public build waits for nothing but another public build, and a preview build that
 * is running when a public one is asked for is stopped (its owner builds again afterwards).
 */
export type BuildKind = 'site' | 'preview'

/** Thrown into a build that was stopped to let a public build go first. */
export class BuildStopped extends Error {
  override name = 'BuildStopped'
  constructor() {
    super('Stopped to let the public site build first; it starts again afterwards.')
  }
}

interface Turn {
  kind: BuildKind
  start: () => void
}

export class BuildLane {
  private running: { kind: BuildKind; controller: AbortController } | null = null
  private readonly waiting: Turn[] = []

  /** Runs `build` when its turn comes; its signal aborts when a public build needs the lane. */
  async run<T>(kind: BuildKind, build: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = await this.turn(kind)
    try {
      return await build(controller.signal)
    } finally {
      this.running = null
      this.next()
    }
  }

  /** Whether a build of this kind is running or waiting (for status pages). */
  busy(kind: BuildKind): boolean {
    return this.running?.kind === kind || this.waiting.some((turn) => turn.kind === kind)
  }

  /** Resolves when the lane is this build's; the lane is marked taken before anyone else can look. */
  private turn(kind: BuildKind): Promise<AbortController> {
    const take = () => {
      const controller = new AbortController()
      this.running = { kind, controller }
      return controller
    }
    if (!this.running && this.waiting.length === 0) return Promise.resolve(take())
    if (kind === 'site' && this.running?.kind === 'preview') this.running.controller.abort(new BuildStopped())
    return new Promise((resolve) => {
      const turn = { kind, start: () => resolve(take()) }
      // Public builds queue before every preview build.
      const firstPreview = this.waiting.findIndex((waiting) => waiting.kind === 'preview')
      if (kind === 'site' && firstPreview !== -1) this.waiting.splice(firstPreview, 0, turn)
      else this.waiting.push(turn)
    })
  }

  private next(): void {
    this.waiting.shift()?.start()
  }
}

import fs from 'node:fs'
import path from 'node:path'

import type { BuildStatus } from '@toolkit/contract/build-status'

/**
 * Keeps a site builder's status in a file for the CMS dashboard (which runs in another process).
 * Written whole and renamed into place, so the dashboard never reads half a record.
 */
export class BuildStatusFile {
  private status: BuildStatus | null = null

  constructor(readonly file: string) {}

  current(): BuildStatus | null {
    return this.status
  }

  started(reasons: string[]): void {
    this.write({
      state: 'building',
      startedAt: new Date().toISOString(),
      finishedAt: this.status?.finishedAt ?? null,
      pages: this.status?.pages ?? null,
      seconds: null,
      error: null,
      reasons,
      servedSince: this.status?.servedSince ?? null,
    })
  }

  succeeded(pages: number, seconds: number): void {
    const now = new Date().toISOString()
    this.write({ ...this.base(), state: 'succeeded', finishedAt: now, pages, seconds, error: null, servedSince: now })
  }

  failed(error: string): void {
    this.write({ ...this.base(), state: 'failed', finishedAt: new Date().toISOString(), error })
  }

  private base(): BuildStatus {
    return (
      this.status ?? {
        state: 'building',
        startedAt: new Date().toISOString(),
        finishedAt: null,
        pages: null,
        seconds: null,
        error: null,
        reasons: [],
        servedSince: null,
      }
    )
  }

  private write(status: BuildStatus): void {
    this.status = status
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true })
      const temporary = `${this.file}.${process.pid}.tmp`
      fs.writeFileSync(temporary, `${JSON.stringify(status, null, 2)}\n`)
      fs.renameSync(temporary, this.file)
    } catch (error) {
      // The dashboard then shows an older state; the build itself is not affected.
      console.error(`Could not record the build status in ${this.file}:`, error)
    }
  }
}

import childProcess, { type ChildProcess, type SpawnOptions } from 'node:child_process'
import type { Socket } from 'node:net'
import path from 'node:path'
import * as pagefind from 'pagefind'

/** Indexing failed: the message says what Pagefind said. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError'
}

/**
 * Pagefind's Node API runs one backend (`pagefind --service`) per process and never notices when
 * it stops: after a panic (for example an output folder it cannot create) every pending call waits
 * forever, and the build hung. The API does not hand out that process, so it is caught while
 * `createIndex` launches it (the launch is synchronous), with its stderr piped so that the panic's
 * message can be given; every call is then raced against the backend's end.
 */
interface Backend {
  child: ChildProcess
  /** Rejects with Pagefind's last words when the backend ends. */
  stopped: Promise<never>
}

let backend: Backend | null = null

/** How much of Pagefind's stderr an error quotes. */
const QUOTED_LINES = 8

function watch(child: ChildProcess): Backend {
  const said: string[] = []
  const stderr = child.stderr as Socket | null
  stderr?.on('data', (chunk: Buffer) => said.push(chunk.toString('utf8')))
  // Like the API's own pipes: a backend with nothing to do must not keep the process alive.
  stderr?.unref()
  const watched: Backend = {
    child,
    stopped: new Promise<never>((_, reject) => {
      const end = (how: string) => {
        const lastWords = said.join('').trim().split('\n').slice(-QUOTED_LINES).join('\n')
        reject(new SearchIndexError(`Pagefind stopped (${how}):\n${lastWords || '(it printed nothing)'}`))
        // The next index starts a new backend (createWatchedIndex closes the API's dead service first).
        if (backend === watched) backend = null
      }
      child.once('error', (error) => end(error.message))
      child.once('close', (code, signal) => end(code === null ? `signal ${signal}` : `exit ${code}`))
    }),
  }
  // Only a call that is waiting needs to hear of it.
  watched.stopped.catch(() => {})
  return watched
}

/** pagefind.createIndex(), with the backend it launches (the first time) watched. */
async function createWatchedIndex(): Promise<{ response: pagefind.NewIndexResponse; backend: Backend }> {
  // No live backend: the API may still hold one that stopped, and would send to it.
  if (!backend) await pagefind.close()
  const spawn = childProcess.spawn
  let launched: ChildProcess | undefined
  childProcess.spawn = ((command: string, args: readonly string[], options: SpawnOptions) => {
    launched = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
    return launched
  }) as typeof childProcess.spawn
  let created: Promise<pagefind.NewIndexResponse>
  try {
    created = pagefind.createIndex()
  } finally {
    childProcess.spawn = spawn
  }
  if (launched) backend = watch(launched)
  const current = backend
  if (!current) {
    // A launch that failed (no Pagefind binary for this platform) says so itself.
    await created
    await pagefind.close()
    throw new SearchIndexError(
      'Pagefind started no backend that this build could watch: its Node API has changed; see site/integrations/search-index.ts.',
    )
  }
  return { response: await Promise.race([created, current.stopped]), backend: current }
}

/**
 * Adds the Pagefind index to a built site (siteRoot/pagefind) and returns how many pages it
 * indexed. Every error Pagefind reports is logged and fails the call, and so does a backend that
 * stops. Several sites can be indexed at the same time in one process: they share the backend.
 */
export async function indexForSearch(
  siteRoot: string,
  log: (message: string) => void = console.error,
): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    for (const error of errors) log(`Pagefind could not ${step}: ${error}`)
    return new SearchIndexError(`Pagefind could not ${step} for ${siteRoot}:\n${errors.join('\n')}`)
  }
  const { response, backend: watched } = await createWatchedIndex()
  if (!response.index || response.errors.length > 0) throw fail('create an index', response.errors)
  const { index } = response
  const stopped = watched.stopped.catch((error: Error) => {
    throw new SearchIndexError(`Pagefind could not index ${siteRoot}. ${error.message}`)
  })
  stopped.catch(() => {}) // the backend outlives this index: its end later is no concern of this call
  const call = <T>(promise: Promise<T>) => Promise.race([promise, stopped])
  try {
    const added = await call(index.addDirectory({ path: siteRoot }))
    if (added.errors.length > 0) throw fail('read the pages', added.errors)
    const written = await call(index.writeFiles({ outputPath: path.join(siteRoot, 'pagefind') }))
    if (written.errors.length > 0) throw fail('write the index', written.errors)
    return added.page_count
  } finally {
    // Frees this index in the backend; other indexes it holds go on. A stopped backend has nothing to free.
    if (backend === watched) await call(index.deleteIndex()).catch(() => {})
  }
}

/** Stops the backend, once nothing else in this process is indexing (they share it). */
export async function closeSearchIndex(): Promise<void> {
  backend = null
  await pagefind.close()
}

import type { TestProject } from 'vitest/node'

import { startTemporaryPostgres } from '../../scripts/lib/postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUri: string
  }
}

/**
 * Starts a throwaway PostgreSQL server for the PostgreSQL run of the integration suite. `npm test`
 * only selects that run when PostgreSQL is installed; if it is and still cannot start, that is a
 * failure to see, not a reason to skip.
 */
export default async function setup(project: TestProject) {
  const server = await startTemporaryPostgres()
  if ('skipped' in server) throw new Error(`PostgreSQL could not be started: ${server.skipped}`)
  server.createDatabase('postgres_admin')
  project.provide('postgresUri', server.uri('postgres_admin'))
  return () => server.stop()
}

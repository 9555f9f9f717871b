import { errorMessage } from '@toolkit/contract/errors'

import { ContentError } from './content'

/** One clear message for the person running a command: what failed and what state things are in. */
export function describeFailure(error: unknown): string {
  if (error instanceof ContentError) return `${error.message}\nNothing was written to the database.`
  const message = errorMessage(error)
  return `Failed: ${message}`
}

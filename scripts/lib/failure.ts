import { errorMessage } from '@toolkit/contract/errors'

// Not './content', which loads the corpus reader and the Payload configs: every task reports failures with this.
import { ContentError } from './content-error'

/** One clear message for the person running a command: what failed and what state things are in. */
export function describeFailure(error: unknown): string {
  if (error instanceof ContentError) return `${error.message}\nNothing was written to the database.`
  const message = errorMessage(error)
  return `Failed: ${message}`
}

/** The message of anything thrown, for a sentence that names what failed ("… could not be read (reason)"). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

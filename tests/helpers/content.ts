import { ContentError, readContent } from '../../scripts/lib/content'

/** The problems readContent reports for a corpus folder (none when it reads cleanly). */
export function problems(dir: string): string[] {
  try {
    readContent(dir)
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
  return []
}

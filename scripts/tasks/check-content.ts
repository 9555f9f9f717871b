import { errorMessage } from '@toolkit/contract/errors'

import { ContentError, readContent } from '../lib/content'
import { contentDir } from '../lib/env'

/** npm run check:content: checks every file in content/ against the CMS's definitions, without a database. */
try {
  const documents = readContent(contentDir)
  const byType = new Map<string, number>()
  for (const document of documents) byType.set(document.type.key, (byType.get(document.type.key) ?? 0) + 1)
  console.log(`content/ is valid: ${[...byType].map(([type, count]) => `${count} ${type}`).join(', ')}.`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof ContentError ? error.message : `Failed: ${errorMessage(error)}`)
  process.exit(1)
}

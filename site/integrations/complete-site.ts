import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

import { readSnapshot } from '../src/lib/snapshot-loader'
import { mediaSourceFromEnv, publishMedia } from './media-publish'
import { closeSearchIndex, indexForSearch } from './search-index'
import { writeServiceWorker } from './service-worker'

/**
 * Makes `astro build` produce the whole site: after Astro has written the pages, it publishes the
 * snapshot's uploads into the output (see mediaSourceFromEnv for where they come from), adds the
 * Pagefind index and writes the service worker, whose precache list and version cover the final
 * files. Any failure fails the build, with its reason.
 */
export function completeSite(): AstroIntegration {
  return {
    name: 'toolkit:complete-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const snapshot = readSnapshot()
        const media = await publishMedia(snapshot, outDir, mediaSourceFromEnv(snapshot))
        logger.info(`Published ${media.files} media files.`)
        try {
          const pages = await indexForSearch(outDir, (message) => logger.error(message))
          logger.info(`Pagefind indexed ${pages} pages.`)
        } finally {
          // Each `astro build` is a process of its own: nothing else here uses the backend.
          await closeSearchIndex()
        }
        const worker = writeServiceWorker(outDir)
        logger.info(`Service worker ${worker.version}: ${worker.files} files to keep offline.`)
      },
    },
  }
}

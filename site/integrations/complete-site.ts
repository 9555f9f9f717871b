import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

import { PUBLISHED_MEDIA_DIR } from '../src/lib/media'
import { redirectRules } from '../src/lib/redirects'
import { checkSiteAddress } from '../src/lib/site-settings'
import { readSnapshot } from '../src/lib/snapshot-loader'
import { mediaSourceFromEnv, publishMedia } from './media-publish'
import { closeSearchIndex, indexForSearch } from './search-index'
import { writeServiceWorker } from './service-worker'

/**
 * Moves the published uploads (<from>/media) into the built site: a rename, or a copy where that
 * fails (the output on another file system, e.g. a test's temporary folder, or a media folder there).
 */
function moveMediaInto(from: string, outDir: string): void {
  const source = path.join(from, 'media')
  if (!fs.existsSync(source)) return
  const target = path.join(outDir, 'media')
  try {
    fs.renameSync(source, target)
  } catch {
    fs.cpSync(source, target, { recursive: true })
  }
  fs.rmSync(from, { recursive: true, force: true })
}

/**
 * Makes `astro build` produce the whole site. Before any page renders, it publishes the snapshot's
 * uploads (see mediaSourceFromEnv for where they come from) into a folder of this build's cache,
 * which pages read through publishedMedia() (a course pack's page gives each file's size, its ZIP
 * carries the files); Astro empties the output folder after this point, so they wait there. After
 * Astro has written the pages, it moves them into the output, adds the Pagefind index and writes
 * the service worker, whose precache list and version cover the final files. Any failure fails
 * the build, with its reason.
 */
export function completeSite(): AstroIntegration {
  let mediaDir = ''
  let site: URL | undefined
  return {
    name: 'toolkit:complete-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined
      },
      'astro:config:setup': ({ config }) => {
        mediaDir = fileURLToPath(new URL('toolkit-published-media/', config.cacheDir))
        // The pages of this build render in this process, after the uploads are published.
        process.env[PUBLISHED_MEDIA_DIR] = mediaDir
      },
      'astro:build:start': async ({ logger }) => {
        checkSiteAddress(site)
        fs.rmSync(mediaDir, { recursive: true, force: true })
        const snapshot = readSnapshot()
        const media = await publishMedia(snapshot, mediaDir, mediaSourceFromEnv(snapshot))
        logger.info(`Published ${media.files} media files.`)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        moveMediaInto(mediaDir, outDir)
        // Netlify's _redirects (old addresses of renamed documents). Written here, because Astro
        // makes no route of a file in src/pages whose name starts with "_".
        fs.writeFileSync(path.join(outDir, '_redirects'), redirectRules(readSnapshot()))
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

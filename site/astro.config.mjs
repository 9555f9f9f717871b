import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { sections } from '@toolkit/contract/routes'
import { completeSite } from './integrations/complete-site'
import { publicSiteAddress } from './src/lib/site-settings'

// The offline page is what the service worker shows without a connection: not a page to find.
const offlinePages = Object.values(sections.offline).map((segment) => `/${segment}/`)

// The site is fully static. Its public address (canonical links, sitemap, feeds, Open Badges) is
// the CMS's site settings', or SITE_URL when they leave it empty (src/lib/site-settings.ts);
// SITE_OUT_DIR lets the build script write to a fresh folder and swap it in only when complete.
// Stylesheets are separate files (never inlined) so that the CSP can forbid inline styles.
export default defineConfig({
  site: publicSiteAddress(),
  outDir: process.env.SITE_OUT_DIR || './dist',
  // A cache (and content data store) of its own for each build, set by scripts/lib/site-build.ts:
  // a preview build beside a production build must never read the other's content.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // The sitemap lists published pages only; a preview build (drafts) is never deployed.
  // completeSite, last, adds the uploads, the search index and the service worker to the output.
  integrations: [
    sitemap({ filter: (page) => !page.endsWith('/404/') && !offlinePages.some((path) => page.endsWith(path)) }),
    completeSite(),
  ],
  devToolbar: { enabled: false },
  // Scripts too stay separate files, however small: the CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
})

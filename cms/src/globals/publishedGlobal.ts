import type { GlobalConfig } from 'payload'

import { authenticated, draftsOrEditors, publishedOrAuthenticated } from '../access'
import { enforceGlobalPublishingPolicy } from '../access/publishingPolicy'
import { previewUrl } from '../hooks/preview'
import { rebuildAfterGlobalChange } from '../hooks/siteBuild'

/**
 * What every single document the site shows (the operating model, the site settings) shares with
 * the collections: anyone reads the published version, contributors save drafts and editors
 * publish (the publishing policy), publishing can be scheduled, a publish rebuilds the site, and
 * the Preview button opens the page that shows it.
 */
export function publishedGlobal(config: Omit<GlobalConfig, 'access' | 'hooks' | 'versions'>): GlobalConfig {
  return {
    ...config,
    admin: { ...config.admin, preview: (_doc, { locale }) => previewUrl(config.slug, undefined, locale) },
    access: {
      read: publishedOrAuthenticated,
      update: draftsOrEditors,
      readVersions: authenticated,
    },
    hooks: { beforeOperation: [enforceGlobalPublishingPolicy], afterChange: [rebuildAfterGlobalChange] },
    versions: {
      max: 50,
      drafts: { autosave: false, schedulePublish: true },
    },
  }
}

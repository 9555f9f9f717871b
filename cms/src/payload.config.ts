import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultLocale, localeNames, locales } from '@toolkit/contract/locales'
import { buildConfig, type CollectionConfig, type Config, type GlobalConfig } from 'payload'

import { adminGroups } from './admin/groups'
import { publicCollections } from './collections'
import { MAX_UPLOAD_BYTES, Media, sharpWithPixelLimit } from './collections/Media'
import { Users } from './collections/Users'
import { databaseAdapter, shareSqliteBetweenProcesses } from './db'
import { healthEndpoints } from './endpoints/health'
import { emailAdapter } from './email'
import { richTextEditor } from './fields/richText'
import { adminDateFormat, extraTranslations, interfaceLanguages } from './i18n'
import { OperatingModel } from './globals/OperatingModel'
import { SiteSettings } from './globals/SiteSettings'
import { productionLogger } from './operationalLog'
import {
  refuseMalformedArgumentsEverywhere,
  unreadableRequestIs400,
  validationErrorsKeepTheirFields,
} from './hooks/operationArguments'
import { workingPreferenceDelete } from './hooks/preferencesDelete'
import { livePreview } from './hooks/preview'
import { uploadErrorsInEditorsLanguage } from './hooks/uploadErrors'
import { claimJobsAtomically } from './jobs/atomicJobClaim'
import { jobsAccess, publishTheScheduledVersion } from './jobs/scheduledPublish'
import { csrfOrigins, serverURL } from './serverUrl'
import { countAccountAttemptsInDatabase } from './sharedAccountAttempts'
import {
  clearReadCacheAfterChange,
  clearReadCacheAfterDelete,
  clearReadCacheAfterGlobalChange,
  clearReadCacheOnCommit,
} from './hooks/readCacheInvalidation'

type I18nConfig = NonNullable<Config['i18n']>

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = process.env.PAYLOAD_SECRET
if (!secret) {
  throw new Error('PAYLOAD_SECRET is not set. Set it in the environment (npm start creates one in data/.env).')
}

// Any saved or deleted document may change what anonymous REST readers see: drop their cache.
const collectionClearsReadCache = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), clearReadCacheAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), clearReadCacheAfterDelete],
  },
})
const globalClearsReadCache = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), clearReadCacheAfterGlobalChange] },
})

/**
 * The admin's navigation shows groups in the order their first collection appears in the config,
 * so collections are listed by group (cms/src/admin/groups.ts), keeping their own order within one.
 * The seed's order (collections/index.ts) is a different concern and stays as it is.
 */
const groupOrder: unknown[] = Object.values(adminGroups)
const inNavigationOrder = (collections: CollectionConfig[]) =>
  [...collections].sort((a, b) => groupOrder.indexOf(a.admin?.group) - groupOrder.indexOf(b.admin?.group))

const config = buildConfig({
  // The CMS's public address: cookies are accepted only from it, and are Secure over https (serverUrl.ts).
  serverURL,
  csrf: csrfOrigins,
  secret,
  admin: {
    user: Users.slug,
    // The default avatar loads Gravatar: a third-party request we do not make.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' – Digiosallisuus CMS' },
    dateFormat: adminDateFormat,
    // Every content type shows its preview beside the form; it reloads when a save is rebuilt.
    livePreview: {
      ...livePreview,
      collections: publicCollections.map((collection) => collection.slug),
      globals: [OperatingModel.slug, SiteSettings.slug],
    },
    // How publishing works here, what waits for review and how the last site builds went.
    components: {
      beforeDashboard: ['/admin/EditorialDashboard#EditorialDashboard'],
      // Finnish and Swedish for the few labels the rich-text editor hard-codes in English.
      providers: ['/admin/HardCodedLabels#HardCodedLabels'],
    },
  },
  collections: inNavigationOrder([Users, Media, ...publicCollections]).map(collectionClearsReadCache),
  globals: [OperatingModel, SiteSettings].map(globalClearsReadCache),
  editor: richTextEditor,
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  // The admin speaks Finnish (ours: cms/src/i18n/), English or Swedish; Finnish unless the editor
  // chooses otherwise in their account (src/middleware.ts). The content itself is edited in
  // fi/en/sv through the locale switcher, whatever the interface language.
  // Payload's types list only the languages it ships, so our own Finnish needs the casts.
  i18n: {
    supportedLanguages: interfaceLanguages as unknown as I18nConfig['supportedLanguages'],
    fallbackLanguage: 'fi' as I18nConfig['fallbackLanguage'],
    translations: extraTranslations as I18nConfig['translations'],
  },
  db: databaseAdapter(),
  // SMTP from the environment, or only a log line when SMTP_HOST is not set (email.ts).
  email: emailAdapter(),
  jobs: {
    // Scheduled publishing is a queued job. The running CMS server checks the queue every ten
    // seconds (npm start sets PAYLOAD_JOBS_AUTORUN=true); scripts and tests run it on demand.
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN === 'true',
    ...jobsAccess,
  },
  // Payload's image work never decodes more than the upload pixel limit (collections/Media.ts).
  sharp: sharpWithPixelLimit,
  // Stops an oversized upload while it streams in over HTTP (the Media collection checks every path).
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  hooks: { afterError: [unreadableRequestIs400, validationErrorsKeepTheirFields, uploadErrorsInEditorsLanguage] },
  telemetry: false,
  // GET /api/health for a host's health check (endpoints/health.ts).
  endpoints: healthEndpoints,
  // One JSON line per log entry in production (operationalLog.ts).
  logger: productionLogger(),
  onInit: async (payload) => {
    clearReadCacheOnCommit(payload)
    // Two instances running the queue must not both run one job (jobs/atomicJobClaim.ts).
    claimJobsAtomically(payload)
    // The production server's sign-in rate limit counts in the database, for every instance together.
    countAccountAttemptsInDatabase(payload)
    await shareSqliteBetweenProcesses(payload)
  },
  // Nothing uses GraphQL; every access rule would have to be proven there too, so it is off.
  graphQL: { disable: true },
  // Types are generated on purpose (npm run generate:types) and committed; Payload's dev-mode
  // auto-generation would spawn a child process on every start and rewrite a tracked file.
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
})

export default config
  .then(publishTheScheduledVersion)
  .then(refuseMalformedArgumentsEverywhere)
  .then(workingPreferenceDelete)

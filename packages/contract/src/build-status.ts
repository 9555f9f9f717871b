import { z } from 'zod'

/**
 * What the last build of a site did, as the builder records it for the CMS dashboard: `npm start`'s
 * local builders write it to a file (SITE_BUILD_STATUS_FILE, PREVIEW_BUILD_STATUS_FILE) that the
 * admin reads. One shape for the writer and the reader.
 */
export const buildStatusSchema = z.strictObject({
  state: z.enum(['building', 'succeeded', 'failed']),
  /** When the running or last build started (ISO 8601). */
  startedAt: z.string(),
  /** When the last finished build ended; absent while the first one runs. */
  finishedAt: z.string().nullable(),
  /** Pages of the site now served, after a success. */
  pages: z.number().int().nonnegative().nullable(),
  seconds: z.number().nonnegative().nullable(),
  /** Why the last build failed, in words (never a stack trace). */
  error: z.string().nullable(),
  /** Why it was built: the changes the CMS reported ("posts/12 published"). */
  reasons: z.array(z.string()),
  /** When the site served now was completed (it stays served while a new build runs or fails). */
  servedSince: z.string().nullable(),
})
export type BuildStatus = z.infer<typeof buildStatusSchema>

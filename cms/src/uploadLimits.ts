/**
 * Limits on uploaded files, shared by the CMS (which refuses uploads over them) and the site's
 * media publishing (scripts/lib/media-publish.ts, which decodes what the CMS accepted). A plain
 * module: the scripts import it without loading Payload.
 */

/**
 * The largest image, in pixels, that is accepted and decoded. A PNG or WebP of a few kilobytes can
 * declare an image of hundreds of megapixels (a decompression bomb) and sharp's own default limit
 * is 268 megapixels, about a gigabyte decoded; 40 megapixels covers any camera photo (a 24 MP
 * camera gives 6000 × 4000) and keeps one decode within a few hundred megabytes.
 */
export const MAX_INPUT_PIXELS = 40_000_000

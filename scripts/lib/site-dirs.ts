/**
 * Where the site being replaced stays while a rebuild moves the new one into place (site-build.ts
 * writes it, static-server.ts answers from it in between). Its own module: the site build's slim
 * install (packages/site-build) must not pull in the local server's dependencies.
 */
export const previousSiteDir = (outDir: string) => `${outDir}.previous`

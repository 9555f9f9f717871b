import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is served from this app only; nothing here is public-site code.
  poweredByHeader: false,
  // Native/binary packages must stay outside the server bundle; nodemailer (email.ts) is plain
  // Node code with no need to be bundled.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'nodemailer'],
  // The shared contract (packages/contract) is TypeScript source, compiled with the app.
  transpilePackages: ['@toolkit/contract'],
  // Finnish dates in the admin: see src/i18n/date-fns-fi.ts.
  turbopack: { resolveAlias: { 'date-fns/locale/is': './src/i18n/date-fns-fi.ts' } },
  // The CMS has no public pages of its own: its root goes to the admin panel.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

import path from 'node:path'

import { previewSecretProblem } from '@toolkit/contract/preview-access'
import { dataDir } from '../lib/env'
import { describeFailure } from '../lib/failure'
import { startPayload } from '../lib/payload'
import { startPreview } from '../lib/preview'
import { superviseProcess } from '../lib/supervisor'

/**
 * npm run preview: the editors' draft preview as a service of its own, deployed beside the CMS
 * (same DATABASE_URI and PAYLOAD_SECRET, so it reads drafts through Payload as the CMS does, never
 * over the public API). It listens on PREVIEW_HOST:PREVIEW_PORT, answers only at PREVIEW_URL,
 * shows drafts only to browsers the CMS signed in (PREVIEW_SECRET, shared with the CMS), and lets
 * the admin at PAYLOAD_PUBLIC_SERVER_URL show it in the Live Preview pane.
 */
const supervisor = superviseProcess()

/** The settings, checked before anything starts: each problem names its variable. */
function settings() {
  const problems: string[] = []
  const secret = process.env.PREVIEW_SECRET
  const secretProblem = previewSecretProblem(secret)
  if (secretProblem) problems.push(secretProblem)
  const url = (name: string) => {
    const value = process.env[name]
    if (!value) return void problems.push(`${name} is not set`)
    try {
      const parsed = new URL(value)
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)')
      return parsed
    } catch {
      problems.push(`${name} is not an http(s) address: ${value}`)
    }
  }
  const publicUrl = url('PREVIEW_URL')
  const cmsUrl = url('PAYLOAD_PUBLIC_SERVER_URL')
  const port = Number(process.env.PREVIEW_PORT || 4322)
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PREVIEW_PORT is not a port: ${port}`)
  if (problems.length > 0) throw new Error(`The preview cannot start:\n- ${problems.join('\n- ')}`)
  return {
    secret: secret!,
    publicUrl: publicUrl!.href.replace(/\/$/, ''),
    cmsOrigin: cmsUrl!.origin,
    host: process.env.PREVIEW_HOST || '127.0.0.1',
    port,
  }
}

async function main(): Promise<void> {
  const { secret, publicUrl, cmsOrigin, host, port } = settings()
  const payload = await startPayload()
  supervisor.onStop(() => payload.destroy())
  const preview = await startPreview(payload, path.join(dataDir, 'preview'), port, {
    cmsOrigins: [cmsOrigin],
    hosted: { host, publicUrl, secret },
    statusFile: process.env.PREVIEW_BUILD_STATUS_FILE || undefined,
  })
  supervisor.watchServer(preview.server, 'preview server')
  supervisor.onStop(() => void preview.server.close())
  console.log(`› Draft preview on ${host}:${port}, answering at ${publicUrl} (for the admin at ${cmsOrigin}).`)
  await preview.rebuild()
  console.log('› The first preview build is ready.')
}

main().catch((error: unknown) => void supervisor.stop(1, describeFailure(error)))

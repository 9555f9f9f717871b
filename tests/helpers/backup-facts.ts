import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { mediaDir } from '../../cms/src/paths'
import { sha256 } from '../../scripts/lib/backup-manifest'
import { assembleSnapshot, readPublishedLocal } from '../../scripts/lib/export'

/** A user the backup test creates, with the password that must still sign in after a restore. */
export interface Account {
  email: string
  password: string
  role: 'admin' | 'editor' | 'contributor'
}

/**
 * Everything a backup must carry over, read through Payload as the CMS sees it: the published
 * snapshot (with a fixed generatedAt), a document's draft and its versions, who can sign in, the
 * queued jobs, and every upload file's checksum. Equal facts before the backup and after the
 * restore mean nothing was lost.
 */
export async function backupFacts(payload: Payload, accounts: Account[], documentId: number | string) {
  const snapshot = assembleSnapshot('local', await readPublishedLocal(payload), new Date(0))
  const draft = await payload.findByID({ collection: 'components', id: documentId, draft: true })
  const published = await payload.findByID({ collection: 'components', id: documentId, draft: false })
  const versions = await payload.findVersions({
    collection: 'components',
    where: { parent: { equals: documentId } },
    sort: 'createdAt',
    limit: 100,
  })
  const signIns = []
  for (const account of accounts) {
    const result = await payload.login({
      collection: 'users',
      data: { email: account.email, password: account.password },
    })
    signIns.push({
      email: result.user?.email,
      role: (result.user as { role?: string } | undefined)?.role,
      token: Boolean(result.token),
    })
  }
  const jobs = await payload.find({ collection: 'payload-jobs', sort: 'createdAt', limit: 100 })
  const files = fs.existsSync(mediaDir)
    ? (fs.readdirSync(mediaDir, { recursive: true }) as string[]).filter((file) =>
        fs.statSync(path.join(mediaDir, file)).isFile(),
      )
    : []
  const uploads: Record<string, string> = {}
  for (const file of files.sort()) uploads[file] = await sha256(path.join(mediaDir, file))
  return {
    snapshot,
    draft: { status: draft._status, title: draft.title },
    published: { status: published._status, title: published.title },
    versions: versions.docs.map((version) => ({ status: version.version._status, title: version.version.title })),
    signIns,
    jobs: jobs.docs.map((job) => ({
      taskSlug: job.taskSlug,
      input: job.input,
      waitUntil: job.waitUntil,
      completedAt: job.completedAt ?? null,
      hasError: job.hasError ?? false,
    })),
    uploads,
  }
}

export type BackupFacts = Awaited<ReturnType<typeof backupFacts>>

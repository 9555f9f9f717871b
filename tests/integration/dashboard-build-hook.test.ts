import type { I18nClient } from '@payloadcms/translations'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { EditorialDashboard } from '../../cms/src/admin/EditorialDashboard'
import { siteBuildSettled } from '../../cms/src/hooks/siteBuild'
import { freePort } from '../../scripts/lib/net'
import { usePayloadWithBuildHook } from '../helpers/build-hook-receiver'

// A hosted CMS has no local builder reporting to a status file: the dashboard's "Public site"
// column shows what this CMS last asked of Netlify's build hook, when, and why it failed, in the
// editor's language, without the hook's address (its path is the hook's secret token).
const session = usePayloadWithBuildHook()

const HOOK_TOKEN = '9b7d1f3e5a2c4e6f8a0b2d4c'
let editor: { id: number | string; collection: 'users' }

beforeAll(async () => {
  delete process.env.SITE_BUILD_STATUS_FILE
  delete process.env.SITE_BUILD_HOOK_URL
  process.env.BUILD_HOOK_RETRIES = '1'
  const user = await session.payload.create({
    collection: 'users',
    data: { email: 'paneeli@example.org', password: 'Salasana-paneeli-123', role: 'editor' },
  })
  editor = { ...user, collection: 'users' }
})

async function panel(language: 'fi' | 'en' | 'sv'): Promise<string> {
  const element = await EditorialDashboard({
    payload: session.payload,
    i18n: { language } as I18nClient,
    user: editor as never,
  })
  return renderToStaticMarkup(element)
}

async function publishWithHook(url: string, slug: string) {
  const configured = process.env.NETLIFY_BUILD_HOOK_URL!
  process.env.NETLIFY_BUILD_HOOK_URL = url
  try {
    await session.payload.create({
      collection: 'components',
      data: { title: slug, slug, summary: 'Tiivistelmä', _status: 'published' },
    })
    await siteBuildSettled()
  } finally {
    process.env.NETLIFY_BUILD_HOOK_URL = configured
  }
}

const expectNoAddress = (html: string) => {
  expect(html).not.toContain(HOOK_TOKEN)
  expect(html).not.toContain('build_hooks')
  expect(html).not.toContain('127.0.0.1')
}

describe("the dashboard shows the build hook's last call", () => {
  it('a hook that answers with an error: when, and the status, in each language', async () => {
    const origin = new URL(process.env.NETLIFY_BUILD_HOOK_URL!).origin
    session.hook.failNext(2)
    await publishWithHook(`${origin}/build_hooks/${HOOK_TOKEN}`, 'paneeli-virhe')
    const fi = await panel('fi')
    expect(fi).toMatch(
      /Sivuston kokoamista ei saatu pyydettyä \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}: verkkopalvelu vastasi virhekoodilla 502\./,
    )
    expect(await panel('en')).toContain('the host answered with error 502.')
    expect(await panel('sv')).toContain('webbhotellet svarade med felkod 502.')
    for (const html of [fi, await panel('en'), await panel('sv')]) expectNoAddress(html)
  })

  it('a hook that cannot be reached says so, without its address', async () => {
    await publishWithHook(`http://127.0.0.1:${await freePort()}/build_hooks/${HOOK_TOKEN}`, 'paneeli-ei-yhteytta')
    const fi = await panel('fi')
    expect(fi).toContain('verkkopalveluun ei saatu yhteyttä')
    expectNoAddress(fi)
  })

  it('a hook that accepts the request: when it was requested', async () => {
    await publishWithHook(process.env.NETLIFY_BUILD_HOOK_URL!, 'paneeli-onnistui')
    const fi = await panel('fi')
    expect(fi).toMatch(/Sivuston kokoaminen pyydettiin \d{1,2}\.\d{1,2}\.\d{4} klo/)
    expect(fi).not.toContain('ei saatu pyydettyä')
  })
})

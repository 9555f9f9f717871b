import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../../scripts/lib/payload'
import { minimalDocument } from '../helpers/documents'
import { rest, restLogin } from '../helpers/rest'

// Issue 21's new fields tried over plain REST as a contributor and an anonymous visitor would:
// an answer rule must name one of the assessment's questions, search words are kept as text, and
// a contributor's draft stays a draft that nobody outside sees.
let payload: Payload
let token: string
let editorToken: string

beforeAll(async () => {
  payload = await startPayload()
  // The first account becomes an administrator whatever it asks for: the admin comes first.
  for (const role of ['admin', 'editor', 'contributor'] as const)
    await payload.create({
      collection: 'users',
      data: { email: `${role}@example.org`, password: `salasana-${role}-123`, role },
    })
  token = await restLogin('contributor@example.org', 'salasana-contributor-123')
  editorToken = await restLogin('editor@example.org', 'salasana-editor-123')
})
afterAll(async () => {
  await payload?.destroy()
})

const assessment = (n: number, extra: Record<string, unknown>) => ({
  ...minimalDocument['self-assessments'](n),
  ...extra,
})

describe('the learner journey’s fields over REST', () => {
  it('refuses to publish an answer rule for a question the assessment does not have, naming the field, and writes nothing', async () => {
    const before = await payload.count({ collection: 'self-assessments' })
    const answer = await rest('POST', '/api/self-assessments', {
      token: editorToken,
      body: assessment(1, { answerRules: [{ question: 'ei-ole', cheatSheets: [] }], _status: 'published' }),
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(/answerRules/)
    expect(answer.text).not.toMatch(/at .*\.(?:ts|js):\d+/)
    expect(await payload.count({ collection: 'self-assessments' })).toEqual(before)
  })

  it('keeps a contributor’s draft with a valid answer rule and hostile search words as text, out of anonymous reach', async () => {
    const words = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "pankki'; DROP TABLE users;--",
      'tunnukset &amp; salasana',
    ]
    const created = await rest('POST', '/api/self-assessments?draft=true&locale=fi', {
      token,
      headers: { 'content-type': 'application/json; charset=UTF-8', 'x-forwarded-for': '203.0.113.9, 10.0.0.1' },
      body: assessment(2, { answerRules: [{ question: 'q1' }], help: words[0], _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as string | number
    expect(created.body.doc._status).toBe('draft')
    expect(created.body.doc.answerRules.map((rule: { question: string }) => rule.question)).toEqual(['q1'])
    expect(created.body.doc.help).toBe(words[0])

    const sheet = await rest('POST', '/api/cheat-sheets?draft=true&locale=fi', {
      token,
      body: { ...minimalDocument['cheat-sheets'](3), searchKeywords: words.map((text) => ({ text })) },
    })
    // Stored as the editor wrote it: escaping is the site's job, when it writes the page.
    expect(sheet.status, sheet.text).toBe(201)
    expect(sheet.body.doc.searchKeywords.map((row: { text: string }) => row.text)).toEqual(words)

    // A contributor cannot publish it by a later PATCH.
    const publish = await rest('PATCH', `/api/self-assessments/${id}`, { token, body: { _status: 'published' } })
    expect(publish.status).toBeGreaterThanOrEqual(400)
    // Anonymous: neither the draft nor its answer rules, however asked.
    for (const path of [
      `/api/self-assessments/${id}`,
      `/api/self-assessments/${id}?draft=true`,
      `/api/self-assessments?where[answerRules.question][equals]=q1&draft=true`,
    ]) {
      const read = await rest('GET', path)
      expect(read.text, path).not.toContain('Itsearvio 2')
    }
    expect((await rest('PATCH', `/api/self-assessments/${id}`, { body: { answerRules: [] } })).status).toBe(403)
  })
})

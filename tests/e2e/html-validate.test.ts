import fs from 'node:fs'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'
import { describe, expect, inject, it } from 'vitest'

import { builtPages } from '../helpers/site'

const root = inject('siteDir')
const pages = builtPages()
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is the document's own title and then the site's name, as editors wrote it;
    // shortening it would cut what screen-reader users hear first, for a search-engine habit.
    'long-title': 'off',
    // Checkboxes of one question share a name (the planner's "c=…&c=…" is a list), as radios do.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

const fileOf = (page: string) => path.join(root, page.endsWith('/') ? `${page}index.html` : page)

describe('HTML of every built page validates (html-validate, recommended rules)', () => {
  it('checks every page', () => {
    expect(pages.length).toBeGreaterThan(300)
  })

  it.each(pages)('%s', async (page) => {
    const report = await validator.validateString(fs.readFileSync(fileOf(page), 'utf8'), page)
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    )
    expect(problems).toEqual([])
  })
})

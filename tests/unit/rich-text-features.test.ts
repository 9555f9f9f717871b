import { defaultEditorFeatures } from '@payloadcms/richtext-lexical'
import { beforeAll, describe, expect, it } from 'vitest'

import { enabledHeadingSizes, removedFeatures, richTextEditor } from '../../cms/src/fields/richText'
import { documentPath } from '@toolkit/contract/routes'
import { type RichText, richTextSchema } from '@toolkit/contract/snapshot'
import type { Lang } from '../../site/src/i18n/locales'
import { renderRichText, type RichTextLinks, type RichTextOptions } from '../../site/src/lib/rich-text'

/**
 * What an editor can enter is what the site shows: every feature the CMS's rich-text editor
 * offers (read from cms/src/fields/richText.ts, the one config) has samples here, rendered by the
 * site's renderer and checked as HTML. A feature the editor offers without a sample (a Payload
 * upgrade's new default, or one switched on in the config) fails the first test, by name.
 */

type Node = Record<string, unknown>
interface Sample {
  name: string
  nodes: Node[]
  html: string
  options?: Partial<RichTextOptions>
}

const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children, version: 1 })
const item = (children: Node[], extra: Node = {}): Node => ({ type: 'listitem', children, ...extra })

/** What the snapshot offers the renderer: one published post and two uploads (ids as the export writes them). */
const links = (lang: Lang): RichTextLinks => ({
  document: (collection, slug) =>
    collection === 'posts' && slug === 'julkaistu'
      ? { href: documentPath(collection, slug, lang), title: { value: 'Julkaistu kirjoitus', lang: 'fi' } }
      : null,
  media: (id) => {
    if (id === '1')
      return {
        href: '/media/1/kuva.png',
        alt: { value: 'Ryhmä tietokoneiden ääressä', lang: 'fi' },
        details: '',
        image: { srcset: '/media/1/card-kuva.png 640w, /media/1/kuva.png 1200w', width: 1200, height: 800 },
      }
    if (id === '2')
      return { href: '/media/2/ohje.pdf', alt: { value: 'Ohje', lang: 'fi' }, details: 'PDF, 1,2\u00a0Mt', image: null }
    return null
  },
})

const postRef = { id: '7', slug: 'julkaistu' }
const draftRef = { id: '8', slug: 'luonnos' } // not in the snapshot: a draft

/** Editor controls that add no content of their own. */
const editorControls = new Set(['toolbarInline', 'toolbarFixed'])

const samples: Record<string, Sample[]> = {
  paragraph: [
    { name: 'paragraph', nodes: [paragraph(text('Teksti'))], html: '<p>Teksti</p>' },
    {
      name: 'line break and tab',
      nodes: [paragraph(text('a'), { type: 'linebreak' }, text('b'), { type: 'tab', text: '\t' }, text('c'))],
      html: '<p>a<br>b c</p>',
    },
    { name: 'empty paragraph', nodes: [paragraph()], html: '' },
  ],
  heading: enabledHeadingSizes.flatMap((tag) => [
    {
      name: `${tag}`,
      nodes: [{ type: 'heading', tag, children: [text('Otsikko')] }],
      html: `<${tag}>Otsikko</${tag}>`,
    },
    {
      name: `${tag} under a section's own h2`,
      nodes: [{ type: 'heading', tag, children: [text('Otsikko')] }],
      options: { headingOffset: 1 },
      html: `<h${Number(tag[1]) + 1}>Otsikko</h${Number(tag[1]) + 1}>`,
    },
  ]),
  bold: [{ name: 'bold', nodes: [paragraph(text('tärkeä', 1))], html: '<p><strong>tärkeä</strong></p>' }],
  italic: [{ name: 'italic', nodes: [paragraph(text('korostus', 2))], html: '<p><em>korostus</em></p>' }],
  strikethrough: [{ name: 'strikethrough', nodes: [paragraph(text('vanha', 4))], html: '<p><s>vanha</s></p>' }],
  inlineCode: [{ name: 'inline code', nodes: [paragraph(text('Ctrl+C', 16))], html: '<p><code>Ctrl+C</code></p>' }],
  unorderedList: [
    {
      name: 'bulleted list, nested',
      nodes: [
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          children: [
            item([text('yksi')]),
            item([{ type: 'list', listType: 'bullet', tag: 'ul', children: [item([text('alakohta')])] }]),
          ],
        },
      ],
      html: '<ul><li>yksi</li><li><ul><li>alakohta</li></ul></li></ul>',
    },
  ],
  orderedList: [
    {
      name: 'numbered list',
      nodes: [{ type: 'list', listType: 'number', tag: 'ol', start: 1, children: [item([text('eka')])] }],
      html: '<ol><li>eka</li></ol>',
    },
    {
      name: 'numbered list that starts at 3',
      nodes: [{ type: 'list', listType: 'number', tag: 'ol', start: 3, children: [item([text('kolmas')])] }],
      html: '<ol start="3"><li>kolmas</li></ol>',
    },
  ],
  checklist: [
    {
      name: 'checklist: each item says whether it is done, with no checkbox to click',
      nodes: [
        {
          type: 'list',
          listType: 'check',
          tag: 'ul',
          children: [item([text('Kirjaudu')], { checked: true }), item([text('Tallenna')], { checked: false })],
        },
      ],
      html:
        '<ul class="checklist">' +
        '<li class="checked"><span class="check" role="img" aria-label="Tehty">☑</span> Kirjaudu</li>' +
        '<li class="unchecked"><span class="check" role="img" aria-label="Tekemättä">☐</span> Tallenna</li>' +
        '</ul>',
    },
    {
      name: 'checklist for an English reader of a Finnish text',
      nodes: [{ type: 'list', listType: 'check', children: [item([text('Kirjaudu')], { checked: true })] }],
      options: { lang: 'en', textLang: 'fi' },
      html: '<ul class="checklist"><li class="checked"><span class="check" role="img" aria-label="Done" lang="en">☑</span> Kirjaudu</li></ul>',
    },
  ],
  blockquote: [
    {
      name: 'quote',
      nodes: [{ type: 'quote', children: [text('Sitaatti')] }],
      html: '<blockquote>Sitaatti</blockquote>',
    },
  ],
  horizontalRule: [{ name: 'horizontal rule', nodes: [{ type: 'horizontalrule' }], html: '<hr>' }],
  link: [
    {
      name: 'external link',
      nodes: [
        paragraph({
          type: 'link',
          fields: { linkType: 'custom', url: 'https://www.suomi.fi/' },
          children: [text('Suomi.fi')],
        }),
      ],
      html: '<p><a href="https://www.suomi.fi/">Suomi.fi</a></p>',
    },
    {
      name: 'autolink',
      nodes: [
        paragraph({
          type: 'autolink',
          fields: { linkType: 'custom', url: 'https://www.suomi.fi/' },
          children: [text('www.suomi.fi')],
        }),
      ],
      html: '<p><a href="https://www.suomi.fi/">www.suomi.fi</a></p>',
    },
    {
      name: 'unsafe link: the text without the link (the safe-link rule)',
      nodes: [
        paragraph({ type: 'link', fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [text('x')] }),
      ],
      html: '<p>x</p>',
    },
    {
      name: 'internal link: the page in the reader’s language',
      nodes: [
        paragraph({
          type: 'link',
          fields: { linkType: 'internal', doc: { relationTo: 'posts', value: postRef }, newTab: false },
          children: [text('lue lisää')],
        }),
      ],
      options: { lang: 'en', textLang: 'fi' },
      html: '<p><a href="/en/blog/julkaistu/">lue lisää</a></p>',
    },
    {
      name: 'internal link to a Swedish reader',
      nodes: [
        paragraph({
          type: 'link',
          fields: { linkType: 'internal', doc: { relationTo: 'posts', value: postRef } },
          children: [text('läs')],
        }),
      ],
      options: { lang: 'sv' },
      html: '<p><a href="/sv/blogg/julkaistu/">läs</a></p>',
    },
    {
      name: 'internal link to something unpublished: the text, no dead link',
      nodes: [
        paragraph(
          { type: 'link', fields: { linkType: 'internal', doc: null }, children: [text('poistettu')] },
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'posts', value: draftRef } },
            children: [text(' luonnos')],
          },
        ),
      ],
      html: '<p>poistettu luonnos</p>',
    },
  ],
  relationship: [
    {
      name: 'reference to a document: a link to its page, with its title',
      nodes: [{ type: 'relationship', relationTo: 'posts', value: postRef, format: '', version: 2 }],
      html: '<p class="rich-reference"><a href="/fi/blogi/julkaistu/">Julkaistu kirjoitus</a></p>',
    },
    {
      name: 'reference for an English reader: the Finnish title is marked',
      nodes: [{ type: 'relationship', relationTo: 'posts', value: postRef }],
      options: { lang: 'en' },
      html: '<p class="rich-reference"><a href="/en/blog/julkaistu/" lang="fi">Julkaistu kirjoitus</a></p>',
    },
    {
      name: 'reference to a document that is not published: nothing',
      nodes: [{ type: 'relationship', relationTo: 'posts', value: draftRef }],
      html: '',
    },
  ],
  upload: [
    {
      name: 'image: a figure with its alt text and caption',
      nodes: [{ type: 'upload', relationTo: 'media', value: '1', fields: { caption: 'Kurssi <2026>' } }],
      html:
        '<figure class="rich-image"><img src="/media/1/kuva.png" srcset="/media/1/card-kuva.png 640w, /media/1/kuva.png 1200w" sizes="(max-width: 40em) 100vw, 40em" width="1200" height="800" alt="Ryhmä tietokoneiden ääressä" loading="lazy">' +
        '<figcaption>Kurssi &#60;2026&#62;</figcaption></figure>',
    },
    {
      name: 'image without a caption, for an English reader (Finnish alt text marked)',
      nodes: [{ type: 'upload', relationTo: 'media', value: '1', fields: null }],
      options: { lang: 'en' },
      html: '<figure class="rich-image"><img src="/media/1/kuva.png" srcset="/media/1/card-kuva.png 640w, /media/1/kuva.png 1200w" sizes="(max-width: 40em) 100vw, 40em" width="1200" height="800" alt="Ryhmä tietokoneiden ääressä" lang="fi" loading="lazy"></figure>',
    },
    {
      name: 'file: a download link with its kind and size',
      nodes: [{ type: 'upload', relationTo: 'media', value: '2', fields: { caption: 'Tulosta ja jaa.' } }],
      html: '<figure class="rich-file"><p><a href="/media/2/ohje.pdf" download>Ohje</a> <span class="hint">(PDF, 1,2\u00a0Mt)</span></p><figcaption>Tulosta ja jaa.</figcaption></figure>',
    },
    {
      name: 'upload that is not published: nothing',
      nodes: [{ type: 'upload', relationTo: 'media', value: '99', fields: null }],
      html: '',
    },
  ],
}

const render = (sample: Sample) => {
  const value = { root: { type: 'root', children: sample.nodes } } as RichText
  const lang = sample.options?.lang ?? 'fi'
  return renderRichText(value, { lang, ...sample.options, links: links(lang) })
}

let enabled: string[]
let enabledNodeTypes: string[]
let headingSizes: unknown
let linkTargets: unknown

beforeAll(async () => {
  // The editor as Payload builds it from the project's config, in a config with a public
  // collection, the users and the uploads (so that the link and reference features switch on).
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
  const admin = { enableRichTextLink: true, enableRichTextRelationship: true }
  const config = {
    collections: [
      { slug: 'posts', admin, fields: [] },
      { slug: 'users', admin, fields: [] },
      { slug: 'media', admin, upload: {}, fields: [] },
    ],
    globals: [],
    i18n: { translations: {} },
  } as unknown as Parameters<typeof richTextEditor>[0]['config']
  const adapter = (await richTextEditor({ config, isRoot: true, parentIsLocalized: false })) as unknown as {
    editorConfig: {
      resolvedFeatureMap: Map<
        string,
        { nodes?: { node: { getType(): string } }[]; sanitizedServerFeatureProps?: unknown }
      >
    }
  }
  const features = adapter.editorConfig.resolvedFeatureMap
  enabled = [...features.keys()]
  enabledNodeTypes = [...features.values()].flatMap((feature) =>
    (feature.nodes ?? []).map(({ node }) => node.getType()),
  )
  headingSizes = (features.get('heading')?.sanitizedServerFeatureProps as { enabledHeadingSizes?: unknown })
    ?.enabledHeadingSizes
  const linkFields = (
    features.get('link')?.sanitizedServerFeatureProps as { fields: { name?: string; relationTo?: unknown }[] }
  ).fields
  linkTargets = linkFields.find((field) => field.name === 'doc')?.relationTo
})

describe('every rich-text feature the editor offers renders on the site', () => {
  it('has samples for every enabled feature (a feature without one is named here)', () => {
    const withoutSample = enabled.filter((key) => !editorControls.has(key) && !(key in samples))
    expect(
      withoutSample,
      'features the editor offers that no sample renders: add a sample and a renderer, or remove the feature',
    ).toEqual([])
    expect(enabled.length).toBeGreaterThan(10)
  })

  it('covers every kind of node the enabled features add', () => {
    const sampled = new Set(
      JSON.stringify(samples)
        .match(/"type":"[a-z]+"/g)!
        .map((match) => match.slice(8, -1)),
    )
    expect(enabledNodeTypes.filter((type) => !sampled.has(type))).toEqual([])
  })

  it('offers none of the features removed on purpose, and decides on every default of Payload', () => {
    expect(enabled.filter((key) => key in removedFeatures)).toEqual([])
    const defaults = defaultEditorFeatures.map((feature) => feature.key)
    expect(defaults.filter((key) => !enabled.includes(key) && !(key in removedFeatures))).toEqual([])
  })

  it('offers headings from h2 only (the page title is the h1)', () => {
    expect(headingSizes).toEqual(['h2', 'h3', 'h4'])
  })

  it('links and refers only to documents the site shows, never to users or uploads', () => {
    expect(linkTargets).toEqual(['posts'])
  })

  const cases = Object.entries(samples).flatMap(([feature, list]) =>
    list.map((sample) => ({ label: `${feature}: ${sample.name}`, feature, sample })),
  )
  it.each(cases)('$label', ({ feature, sample }) => {
    expect(enabled, `${feature} is not enabled in the editor: drop its samples`).toContain(feature)
    expect(render(sample)).toBe(sample.html)
  })
})

describe('underline, which the editor no longer offers', () => {
  it('renders as plain text where older content has it (readers take it for a link)', () => {
    expect(render({ name: 'underline', nodes: [paragraph(text('alleviivattu', 8 | 1))], html: '' })).toBe(
      '<p><strong>alleviivattu</strong></p>',
    )
  })
})

describe('the snapshot accepts the resolved nodes and refuses populated ones', () => {
  const parse = (...nodes: Node[]) => richTextSchema.safeParse({ root: { type: 'root', children: nodes } })

  it('accepts every sample above (they are what the export writes)', () => {
    for (const list of Object.values(samples))
      for (const sample of list) expect(parse(...sample.nodes).success, sample.name).toBe(true)
  })

  it.each([
    [
      'an upload with its document',
      { type: 'upload', relationTo: 'media', value: { id: 1, url: '/api/media/file/x.png' }, fields: null },
    ],
    ['an upload by a bare id', { type: 'upload', relationTo: 'media', value: 1, fields: null }],
    [
      'a reference with its document',
      { type: 'relationship', relationTo: 'posts', value: { id: '8', slug: 'luonnos', title: 'Luonnos' } },
    ],
    ['a reference by a bare id', { type: 'relationship', relationTo: 'posts', value: 8 }],
    [
      'an internal link by a bare id',
      paragraph({
        type: 'link',
        fields: { linkType: 'internal', doc: { relationTo: 'posts', value: 8 } },
        children: [],
      }),
    ],
  ])('refuses %s, naming where', (_, node) => {
    const result = parse(node)
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.path.slice(0, 3)).toEqual(['root', 'children', 0])
  })
})

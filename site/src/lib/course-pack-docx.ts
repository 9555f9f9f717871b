import {
  Document,
  type FileChild,
  HeadingLevel,
  type IRunOptions,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { unzipSync, zipSync } from 'fflate'

import { contentLicenceNotice } from '@toolkit/contract/licence'
import { escapeXml, xmlSafeText } from '@toolkit/contract/escape'
import {
  isInternalLink,
  type LexicalNode,
  type RichText,
  type RichTextInternalLink,
  type RichTextRelationship,
  type RichTextUpload,
  type SnapshotDocument,
} from '@toolkit/contract/snapshot'
import { learnerLabels, levelLabels } from '../i18n/labels'
import type { Lang } from '../i18n/locales'
import { t } from '../i18n/ui'
import type { Handout } from './handouts'
import { type InLang, localize } from './localize'
import { safeHref, type RichTextLinks } from './rich-text'

/**
 * The lesson plan and the handouts of a course pack as Word documents (DOCX), for a trainer to
 * adapt in Word or LibreOffice. They say what the HTML pages say (course-pack-zip.ts), as plain
 * styled text: headings, paragraphs, lists and a table, with links written out as addresses, so
 * that a printed or edited copy keeps them.
 */

/** What every document of one ZIP shares. */
export interface DocxSetting {
  /** The ZIP's language: the document's language, and the words added around the content. */
  lang: Lang
  /** The site settings' organisation name: the documents' author and the licence notice's. */
  publisher: string
  /** The pack's updatedAt: the documents' dates, so the same content gives the same bytes. */
  updatedAt: string
  /** The pack's page on the site, named at the end of each document. */
  source: string
  links: RichTextLinks
}

/** A pack's file the lesson plan lists (course-pack-zip.ts's ZipMaterial has these fields). */
export interface DocxMaterial {
  path: string
  title: string
  titleLang?: Lang
  details: string
}

type Pack = SnapshotDocument<'course-packs'>
type Session = Pack['content']['fi']['sessions'][number]

// Word and LibreOffice pick the spelling checker and hyphenation by a region-specific tag.
const languageTags: Record<Lang, string> = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-FI' }

const NUMBERED = 'numbered'

/** Where the conversion of rich text is: the language words are in, the heading depth, the list depth. */
interface Context {
  setting: DocxSetting
  /** The language the text is written in (Finnish where the pack's language has no translation). */
  textLang: Lang
  /** How many levels below the document's sections the text's headings start. */
  headingOffset: number
  listLevel: number
  /** Each numbered list is an instance of its own, so it counts from 1 again. */
  nextListInstance: () => number
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const

/** Text a Word file can hold: docx escapes markup, but a control character would make Word refuse the file. */
function run(text: string, options: IRunOptions = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafeText(text) })
}

/** A run of words in another language than the document's is marked, so the spelling checker knows. */
function languageOf(lang: Lang, setting: DocxSetting) {
  return lang === setting.lang ? {} : { language: { value: languageTags[lang] } }
}

function textRun(node: LexicalNode, context: Context): TextRun {
  // Lexical's format bit flags, as rich-text.ts reads them (underline is not offered).
  const format = typeof node.format === 'number' ? node.format : 0
  // Only the formats set: a "not bold" would override a heading style's bold.
  const on = (bit: number) => (format & bit ? true : undefined)
  return run(node.text ?? '', {
    bold: on(1),
    italics: on(2),
    strike: on(4),
    font: on(16) && 'Courier New',
    subScript: on(32),
    superScript: on(64),
    ...languageOf(context.textLang, context.setting),
  })
}

/** The plain text of inline nodes: to compare a link's words with its address. */
const plainText = (node: LexicalNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(plainText).join('')

/** A link keeps its words and gets its address after them, unless the words are the address. */
function linkRuns(node: LexicalNode, context: Context): ParagraphChild[] {
  let href: string | null
  if (isInternalLink(node)) {
    const doc = (node as RichTextInternalLink).fields.doc
    const target = doc ? context.setting.links.document(doc.relationTo, doc.value.slug) : null
    href = target && safeHref(target.href)
  } else {
    const fields = (node.fields ?? {}) as { url?: unknown }
    href = safeHref(fields.url ?? node.url)
  }
  const words = inlineRuns(node.children ?? [], context)
  return href && plainText(node).trim() !== href ? [...words, run(` (${href})`)] : words
}

function inlineRuns(nodes: LexicalNode[], context: Context): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [textRun(node, context)]
      case 'linebreak':
        return [new TextRun({ break: 1 })]
      case 'tab':
        return [run(' ')]
      case 'link':
      case 'autolink':
        return linkRuns(node, context)
      default:
        return inlineRuns(node.children ?? [], context)
    }
  })
}

/** A heading of the text, below the document's own headings as on the HTML page. */
function heading(node: LexicalNode, context: Context): Paragraph {
  const level = Number(String(node.tag ?? 'h2').replace(/\D/g, '')) || 2
  // h2 is the text's top level: Heading 1 in a handout, Heading 2 under the lesson plan's "Trainer's notes".
  const index = Math.min(headingLevels.length - 1, Math.max(0, level - 2 + context.headingOffset))
  return new Paragraph({ heading: headingLevels[index], children: inlineRuns(node.children ?? [], context) })
}

/** A list's items, nested lists one level deeper; a checklist's items say whether they are done. */
function list(node: LexicalNode, context: Context): Paragraph[] {
  const numbered = node.listType === 'number'
  const instance = numbered ? context.nextListInstance() : 0
  const level = Math.min(8, context.listLevel)
  return (node.children ?? []).flatMap((item) => {
    const children = item.children ?? []
    const nested = children.filter((child) => child.type === 'list')
    const words = inlineRuns(
      children.filter((child) => child.type !== 'list'),
      context,
    )
    const mark = node.listType === 'check' ? [run(item.checked === true ? '☑ ' : '☐ ')] : []
    const own =
      words.length > 0
        ? [
            new Paragraph({
              children: [...mark, ...words],
              ...(numbered ? { numbering: { reference: NUMBERED, level, instance } } : { bullet: { level } }),
            }),
          ]
        : []
    return [...own, ...nested.flatMap((child) => list(child, { ...context, listLevel: context.listLevel + 1 }))]
  })
}

/** An upload is named with its kind, size and address: the document does not embed it. */
function upload(node: RichTextUpload, context: Context): Paragraph[] {
  const media = context.setting.links.media(node.value)
  if (!media) return []
  const href = safeHref(media.href)
  const line = [
    run(media.alt.value, languageOf(media.alt.lang, context.setting)),
    run(`${media.details ? ` (${media.details})` : ''}${href ? `: ${href}` : ''}`),
  ]
  const caption = node.fields?.caption
    ? [new Paragraph({ children: [run(node.fields.caption, { italics: true })] })]
    : []
  return [new Paragraph({ children: line }), ...caption]
}

/** A reference to another document: its title and its page's address. */
function reference(node: RichTextRelationship, context: Context): Paragraph[] {
  const target = context.setting.links.document(node.relationTo, node.value.slug)
  if (!target) return []
  const href = safeHref(target.href)
  return [
    new Paragraph({
      children: [run(target.title.value, languageOf(target.title.lang, context.setting)), run(href ? `: ${href}` : '')],
    }),
  ]
}

function blocks(nodes: LexicalNode[], context: Context): Paragraph[] {
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case 'paragraph': {
        const children = inlineRuns(node.children ?? [], context)
        return children.length > 0 ? [new Paragraph({ children })] : []
      }
      case 'heading':
        return [heading(node, context)]
      case 'quote':
        return [new Paragraph({ children: inlineRuns(node.children ?? [], context), indent: { left: 720 } })]
      case 'list':
        return list(node, context)
      case 'upload':
        return upload(node as RichTextUpload, context)
      case 'relationship':
        return reference(node as RichTextRelationship, context)
      case 'horizontalrule':
        return [new Paragraph({ thematicBreak: true })]
      case 'text':
      case 'link':
      case 'autolink':
        return [new Paragraph({ children: inlineRuns([node], context) })]
      default:
        // An unknown block keeps its content, as on the HTML page.
        return blocks(node.children ?? [], context)
    }
  })
}

/** Rich text from the CMS (Lexical JSON, the node shapes rich-text.ts renders) as the document's paragraphs. */
function richTextBlocks(
  value: RichText | null,
  setting: DocxSetting,
  textLang: Lang,
  headingOffset: number,
  nextListInstance: () => number,
): Paragraph[] {
  if (!value) return []
  const context: Context = { setting, textLang, headingOffset, listLevel: 0, nextListInstance }
  return blocks((value.root as LexicalNode).children ?? [], context)
}

/** One counter per document: numbered list instances must be unique within it. */
function listCounter(): () => number {
  let instance = 0
  return () => ++instance
}

const paragraph = (value: InLang<string>, setting: DocxSetting) =>
  new Paragraph({ children: [run(value.value, languageOf(value.lang, setting))] })

const bullets = (lines: ParagraphChild[][]) =>
  lines.map((children) => new Paragraph({ children, bullet: { level: 0 } }))

const sectionHeading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text)] })

/** The page's address and the licence with the credit: at the end of every document, to be kept when it is adapted. */
function closing(setting: DocxSetting): Paragraph[] {
  return [
    new Paragraph({ children: [run(setting.source)], spacing: { before: 480 } }),
    new Paragraph({ children: [run(contentLicenceNotice(setting.lang, setting.publisher), { size: 18 })] }),
  ]
}

function sessionsTable(sessions: InLang<Session[]>, setting: DocxSetting): Table {
  const { lang } = setting
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [run(text, { bold: bold || undefined, ...languageOf(bold ? lang : sessions.lang, setting) })],
        }),
      ],
    })
  const header = new TableRow({
    tableHeader: true,
    children: [t(lang, 'session'), t(lang, 'duration'), t(lang, 'activities'), t(lang, 'materialsNeeded')].map((text) =>
      cell(text, true),
    ),
  })
  const rows = sessions.value.map(
    (session) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(session.title),
          cell(`${session.minutes} ${t(lang, 'minutes')}`),
          cell(session.activities),
          cell(session.materials ?? '–'),
        ],
      }),
  )
  // The A4 text width (9026 twips) shared out by what each column holds: the activities are the longest.
  const columnWidths = [2100, 1000, 3926, 2000]
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths, rows: [header, ...rows] })
}

/** The lesson plan: what lesson-plan.html says, in the same order. */
export function lessonPlanDocx(pack: Pack, materials: DocxMaterial[], setting: DocxSetting): Promise<Uint8Array> {
  const { lang } = setting
  const c = localize(pack, lang)
  const title = c.field('title')
  const goals = c.field('goals')
  const sessions = c.field('sessions')
  const body = c.field('body')
  const facts = [
    ...(pack.level ? [`${t(lang, 'level')}: ${levelLabels[pack.level][lang]}`] : []),
    `${t(lang, 'learners')}: ${learnerLabels[pack.audience][lang]}`,
    `${t(lang, 'duration')}: ${pack.durationMinutes} ${t(lang, 'minutes')}`,
  ]
  const goalLines = goals.value.map((goal) => [run(goal, languageOf(goals.lang, setting))])
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(title.value, languageOf(title.lang, setting))] }),
    paragraph(c.field('summary'), setting),
    ...bullets(facts.map((fact) => [run(fact)])),
    ...(goalLines.length > 0 ? [sectionHeading(t(lang, 'goals')), ...bullets(goalLines)] : []),
    ...(sessions.value.length > 0 ? [sectionHeading(t(lang, 'lessonPlan')), sessionsTable(sessions, setting)] : []),
    ...(materials.length > 0
      ? [
          sectionHeading(t(lang, 'materials')),
          ...bullets(
            materials.map((material) => [
              run(material.title, languageOf(material.titleLang ?? lang, setting)),
              run(` (${material.details}): ${material.path}`),
            ]),
          ),
        ]
      : []),
    ...(body.value
      ? [sectionHeading(t(lang, 'trainerNotes')), ...richTextBlocks(body.value, setting, body.lang, 1, listCounter())]
      : []),
    ...closing(setting),
  ]
  return packDocument(title.value, children, setting)
}

/** A handout: its title and text, as handouts/<key>.html has them. */
export function handoutDocx(handout: Handout, textLang: Lang, setting: DocxSetting): Promise<Uint8Array> {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(handout.title, languageOf(textLang, setting))] }),
    ...richTextBlocks(handout.text, setting, textLang, 0, listCounter()),
    ...closing(setting),
  ]
  return packDocument(handout.title, children, setting)
}

/** Decimal numbering for every list depth Word has. */
const numberedLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}))

/** A heading style: bold, kept with the paragraph after it, spaced from the text above. */
const headingStyle = (size: number, before: number) => ({
  run: { size, bold: true },
  paragraph: { keepNext: true, spacing: { before, after: 120 } },
})

/** 12-point text with space between paragraphs, for printing; the language sets Word's spelling checker. */
function documentStyles(lang: Lang) {
  return {
    default: {
      document: { run: { size: 24, language: { value: languageTags[lang] } }, paragraph: { spacing: { after: 120 } } },
      title: { run: { size: 44, bold: true }, paragraph: { spacing: { after: 240 } } },
      heading1: headingStyle(32, 360),
      heading2: headingStyle(28, 240),
      heading3: headingStyle(24, 240),
      heading4: headingStyle(24, 240),
      heading5: headingStyle(24, 240),
    },
  }
}

/**
 * The document's core properties, written by us: docx stamps its own with the time of the build,
 * and it has no option for the language. The pack's updatedAt as both dates keeps the bytes the same.
 */
function coreProperties(title: string, setting: DocxSetting): string {
  const date = new Date(setting.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const stamp = (name: string) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${date}</dcterms:${name}>`
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:creator>${escapeXml(setting.publisher)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(setting.publisher)}</cp:lastModifiedBy>`,
    `<dc:language>${languageTags[setting.lang]}</dc:language>`,
    stamp('created'),
    stamp('modified'),
    '</cp:coreProperties>',
  ].join('')
}

/**
 * Packs the document and zips it again with fixed times: docx stamps each entry of the DOCX with
 * the time of the build, which would change the pack's ZIP and its SHA-256 at every build.
 */
async function packDocument(title: string, children: FileChild[], setting: DocxSetting): Promise<Uint8Array> {
  const document = new Document({
    styles: documentStyles(setting.lang),
    numbering: { config: [{ reference: NUMBERED, levels: numberedLevels }] },
    sections: [{ children }],
  })
  const packed = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(title, setting) },
  ])
  const mtime = new Date(setting.updatedAt)
  const parts = unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, data]) => [path, [data, { mtime }]])))
}

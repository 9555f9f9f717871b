import {
  type CollectionKey,
  type RichText,
  type Snapshot,
  type SnapshotDocument,
  type SnapshotModel,
  type SnapshotSettings,
  SNAPSHOT_VERSION,
} from '@toolkit/contract/snapshot'
import { audiences, levels, projects, reports, toolCategories } from '@toolkit/contract/vocabulary'

/**
 * A synthetic corpus for the build and search benchmarks: `items` documents spread over the
 * content types, in Finnish and English (Swedish left untranslated, as a real corpus often is),
 * with relationships that all resolve. The same seed and size always give the same snapshot,
 * byte for byte, so two runs build the same site.
 */
export interface CorpusOptions {
  items: number
  seed?: number
}

/** mulberry32: small, fast and good enough to pick words; the same seed gives the same stream. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof prng>

/** Share of the documents per type: most are components, posts, cheat sheets and tools. */
export const distribution: Record<Exclude<CollectionKey, 'pages' | 'self-assessments'>, number> = {
  components: 0.22,
  posts: 0.22,
  'cheat-sheets': 0.2,
  tools: 0.2,
  events: 0.06,
  'course-packs': 0.04,
  badges: 0.03,
  indicators: 0.03,
}

/** The standing pages the site has addresses for; they count towards `items`. */
const standingPages = ['about', 'accessibility', 'privacy'] as const

/** One self-assessment, as the site has; it counts towards `items` too. */
const selfAssessmentCount = 1

/** The smallest corpus that still has at least one document of every type. */
export const minimumItems = Object.keys(distribution).length + standingPages.length + selfAssessmentCount

/** How many documents of each type a corpus of `items` documents has; the counts add up to `items`. */
export function typeCounts(items: number): Record<CollectionKey, number> {
  if (!Number.isInteger(items) || items < minimumItems)
    throw new Error(`A synthetic corpus needs at least ${minimumItems} items (got ${items}).`)
  const spread = items - standingPages.length - selfAssessmentCount
  const counts = { pages: standingPages.length, 'self-assessments': selfAssessmentCount } as Record<
    CollectionKey,
    number
  >
  let used = 0
  for (const [key, share] of Object.entries(distribution) as [keyof typeof distribution, number][]) {
    counts[key] = Math.max(1, Math.floor(spread * share))
    used += counts[key]
  }
  counts.posts += spread - used
  return counts
}

// Common words of the field. On their own (49 words) every page would hold every word, and each
// search would match nearly the whole corpus; so most words come from a larger made-up vocabulary
// drawn with Zipf's law, as in real text, and a field word is one word in twenty.
export const words = {
  fi: [
    'digitaidot',
    'työnhaku',
    'ohjaus',
    'asiakas',
    'työtoiminta',
    'verkkopalvelu',
    'puhelin',
    'tietokone',
    'sähköposti',
    'ryhmä',
    'vertaisohjaaja',
    'osaaminen',
    'harjoitus',
    'tunnistautuminen',
    'turvallisuus',
    'salasana',
    'kalenteri',
    'hakemus',
    'ansioluettelo',
    'työpaja',
    'kirjasto',
    'koulutus',
    'oppiminen',
    'tuki',
    'neuvonta',
    'yhteistyö',
    'järjestö',
    'kaupunki',
    'palvelu',
    'taito',
    'arki',
    'rohkeus',
    'kokemus',
    'tavoite',
    'tulos',
    'mittari',
    'polku',
    'viikko',
    'tapaaminen',
    'kurssi',
    'tehtävä',
    'lomake',
    'liite',
    'tiedosto',
    'kuva',
    'video',
    'etäyhteys',
    'laite',
  ],
  en: [
    'digital',
    'skills',
    'job',
    'search',
    'guidance',
    'customer',
    'workshop',
    'online',
    'service',
    'phone',
    'computer',
    'email',
    'group',
    'peer',
    'mentor',
    'competence',
    'practice',
    'identification',
    'safety',
    'password',
    'calendar',
    'application',
    'resume',
    'library',
    'training',
    'learning',
    'support',
    'advice',
    'cooperation',
    'organisation',
    'city',
    'everyday',
    'courage',
    'experience',
    'goal',
    'outcome',
    'indicator',
    'path',
    'week',
    'meeting',
    'course',
    'task',
    'form',
    'attachment',
    'file',
    'picture',
    'video',
    'remote',
    'device',
  ],
} as const

const syllables = {
  fi: [
    'ka',
    'lo',
    'mi',
    'ne',
    'tu',
    'vä',
    'sy',
    'ra',
    'ke',
    'hi',
    'jo',
    'pu',
    'sa',
    'te',
    'li',
    'nä',
    'ko',
    'ma',
    'vi',
    'ru',
    'östä',
    'inen',
    'us',
    'ja',
  ],
  en: [
    'ba',
    'con',
    'ter',
    'ing',
    'mo',
    'ri',
    'al',
    'pre',
    'sent',
    'de',
    'tion',
    'ly',
    'ver',
    'ab',
    'en',
    'ous',
    'ment',
    'st',
    'ar',
    'ful',
    'ex',
    'ple',
    'or',
    'ni',
  ],
} as const
const vocabularySize = 6000
const fieldWordShare = 0.05
/** The rank of syntheticQueries' rare word in the made-up vocabulary. */
const rareRank = 4000

/** A made-up vocabulary per language (the same every run), with the cumulative Zipf weights to draw from it. */
const vocabulary = Object.fromEntries(
  (['fi', 'en'] as const).map((lang) => {
    const random = prng(lang === 'fi' ? 101 : 102)
    const found = new Set<string>()
    while (found.size < vocabularySize) {
      const length = 2 + Math.floor(random() * 3)
      found.add(Array.from({ length }, () => syllables[lang][Math.floor(random() * syllables[lang].length)]).join(''))
    }
    let total = 0
    const cumulative = Array.from({ length: vocabularySize }, (_, rank) => (total += 1 / (rank + 1)))
    return [lang, { list: [...found], cumulative, total }]
  }),
) as Record<'fi' | 'en', { list: string[]; cumulative: number[]; total: number }>

type Language = keyof typeof words

/**
 * What the search benchmark types on a synthetic build: a field word on many pages, a made-up
 * word far down the Zipf ranking (on a few dozen pages of 10 000 items), and two field words.
 */
export function syntheticQueries(lang: Language): { common: string; rare: string; twoWords: string } {
  return {
    common: words[lang][0],
    rare: vocabulary[lang].list[rareRank]!,
    twoWords: `${words[lang][1]} ${words[lang][2]}`,
  }
}

// Not every indicator unit: the generator draws from the six a bench corpus needs.
const units = ['persons', 'count', 'eur', 'score5', 'percent', 'hours'] as const

class Writer {
  constructor(readonly random: Random) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!
  }

  /** `count` different items of `list` (fewer when the list is shorter), in list order. */
  some<T>(list: readonly T[], count: number): T[] {
    if (list.length <= count) return [...list]
    const chosen = new Set<number>()
    while (chosen.size < count) chosen.add(Math.floor(this.random() * list.length))
    return [...chosen].sort((a, b) => a - b).map((index) => list[index]!)
  }

  /** One word: a field word now and then, otherwise a Zipf-distributed word of the made-up vocabulary. */
  word(lang: Language): string {
    if (this.random() < fieldWordShare) return this.pick(words[lang])
    const { list, cumulative, total } = vocabulary[lang]
    const target = this.random() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return list[low]!
  }

  phrase(lang: Language, count: number): string {
    const text = Array.from({ length: count }, () => this.word(lang)).join(' ')
    return text.charAt(0).toUpperCase() + text.slice(1)
  }

  sentence(lang: Language): string {
    return `${this.phrase(lang, this.int(6, 14))}.`
  }

  paragraph(lang: Language, sentences = this.int(3, 6)): string {
    return Array.from({ length: sentences }, () => this.sentence(lang)).join(' ')
  }

  lines(lang: Language, min: number, max: number): string[] {
    return Array.from({ length: this.int(min, max) }, () => this.sentence(lang))
  }

  /** Lexical rich text: a few paragraphs, a heading and a bulleted list, as editors write. */
  richText(lang: Language, paragraphs = this.int(2, 5)): RichText {
    const text = (value: string) => ({
      type: 'text',
      text: value,
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    })
    const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
      type,
      children,
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      ...extra,
    })
    const children: unknown[] = []
    for (let i = 0; i < paragraphs; i++) {
      if (i === 1) children.push(block('heading', [text(this.phrase(lang, 3))], { tag: 'h2' }))
      children.push(block('paragraph', [text(this.paragraph(lang))], { textFormat: 0, textStyle: '' }))
    }
    const items = this.lines(lang, 2, 4).map((line, index) => block('listitem', [text(line)], { value: index + 1 }))
    children.push(block('list', items, { listType: 'bullet', tag: 'ul', start: 1 }))
    return { root: block('root', children) as RichText['root'] }
  }
}

const pad = (n: number) => String(n).padStart(5, '0')
const base = Date.UTC(2026, 0, 1)
const isoAt = (minutes: number) => new Date(base + minutes * 60_000).toISOString()

/** Makes a snapshot of `items` documents; `parseSnapshot` accepts it and every slug it refers to exists. */
export function generateCorpus({ items, seed = 1 }: CorpusOptions): Snapshot {
  const counts = typeCounts(items)
  const w = new Writer(prng(seed))
  let serial = 0
  const meta = (prefix: string, index: number) => ({
    id: String(++serial),
    slug: `${prefix}-${pad(index + 1)}`,
    updatedAt: isoAt(serial),
    previousSlugs: [],
  })
  /** Finnish and English values; Swedish stays untranslated (null). */
  const localized = <T>(make: (lang: Language) => T) => ({ fi: make('fi'), en: make('en'), sv: null })
  const sources = () => [{ report: w.pick(reports), section: `${w.int(1, 9)}.${w.int(1, 9)}` }]
  const times = <T>(count: number, make: (index: number) => T) =>
    Array.from({ length: count }, (_, index) => make(index))

  const tools: SnapshotDocument<'tools'>[] = times(counts.tools, (i) => ({
    ...meta('tyokalu', i),
    url: `https://example.org/tools/${i + 1}/`,
    category: w.pick(toolCategories),
    audience: w.some(audiences, w.int(1, 3)),
    cost: w.pick(['free', 'freemium', 'paid'] as const),
    languages: w.some(['fi', 'en', 'sv'], w.int(1, 3)),
    content: localized((lang) => ({
      name: w.phrase(lang, 3),
      description: w.paragraph(lang, 2),
      accessibility: w.sentence(lang),
    })),
  }))

  const cheatSheets: SnapshotDocument<'cheat-sheets'>[] = times(counts['cheat-sheets'], (i) => ({
    ...meta('lunttilappu', i),
    level: w.pick(levels),
    topics: w.some(['phone', 'e-services', 'email', 'safety', 'job-search'], w.int(1, 2)),
    digcomp: [`${w.int(1, 5)}.${w.int(1, 4)}`],
    content: localized((lang) => ({
      title: w.phrase(lang, 4),
      task: w.sentence(lang),
      plainSummary: w.sentence(lang),
      searchKeywords: [],
      before: w.lines(lang, 1, 3),
      steps: times(w.int(4, 8), () => ({
        text: w.sentence(lang),
        tip: w.random() < 0.3 ? w.sentence(lang) : null,
        image: null,
      })),
      safety: w.sentence(lang),
      body: w.richText(lang, 1),
    })),
  }))

  const badges: SnapshotDocument<'badges'>[] = times(counts.badges, (i) => ({
    ...meta('merkki', i),
    level: w.pick(levels),
    order: i + 1,
    digcomp22: [{ area: String(w.int(1, 5)), competence: `${w.int(1, 5)}.${w.int(1, 4)}`, escoUri: null }],
    digcomp30: [`${w.int(1, 5)}.${w.int(1, 4)}`],
    image: null,
    issuer: { name: 'Synteettinen julkaisija', url: 'https://example.org/', email: 'merkit@example.org' },
    content: localized((lang) => ({
      name: w.phrase(lang, 3),
      description: w.paragraph(lang, 2),
      plainSummary: w.sentence(lang),
      searchKeywords: [],
      criteria: w.paragraph(lang, 2),
      evidence: w.lines(lang, 1, 3),
    })),
  }))

  const coursePacks: SnapshotDocument<'course-packs'>[] = times(counts['course-packs'], (i) => ({
    ...meta('koulutuspaketti', i),
    level: w.pick(levels),
    audience: w.pick(['customers', 'staff'] as const),
    durationMinutes: 60 * w.int(2, 12),
    materials: [],
    cheatSheets: w.some(cheatSheets, w.int(1, 3)).map((doc) => doc.slug),
    badges: w.some(badges, w.int(0, 1)).map((doc) => doc.slug),
    sources: sources(),
    content: localized((lang) => ({
      title: w.phrase(lang, 4),
      summary: w.paragraph(lang, 2),
      plainSummary: w.sentence(lang),
      searchKeywords: [],
      goals: w.lines(lang, 2, 4),
      sessions: times(w.int(2, 4), () => ({
        title: w.phrase(lang, 3),
        minutes: 45,
        activities: w.paragraph(lang, 2),
        materials: null,
      })),
      handouts: times(2, () => ({ title: w.phrase(lang, 3), text: w.richText(lang, 2) })),
      body: w.richText(lang),
    })),
  }))

  const components: SnapshotDocument<'components'>[] = times(counts.components, (i) => ({
    ...meta('osa', i),
    order: i + 1,
    project: w.pick(projects),
    audience: w.some(audiences, w.int(1, 3)),
    coursePacks: w.some(coursePacks, w.int(0, 1)).map((doc) => doc.slug),
    cheatSheets: w.some(cheatSheets, w.int(1, 3)).map((doc) => doc.slug),
    badges: w.some(badges, w.int(0, 1)).map((doc) => doc.slug),
    tools: w.some(tools, w.int(1, 3)).map((doc) => doc.slug),
    // Constant, not drawn from the generator, so that the rest of the corpus stays as it was.
    selfAssessments: [],
    sources: sources(),
    content: localized((lang) => ({
      title: w.phrase(lang, 3),
      summary: w.paragraph(lang, 2),
      plainSummary: w.sentence(lang),
      body: w.richText(lang),
      steps: times(w.int(3, 5), () => ({ title: w.phrase(lang, 2), text: w.sentence(lang) })),
      roles: times(w.int(1, 3), () => ({ role: w.phrase(lang, 2), description: w.sentence(lang) })),
      resources: w.sentence(lang),
      knownEffort: [],
      smallStart: null,
      lessons: w.lines(lang, 1, 3),
      risks: times(w.int(1, 2), () => ({ risk: w.sentence(lang), action: w.sentence(lang), outcome: null })),
      diagram: {
        kind: 'stages' as const,
        items: times(3, () => ({ label: w.phrase(lang, 1), text: w.sentence(lang) })),
      },
    })),
  }))

  const events: SnapshotDocument<'events'>[] = times(counts.events, (i) => {
    const start = base + (i - counts.events / 2) * 86_400_000 * 3
    return {
      ...meta('tapahtuma', i),
      start: new Date(start).toISOString(),
      end: new Date(start + 3 * 3_600_000).toISOString(),
      datePrecision: null,
      format: w.pick(['in-person', 'hybrid', 'online'] as const),
      audience: w.some(audiences, w.int(1, 3)),
      project: w.pick(projects),
      organisers: ['Metropolia'],
      registrationUrl: null,
      shareImage: null,
      sources: sources(),
      content: localized((lang) => ({
        title: w.phrase(lang, 4),
        dateText: null,
        location: lang === 'fi' ? 'Helsinki' : 'Helsinki',
        summary: w.paragraph(lang, 2),
        body: w.richText(lang, 2),
        materials: [],
        shareDescription: null,
      })),
    }
  })

  const posts: SnapshotDocument<'posts'>[] = times(counts.posts, (i) => ({
    ...meta('kirjoitus', i),
    type: w.random() < 0.8 ? ('article' as const) : ('newsletter' as const),
    date: new Date(base - i * 86_400_000).toISOString(),
    author: 'Toimitus',
    tags: w.some(['digituki', 'tyollisyys', 'koulutus', 'tapahtumat', 'tutkimus'], w.int(1, 3)),
    sources: [],
    shareImage: null,
    content: localized((lang) => ({
      title: w.phrase(lang, 5),
      excerpt: w.paragraph(lang, 2),
      body: w.richText(lang),
      shareDescription: null,
    })),
  }))

  const indicators: SnapshotDocument<'indicators'>[] = times(counts.indicators, (i) => ({
    ...meta('mittari', i),
    value: w.int(1, 500),
    valueQualifier: w.pick(['exact', 'about', 'more-than'] as const),
    unit: w.pick(units),
    target: w.random() < 0.5 ? w.int(1, 500) : null,
    comparisonKind: 'target' as const,
    period: { start: '2022-03', end: '2023-08' },
    breakdown: [],
    project: w.pick(projects),
    source: sources()[0]!,
    esfCode: null,
    esfProgrammePeriod: null,
    content: localized((lang) => ({ name: w.phrase(lang, 4), notes: w.random() < 0.3 ? w.sentence(lang) : null })),
  }))

  const assessmentLevels = ['beginner', 'basic', 'independent', 'advanced'] as const
  const selfAssessments: SnapshotDocument<'self-assessments'>[] = times(counts['self-assessments'], (i) => ({
    ...meta('itsearvio', i),
    levels: assessmentLevels.map((level, index) => ({ level, minimum: [0, 1, 1.75, 2.5][index]! })),
    rules: [
      {
        scope: 'overall' as const,
        levels: ['beginner', 'basic'],
        coursePacks: coursePacks.slice(0, 1).map((doc) => doc.slug),
        cheatSheets: cheatSheets.slice(0, 3).map((doc) => doc.slug),
        badges: badges.slice(0, 1).map((doc) => doc.slug),
      },
    ],
    // Constants, not drawn from the generator, so that the rest of the corpus stays as it was.
    answerRules: [],
    content: localized((lang) => ({
      title: w.phrase(lang, 3),
      help: null,
      intro: w.paragraph(lang, 1),
      privacy: w.sentence(lang),
      scale: [1, 2, 3, 4].map(() => w.phrase(lang, 3)),
      // Fifteen questions, three per DigComp area.
      questions: Array.from({ length: 15 }, (_, n) => ({
        key: `q${n + 1}`,
        area: String((n % 5) + 1) as '1',
        text: w.sentence(lang),
        example: null,
      })),
      levelTexts: assessmentLevels.map((level) => ({ level, text: w.sentence(lang) })),
    })),
  }))

  const pages: SnapshotDocument<'pages'>[] = standingPages.map((slug) => ({
    id: String(++serial),
    slug,
    updatedAt: isoAt(serial),
    previousSlugs: [],
    content: localized((lang) => ({
      title: w.phrase(lang, 3),
      summary: w.sentence(lang),
      body: w.richText(lang),
      statement: {
        serviceName: slug === 'accessibility' ? 'Digiosallisuus' : null,
        complianceStatus: slug === 'accessibility' ? ('full' as const) : null,
        nonAccessibleContent: [],
        preparedOn: slug === 'accessibility' ? isoAt(0) : null,
        lastReviewedOn: null,
        assessmentMethod: slug === 'accessibility' ? ('self-assessment' as const) : null,
        feedback: {
          channel: slug === 'accessibility' ? '/fi/palaute/' : null,
          responsible: null,
          responseTimeDays: null,
        },
        enforcement: { authority: null, url: null, email: null, phone: null },
      },
    })),
  }))

  const model: SnapshotModel = {
    updatedAt: isoAt(0),
    name: 'Synteettinen toimintamalli',
    basedOn: [],
    period: { dot: { start: '2022-03', end: '2023-08' }, metropolia: { start: '2022-01', end: '2023-12' } },
    components: components.map((doc) => doc.slug),
    partners: ['Metropolia', 'Forum Virium Helsinki'],
    funders: [],
    relatedProjects: [],
    sources: sources(),
    content: localized((lang) => ({
      title: w.phrase(lang, 3),
      shortDescription: w.paragraph(lang, 2),
      plainSummary: w.sentence(lang),
      implementedWhere: null,
      region: null,
      largerWhole: null,
      developers: null,
      coreIdea: w.paragraph(lang, 2),
      operatingEnvironment: null,
      conditions: null,
      goals: w.lines(lang, 2, 3),
      targetGroups: { primary: w.lines(lang, 1, 2), indirect: [] },
      needs: null,
      targetedChange: null,
      measuringChange: null,
      evaluation: null,
      benefits: w.lines(lang, 1, 3),
      rooting: null,
      resourcesAndRoles: null,
      body: w.richText(lang),
      references: [],
    })),
  }

  // A publisher of its own: the benchmark site names no real organisation.
  const settings: SnapshotSettings = {
    updatedAt: isoAt(0),
    logo: null,
    contactEmail: null,
    feedbackAddress: null,
    issuer: { name: 'Synteettinen myöntäjä', email: 'merkit@example.org', url: null },
    siteUrl: 'https://bench.example.org',
    content: localized((lang) => ({
      siteName: lang === 'fi' ? 'Synteettinen työkalupakki' : 'Synthetic toolkit',
      organisationName: lang === 'fi' ? 'Synteettinen yhdistys' : 'Synthetic association',
    })),
  }

  return {
    schemaVersion: SNAPSHOT_VERSION,
    generatedAt: isoAt(0),
    source: 'fixture',
    defaultLocale: 'fi',
    locales: ['fi', 'en', 'sv'],
    model,
    settings,
    collections: {
      tools,
      'cheat-sheets': cheatSheets,
      badges,
      'course-packs': coursePacks,
      components,
      events,
      posts,
      indicators,
      'self-assessments': selfAssessments,
      pages,
    },
    media: [],
  }
}

/** Every relationship of a snapshot that does not resolve to a document in it (empty: all resolve). */
export function unresolvedReferences(snapshot: Snapshot): string[] {
  const slugs = (key: CollectionKey) => new Set(snapshot.collections[key].map((doc) => doc.slug))
  const known = {
    'course-packs': slugs('course-packs'),
    'cheat-sheets': slugs('cheat-sheets'),
    badges: slugs('badges'),
    tools: slugs('tools'),
    components: slugs('components'),
  }
  const missing: string[] = []
  const check = (from: string, target: keyof typeof known, refs: string[]) => {
    for (const ref of refs) if (!known[target].has(ref)) missing.push(`${from} → ${target}/${ref}`)
  }
  for (const doc of snapshot.collections.components) {
    check(`components/${doc.slug}`, 'course-packs', doc.coursePacks)
    check(`components/${doc.slug}`, 'cheat-sheets', doc.cheatSheets)
    check(`components/${doc.slug}`, 'badges', doc.badges)
    check(`components/${doc.slug}`, 'tools', doc.tools)
  }
  for (const doc of snapshot.collections['course-packs']) {
    check(`course-packs/${doc.slug}`, 'cheat-sheets', doc.cheatSheets)
    check(`course-packs/${doc.slug}`, 'badges', doc.badges)
  }
  for (const doc of snapshot.collections['self-assessments']) {
    for (const rule of doc.rules) {
      check(`self-assessments/${doc.slug}`, 'course-packs', rule.coursePacks)
      check(`self-assessments/${doc.slug}`, 'cheat-sheets', rule.cheatSheets)
      check(`self-assessments/${doc.slug}`, 'badges', rule.badges)
    }
  }
  if (snapshot.model) check('model', 'components', snapshot.model.components)
  const mediaIds = new Set(snapshot.media.map((file) => file.id))
  for (const doc of snapshot.collections['course-packs'])
    for (const id of doc.materials) if (!mediaIds.has(id)) missing.push(`course-packs/${doc.slug} → media/${id}`)
  return missing
}

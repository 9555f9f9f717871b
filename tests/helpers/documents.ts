import type { CollectionKey } from '@toolkit/contract/snapshot'

/**
 * The smallest valid document of each public collection, so that tests can walk every collection
 * with the same code. `n` keeps slugs and titles unique.
 */
export const minimalDocument: Record<CollectionKey, (n: number) => Record<string, unknown>> = {
  tools: (n) => ({
    name: `Palvelu ${n}`,
    slug: `palvelu-${n}`,
    url: 'https://example.org/',
    category: 'learning',
    cost: 'free',
    description: 'Kuvaus.',
  }),
  'cheat-sheets': (n) => ({ title: `Näin ${n}`, slug: `nain-${n}`, task: 'Teet asian.', steps: [{ text: 'Avaa.' }] }),
  badges: (n) => ({
    name: `Merkki ${n}`,
    slug: `merkki-${n}`,
    description: 'Kuvaus.',
    criteria: 'Kriteerit.',
  }),
  'course-packs': (n) => ({
    title: `Kurssi ${n}`,
    slug: `kurssi-${n}`,
    audience: 'customers',
    durationMinutes: 240,
    summary: 'Tiivistelmä.',
  }),
  components: (n) => ({ title: `Osa ${n}`, slug: `osa-${n}`, summary: 'Tiivistelmä.' }),
  events: (n) => ({
    title: `Tilaisuus ${n}`,
    slug: `tilaisuus-${n}`,
    start: '2026-12-01T10:00:00.000Z',
    format: 'online',
    summary: 'Tiivistelmä.',
  }),
  posts: (n) => ({
    title: `Kirjoitus ${n}`,
    slug: `kirjoitus-${n}`,
    type: 'article',
    date: '2026-11-23T00:00:00.000Z',
    author: 'Toimitus',
    excerpt: 'Ingressi.',
  }),
  indicators: (n) => ({
    name: `Mittari ${n}`,
    slug: `mittari-${n}`,
    value: n,
    unit: 'count',
    period: { start: '2022-03', end: '2023-08' },
    source: { report: 'dot', section: '4' },
  }),
  'self-assessments': (n) => ({
    title: `Itsearvio ${n}`,
    slug: `itsearvio-${n}`,
    intro: 'Johdanto.',
    privacy: 'Vastaukset pysyvät laitteellasi.',
    scale: ['En osaa', 'Osaan vähän', 'Osaan', 'Osaan hyvin'].map((text) => ({ text })),
    // Twelve questions, at least two in every DigComp area.
    questions: Array.from({ length: 12 }, (_, index) => ({
      key: `q${index + 1}`,
      area: String((index % 5) + 1),
      text: `Osaan asian ${index + 1}.`,
    })),
    levels: [
      { level: 'beginner', minimum: 0 },
      { level: 'basic', minimum: 1.5 },
    ],
    rules: [{ scope: 'overall', levels: ['beginner'] }],
  }),
  pages: (n) => ({ title: `Sivu ${n}`, slug: `sivu-${n}` }),
}

/** A field every type has as text, to edit in update tests: the title or name. */
export const titleFieldOf = (collection: CollectionKey) =>
  ['tools', 'badges', 'indicators'].includes(collection) ? 'name' : 'title'

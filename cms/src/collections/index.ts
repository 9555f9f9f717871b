import { Badges } from './Badges'
import { CheatSheets } from './CheatSheets'
import { Components } from './Components'
import { CoursePacks } from './CoursePacks'
import { Events } from './Events'
import { Indicators } from './Indicators'
import { Pages } from './Pages'
import { Posts } from './Posts'
import { SelfAssessments } from './SelfAssessments'
import { Tools } from './Tools'

/**
 * Every collection the public site shows, in the order the seed loads them: a document's
 * relationships may only point at types listed before it (scripts/lib/seed.ts relies on this): the
 * self-assessment recommends packs, sheets and badges, and a component links the self-assessment.
 */
export const publicCollections = [
  Tools,
  CheatSheets,
  Badges,
  CoursePacks,
  SelfAssessments,
  Components,
  Events,
  Posts,
  Indicators,
  Pages,
]

/** The slugs of the public collections, from their configs (adding a collection above adds it here). */
export type PublicCollectionSlug = (typeof publicCollections)[number]['slug']

export { Badges, CheatSheets, Components, CoursePacks, Events, Indicators, Pages, Posts, SelfAssessments, Tools }

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
 * Every collection the public site shows, in the order the seed loads them: a document can only
 * point at documents loaded before it or in the same pass (relationships are set after creation).
 */
export const publicCollections = [Tools, CheatSheets, Badges, CoursePacks, Components, Events, Posts, Indicators, SelfAssessments, Pages]

export type PublicCollectionSlug =
  | 'tools'
  | 'cheat-sheets'
  | 'badges'
  | 'course-packs'
  | 'components'
  | 'events'
  | 'posts'
  | 'indicators'
  | 'self-assessments'
  | 'pages'

export { Badges, CheatSheets, Components, CoursePacks, Events, Indicators, Pages, Posts, SelfAssessments, Tools }

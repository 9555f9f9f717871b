// Generated from the Payload collection and global configs by `npm run generate:types`. Do not edit:
// change the CMS config and generate again (a test fails when this file is stale).
import { z } from 'zod'

import { dateSchema, documentSchema, mediaRefSchema, richTextSchema, singletonSchema, slugSchema } from './base'

export const toolsSchema = documentSchema({
  url: z.string().min(1),
  category: z.enum(['job-search', 'e-services', 'learning', 'safety', 'communication', 'office', 'accessibility']),
  audience: z.array(z.enum(['ngo', 'staff', 'customers', 'trainers', 'funders'])),
  cost: z.enum(['free', 'freemium', 'paid']),
  languages: z.array(z.string().min(1)),
  previousSlugs: z.array(z.string().min(1)),
}, {
  name: z.string().min(1),
  description: z.string().min(1),
  accessibility: z.string().min(1).nullable(),
})

export const cheatSheetsSchema = documentSchema({
  level: z.enum(['beginner', 'basic', 'independent', 'advanced']).nullable(),
  topics: z.array(z.string().min(1)),
  digcomp: z.array(z.string().min(1)),
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  task: z.string().min(1),
  plainSummary: z.string().min(1).nullable(),
  searchKeywords: z.array(z.string().min(1)),
  before: z.array(z.string().min(1)),
  steps: z.array(z.strictObject({
    text: z.string().min(1),
    tip: z.string().min(1).nullable(),
    image: mediaRefSchema.nullable(),
  })),
  safety: z.string().min(1).nullable(),
  body: richTextSchema.nullable(),
})

export const badgesSchema = documentSchema({
  level: z.enum(['beginner', 'basic', 'independent', 'advanced']).nullable(),
  order: z.number().nullable(),
  digcomp22: z.array(z.strictObject({
    area: z.string().min(1),
    competence: z.string().min(1),
    escoUri: z.string().min(1).nullable(),
  })),
  digcomp30: z.array(z.string().min(1)),
  image: mediaRefSchema.nullable(),
  issuer: z.strictObject({
    name: z.string().min(1).nullable(),
    url: z.string().min(1).nullable(),
    email: z.string().min(1).nullable(),
  }),
  previousSlugs: z.array(z.string().min(1)),
}, {
  name: z.string().min(1),
  description: z.string().min(1),
  plainSummary: z.string().min(1).nullable(),
  searchKeywords: z.array(z.string().min(1)),
  criteria: z.string().min(1),
  evidence: z.array(z.string().min(1)),
})

export const coursePacksSchema = documentSchema({
  level: z.enum(['beginner', 'basic', 'independent', 'advanced']).nullable(),
  audience: z.enum(['customers', 'staff']),
  durationMinutes: z.number(),
  materials: z.array(mediaRefSchema),
  cheatSheets: z.array(slugSchema),
  badges: z.array(slugSchema),
  sources: z.array(z.strictObject({
    report: z.enum(['dot', 'metropolia']),
    section: z.string().min(1),
  })),
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  summary: z.string().min(1),
  plainSummary: z.string().min(1).nullable(),
  searchKeywords: z.array(z.string().min(1)),
  goals: z.array(z.string().min(1)),
  sessions: z.array(z.strictObject({
    title: z.string().min(1),
    minutes: z.number(),
    activities: z.string().min(1),
    materials: z.string().min(1).nullable(),
  })),
  handouts: z.array(z.strictObject({
    title: z.string().min(1),
    text: richTextSchema,
  })),
  body: richTextSchema.nullable(),
})

export const selfAssessmentsSchema = documentSchema({
  levels: z.array(z.strictObject({
    level: z.enum(['beginner', 'basic', 'independent', 'advanced']),
    minimum: z.number(),
  })),
  rules: z.array(z.strictObject({
    scope: z.enum(['1', '2', '3', '4', '5', 'overall']),
    levels: z.array(z.enum(['beginner', 'basic', 'independent', 'advanced'])),
    coursePacks: z.array(slugSchema),
    cheatSheets: z.array(slugSchema),
    badges: z.array(slugSchema),
  })),
  answerRules: z.array(z.strictObject({
    question: z.string().min(1),
    coursePacks: z.array(slugSchema),
    cheatSheets: z.array(slugSchema),
    badges: z.array(slugSchema),
  })),
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  intro: z.string().min(1),
  privacy: z.string().min(1),
  scale: z.array(z.string().min(1)),
  questions: z.array(z.strictObject({
    key: z.string().min(1),
    area: z.enum(['1', '2', '3', '4', '5']),
    text: z.string().min(1),
    example: z.string().min(1).nullable(),
  })),
  levelTexts: z.array(z.strictObject({
    level: z.enum(['beginner', 'basic', 'independent', 'advanced']),
    text: z.string().min(1),
  })),
  help: z.string().min(1).nullable(),
})

export const componentsSchema = documentSchema({
  order: z.number().nullable(),
  project: z.enum(['dot', 'metropolia', 'both']).nullable(),
  audience: z.array(z.enum(['ngo', 'staff', 'customers', 'trainers', 'funders'])),
  coursePacks: z.array(slugSchema),
  cheatSheets: z.array(slugSchema),
  badges: z.array(slugSchema),
  tools: z.array(slugSchema),
  selfAssessments: z.array(slugSchema),
  sources: z.array(z.strictObject({
    report: z.enum(['dot', 'metropolia']),
    section: z.string().min(1),
  })),
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  summary: z.string().min(1),
  plainSummary: z.string().min(1).nullable(),
  body: richTextSchema.nullable(),
  steps: z.array(z.strictObject({
    title: z.string().min(1),
    text: z.string().min(1),
  })),
  roles: z.array(z.strictObject({
    role: z.string().min(1),
    description: z.string().min(1),
  })),
  resources: z.string().min(1).nullable(),
  smallStart: z.string().min(1).nullable(),
  knownEffort: z.array(z.string().min(1)),
  lessons: z.array(z.string().min(1)),
  risks: z.array(z.strictObject({
    risk: z.string().min(1),
    action: z.string().min(1),
    outcome: z.string().min(1).nullable(),
  })),
  diagram: z.strictObject({
    kind: z.enum(['stages', 'weekly']).nullable(),
    items: z.array(z.strictObject({
      label: z.string().min(1),
      text: z.string().min(1),
    })),
  }),
})

export const eventsSchema = documentSchema({
  start: dateSchema,
  end: dateSchema.nullable(),
  datePrecision: z.enum(['day', 'month', 'season', 'year']).nullable(),
  format: z.enum(['in-person', 'hybrid', 'online']).nullable(),
  audience: z.array(z.enum(['ngo', 'staff', 'customers', 'trainers', 'funders'])),
  project: z.enum(['dot', 'metropolia', 'both']).nullable(),
  registrationUrl: z.string().min(1).nullable(),
  organisers: z.array(z.string().min(1)),
  sources: z.array(z.strictObject({
    report: z.enum(['dot', 'metropolia']),
    section: z.string().min(1),
  })),
  shareImage: mediaRefSchema.nullable(),
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  dateText: z.string().min(1).nullable(),
  location: z.string().min(1).nullable(),
  summary: z.string().min(1),
  body: richTextSchema.nullable(),
  materials: z.array(z.strictObject({
    type: z.enum(['slides', 'handout', 'recording', 'link']),
    title: z.string().min(1),
    file: mediaRefSchema.nullable(),
    url: z.string().min(1).nullable(),
    text: richTextSchema.nullable(),
  })),
  shareDescription: z.string().min(1).nullable(),
})

export const postsSchema = documentSchema({
  type: z.enum(['article', 'newsletter']),
  date: dateSchema,
  author: z.string().min(1),
  tags: z.array(z.string().min(1)),
  sources: z.array(z.strictObject({
    report: z.enum(['dot', 'metropolia']),
    section: z.string().min(1),
  })),
  shareImage: mediaRefSchema.nullable(),
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  excerpt: z.string().min(1),
  body: richTextSchema.nullable(),
  shareDescription: z.string().min(1).nullable(),
})

export const indicatorsSchema = documentSchema({
  value: z.number(),
  valueQualifier: z.enum(['exact', 'about', 'more-than']),
  unit: z.enum(['persons', 'count', 'eur', 'score5', 'percent', 'hours', 'computers-per-year']),
  target: z.number().nullable(),
  comparisonKind: z.enum(['target', 'granted', 'planned']),
  period: z.strictObject({
    start: z.string().min(1),
    end: z.string().min(1),
  }),
  breakdown: z.array(z.strictObject({
    key: z.string().min(1),
    value: z.number(),
  })),
  project: z.enum(['dot', 'metropolia', 'both']).nullable(),
  source: z.strictObject({
    report: z.enum(['dot', 'metropolia']),
    section: z.string().min(1),
  }),
  esfCode: z.string().min(1).nullable(),
  esfProgrammePeriod: z.enum(['2021-2027']).nullable(),
  previousSlugs: z.array(z.string().min(1)),
}, {
  name: z.string().min(1),
  notes: z.string().min(1).nullable(),
})

export const pagesSchema = documentSchema({
  previousSlugs: z.array(z.string().min(1)),
}, {
  title: z.string().min(1),
  summary: z.string().min(1).nullable(),
  body: richTextSchema.nullable(),
  statement: z.strictObject({
    serviceName: z.string().min(1).nullable(),
    complianceStatus: z.enum(['full', 'partial', 'none']).nullable(),
    nonAccessibleContent: z.array(z.strictObject({
      description: z.string().min(1),
      wcagCriteria: z.array(z.string().min(1)),
      reason: z.enum(['non-compliance', 'disproportionate-burden', 'outside-scope']),
      accessibleAlternative: z.string().min(1).nullable(),
    })),
    preparedOn: dateSchema.nullable(),
    lastReviewedOn: dateSchema.nullable(),
    assessmentMethod: z.enum(['self-assessment', 'third-party']).nullable(),
    feedback: z.strictObject({
      channel: z.string().min(1).nullable(),
      responsible: z.string().min(1).nullable(),
      responseTimeDays: z.number().nullable(),
    }),
    enforcement: z.strictObject({
      authority: z.string().min(1).nullable(),
      url: z.string().min(1).nullable(),
      email: z.string().min(1).nullable(),
      phone: z.string().min(1).nullable(),
    }),
  }),
})

export const modelSchema = singletonSchema({
  name: z.string().min(1).nullable(),
  basedOn: z.array(z.strictObject({
    name: z.string().min(1),
    maker: z.string().min(1),
    url: z.string().min(1).nullable(),
  })),
  period: z.strictObject({
    dot: z.strictObject({
      start: z.string().min(1).nullable(),
      end: z.string().min(1).nullable(),
    }),
    metropolia: z.strictObject({
      start: z.string().min(1).nullable(),
      end: z.string().min(1).nullable(),
    }),
  }),
  components: z.array(slugSchema),
  partners: z.array(z.string().min(1)),
  funders: z.array(z.strictObject({
    name: z.string().min(1),
    programme: z.string().min(1).nullable(),
    projectCode: z.string().min(1).nullable(),
    granted: z.number().nullable(),
    realised: z.number().nullable(),
    currency: z.enum(['EUR']).nullable(),
  })),
  relatedProjects: z.array(z.strictObject({
    name: z.string().min(1),
    code: z.string().min(1).nullable(),
    period: z.string().min(1).nullable(),
    relation: z.enum(['source-project', 'co-implementer', 'continuation', 'experience-used', 'joint-activity', 'peer-exchange', 'pilot-cooperation']).nullable(),
  })),
  sources: z.array(z.strictObject({
    report: z.enum(['dot', 'metropolia']),
    section: z.string().min(1),
  })),
}, {
  title: z.string().min(1),
  shortDescription: z.string().min(1),
  plainSummary: z.string().min(1).nullable(),
  implementedWhere: z.string().min(1).nullable(),
  region: z.string().min(1).nullable(),
  largerWhole: z.string().min(1).nullable(),
  developers: z.string().min(1).nullable(),
  coreIdea: z.string().min(1).nullable(),
  operatingEnvironment: z.string().min(1).nullable(),
  conditions: z.string().min(1).nullable(),
  goals: z.array(z.string().min(1)),
  targetGroups: z.strictObject({
    primary: z.array(z.string().min(1)),
    indirect: z.array(z.string().min(1)),
  }),
  needs: z.string().min(1).nullable(),
  targetedChange: z.string().min(1).nullable(),
  measuringChange: z.string().min(1).nullable(),
  evaluation: z.string().min(1).nullable(),
  benefits: z.array(z.string().min(1)),
  rooting: z.string().min(1).nullable(),
  resourcesAndRoles: z.string().min(1).nullable(),
  body: richTextSchema.nullable(),
  references: z.array(z.strictObject({
    title: z.string().min(1),
    url: z.string().min(1).nullable(),
  })),
})

export const settingsSchema = singletonSchema({
  logo: mediaRefSchema.nullable(),
  contactEmail: z.string().min(1).nullable(),
  feedbackAddress: z.string().min(1).nullable(),
  issuer: z.strictObject({
    name: z.string().min(1).nullable(),
    email: z.string().min(1).nullable(),
    url: z.string().min(1).nullable(),
  }),
  siteUrl: z.string().min(1).nullable(),
}, {
  siteName: z.string().min(1),
  organisationName: z.string().min(1),
})

/** Each content type's document schema, by its content/ folder and snapshot key. */
export const documentSchemas = {
  'tools': toolsSchema,
  'cheat-sheets': cheatSheetsSchema,
  'badges': badgesSchema,
  'course-packs': coursePacksSchema,
  'self-assessments': selfAssessmentsSchema,
  'components': componentsSchema,
  'events': eventsSchema,
  'posts': postsSchema,
  'indicators': indicatorsSchema,
  'pages': pagesSchema,
  'model': modelSchema,
  'settings': settingsSchema,
}

/**
 * Controlled vocabularies shared by the CMS collections, the seed-corpus reader and the snapshot
 * schema, so a value accepted in one place is accepted in all of them.
 */
export const audiences = ['ngo', 'staff', 'customers', 'trainers', 'funders'] as const
export type Audience = (typeof audiences)[number]

/** The two projects whose reports the model comes from. */
export const reports = ['dot', 'metropolia'] as const
export type Report = (typeof reports)[number]

/** Which project developed a component: one of them or both. */
export const projects = [...reports, 'both'] as const
export type Project = (typeof projects)[number]

export const diagramKinds = ['stages', 'weekly'] as const

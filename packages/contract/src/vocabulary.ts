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

/** Skill levels shared by course packs, cheat sheets and badges, from first steps upwards. */
export const levels = ['beginner', 'basic', 'independent', 'advanced'] as const
export type Level = (typeof levels)[number]

export const eventFormats = ['in-person', 'hybrid', 'online'] as const
/** How exactly an event's date is known: the reports often give only a month, a season or a year. */
export const datePrecisions = ['day', 'month', 'season', 'year'] as const
export const materialTypes = ['slides', 'handout', 'recording', 'link'] as const

export const postTypes = ['article', 'newsletter'] as const

/** Who a course pack trains: work-activity customers or the staff who guide them. */
export const learnerGroups = ['customers', 'staff'] as const

export const toolCategories = [
  'job-search',
  'e-services',
  'learning',
  'safety',
  'communication',
  'office',
  'accessibility',
] as const
export const toolCosts = ['free', 'freemium', 'paid'] as const

export const indicatorUnits = ['persons', 'count', 'eur', 'score5', 'percent', 'hours', 'computers-per-year'] as const

/** Each unit's name: the CMS's unit choices, and the outcomes page's chart titles ("Result and target (persons)"). */
export const indicatorUnitNames: Record<(typeof indicatorUnits)[number], { fi: string; en: string; sv: string }> = {
  persons: { fi: 'Henkilöt', en: 'Persons', sv: 'Personer' },
  count: { fi: 'Lukumäärä', en: 'Count', sv: 'Antal' },
  eur: { fi: 'Eurot', en: 'Euros', sv: 'Euro' },
  score5: { fi: 'Arvosana asteikolla 1–5', en: 'Score on a 1–5 scale', sv: 'Betyg på skalan 1–5' },
  percent: { fi: 'Prosentit', en: 'Per cent', sv: 'Procent' },
  hours: { fi: 'Tunnit', en: 'Hours', sv: 'Timmar' },
  'computers-per-year': { fi: 'Tietokoneet vuodessa', en: 'Computers per year', sv: 'Datorer per år' },
}

/**
 * How exact an indicator's value is, as the report words it: "noin 500" is about, "yli 300" and
 * "50+" are more than. A table or chart that showed 300 for "yli 300" would claim a count nobody made.
 */
export const valueQualifiers = ['exact', 'about', 'more-than'] as const
export type ValueQualifier = (typeof valueQualifiers)[number]

/**
 * What an indicator's comparison figure is: a target the project set, or a budget (the funding granted
 * or the funding planned). A budget is not a target to be reached, so only targets are charted as such.
 */
export const comparisonKinds = ['target', 'granted', 'planned'] as const
export type ComparisonKind = (typeof comparisonKinds)[number]

/**
 * The ESF programme periods whose common-indicator codes the toolkit knows. The codes of
 * `codePatterns.esf` (EECO…, EECR…) are the ESF+ 2021–2027 common indicators (Regulation (EU)
 * 2021/1057, Annex I); a figure from a project of the 2014–2020 programme is not one of them.
 */
export const esfProgrammePeriods = ['2021-2027'] as const

/**
 * The ESF programme period each source project was funded from, where its report states it: the DOT
 * report carries the 2014–2020 programme's "Vipuvoimaa EU:lta 2014–2020" mark. The Metropolia
 * report names its funding line (REACT-EU ESF measures, priority axis 9) but no period.
 */
export const reportProgrammePeriods: Partial<Record<Report, string>> = { dot: '2014-2020' }

/** The accessibility statement's vocabularies, as Act 306/2019 and Decision (EU) 2018/1523 set them. */
export const complianceStatuses = ['full', 'partial', 'none'] as const
export const nonAccessibleReasons = ['non-compliance', 'disproportionate-burden', 'outside-scope'] as const
export const assessmentMethods = ['self-assessment', 'third-party'] as const

/** The five DigComp competence areas (2.2 and 3.0 alike): 1 information, 2 communication, 3 content, 4 safety, 5 problem solving. */
export const digcompAreas = ['1', '2', '3', '4', '5'] as const
export type DigcompArea = (typeof digcompAreas)[number]

/** What a self-assessment rule looks at: one DigComp area, or the result over all of them. */
export const assessmentScopes = [...digcompAreas, 'overall'] as const

/** Patterns for codes that come from outside standards. */
export const codePatterns = {
  /** ESF+ common indicator codes (Regulation (EU) 2021/1057, Annex I), e.g. EECO02, EECR04. */
  esf: /^EEC[OR]\d{2}$/,
  /** DigComp 2.2 competence, e.g. 2.1. */
  digcomp22: /^[1-5]\.[1-6]$/,
  /** DigComp 3.0 competence identifier, e.g. digcomp.competence.1.1. */
  digcomp30: /^digcomp\.competence\.[1-5]\.[1-6]$/,
  /** A month, e.g. 2023-08. */
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  /** An ISO 639-1 language code. */
  language: /^[a-z]{2}$/,
  /** A WCAG success criterion, e.g. 1.4.3. */
  wcag: /^[1-4]\.\d{1,2}\.\d{1,2}$/,
}

/** How a related project relates to the operating model. */
export const relatedProjectRelations = [
  'source-project',
  'co-implementer',
  'continuation',
  'experience-used',
  'joint-activity',
  'peer-exchange',
  'pilot-cooperation',
] as const

/**
 * The source reports' section titles in English and Swedish, keyed by the Finnish title as the
 * report prints it and as editors write it after the section number in a source's `section`
 * ("9 Loppuraportin tiivistelmä", "1.1 (Digipaja)"). The reports exist only in Finnish; these are
 * our translations of their headings, so that an English or Swedish page names its sources in its
 * own language. tests/unit/report-sources.test.ts checks that every title in the corpus is here.
 */
export const reportSectionTitles: Record<string, { en: string; sv: string }> = {
  Hanke: { en: 'Project', sv: 'Projekt' },
  'Hakijan perustiedot': { en: 'Basic information on the applicant', sv: 'Grunduppgifter om sökanden' },
  'Suunnitelman mukainen tiivistelmä toteutuksesta': {
    en: 'Summary of the implementation as planned',
    sv: 'Sammanfattning av genomförandet enligt planen',
  },
  'Varsinaiset kohderyhmät': { en: 'Main target groups', sv: 'Huvudsakliga målgrupper' },
  'Välilliset kohderyhmät': { en: 'Indirect target groups', sv: 'Indirekta målgrupper' },
  'Projektin julkinen rahoitus, euroa': {
    en: "The project's public funding, euros",
    sv: 'Projektets offentliga finansiering, euro',
  },
  'Maantieteellinen kohdealue': { en: 'Geographical target area', sv: 'Geografiskt målområde' },
  'Osallistuvien henkilöiden lukumäärä': { en: 'Number of people taking part', sv: 'Antal deltagande personer' },
  'Sukupuolten tasa-arvo': { en: 'Gender equality', sv: 'Jämställdhet mellan könen' },
  'Kestävä kehitys': { en: 'Sustainable development', sv: 'Hållbar utveckling' },
  'Loppuraportin tiivistelmä': { en: 'Summary of the final report', sv: 'Slutrapportens sammanfattning' },
  Tiivistelmä: { en: 'Summary', sv: 'Sammanfattning' },
  'taulukko 1': { en: 'table 1', sv: 'tabell 1' },
  'Etätyötoiminnan digitaalisen alustan kehittäminen': {
    en: 'Developing a digital platform for remote work activities',
    sv: 'Utveckling av en digital plattform för arbetsverksamhet på distans',
  },
  'Kiertotalouden ja verstastyön huomioiminen': {
    en: 'Taking the circular economy and workshop work into account',
    sv: 'Hänsyn till cirkulär ekonomi och verkstadsarbete',
  },
  'Huomioita hankkeen toteutuksesta': {
    en: 'Notes on how the project was carried out',
    sv: 'Iakttagelser om hur projektet genomfördes',
  },
  Laitekierrätys: { en: 'Device recycling', sv: 'Återvinning av digitala enheter' },
  'Digitaalinen osaaminen': { en: 'Digital skills', sv: 'Digital kompetens' },
  Digipaja: { en: 'Digipaja', sv: 'Digipaja' },
  Virtuaaliverstas: { en: 'Virtuaaliverstas (Virtual Workshop)', sv: 'Virtuaaliverstas (den virtuella verkstaden)' },
  'Kestävän kehityksen edistäminen': {
    en: 'Promoting sustainable development',
    sv: 'Främjande av hållbar utveckling',
  },
}

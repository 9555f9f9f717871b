import { SITE_TIME_ZONE } from '@toolkit/contract/time'
import type {
  assessmentMethods,
  audiences,
  complianceStatuses,
  eventFormats,
  indicatorUnits,
  learnerGroups,
  levels,
  materialTypes,
  nonAccessibleReasons,
  toolCategories,
  toolCosts,
  ComparisonKind,
  ValueQualifier,
} from '@toolkit/contract/vocabulary'
import type { Lang } from './locales'

/** Words for the CMS's controlled vocabularies, as readers see them. */
type Labels<T extends readonly string[]> = Record<T[number], Record<Lang, string>>

export const levelLabels: Labels<typeof levels> = {
  beginner: { fi: 'Ensiaskeleet', en: 'First steps', sv: 'Första stegen' },
  basic: { fi: 'Perustaidot', en: 'Basic', sv: 'Grundläggande' },
  independent: { fi: 'Itsenäinen käyttäjä', en: 'Independent user', sv: 'Självständig användare' },
  advanced: { fi: 'Edistynyt', en: 'Advanced', sv: 'Avancerad' },
}

export const audienceLabels: Labels<typeof audiences> = {
  ngo: { fi: 'Järjestöt', en: 'NGOs', sv: 'Organisationer' },
  staff: { fi: 'Ohjaajat ja henkilöstö', en: 'Staff', sv: 'Personal' },
  customers: { fi: 'Asiakkaat', en: 'Customers', sv: 'Kunder' },
  trainers: { fi: 'Kouluttajat', en: 'Trainers', sv: 'Utbildare' },
  funders: { fi: 'Rahoittajat', en: 'Funders', sv: 'Finansiärer' },
}

export const learnerLabels: Labels<typeof learnerGroups> = {
  customers: { fi: 'Työtoiminnan asiakkaat', en: 'Work-activity customers', sv: 'Kunder i arbetsverksamheten' },
  staff: { fi: 'Ohjaajat ja henkilöstö', en: 'Staff and instructors', sv: 'Personal och handledare' },
}

export const formatLabels: Labels<typeof eventFormats> = {
  'in-person': { fi: 'Lähitapahtuma', en: 'In person', sv: 'På plats' },
  hybrid: {
    fi: 'Hybridi (paikan päällä ja etänä)',
    en: 'Hybrid (on site and online)',
    sv: 'Hybrid (på plats och på distans)',
  },
  online: { fi: 'Verkossa', en: 'Online', sv: 'På nätet' },
}

export const materialLabels: Labels<typeof materialTypes> = {
  slides: { fi: 'Diat', en: 'Slides', sv: 'Bildspel' },
  handout: { fi: 'Moniste', en: 'Handout', sv: 'Utdelningsmaterial' },
  recording: { fi: 'Tallenne', en: 'Recording', sv: 'Inspelning' },
  link: { fi: 'Linkki', en: 'Link', sv: 'Länk' },
}

export const categoryLabels: Labels<typeof toolCategories> = {
  'job-search': { fi: 'Työnhaku', en: 'Job search', sv: 'Jobbsökning' },
  'e-services': { fi: 'Julkiset asiointipalvelut', en: 'Public e-services', sv: 'Offentliga e-tjänster' },
  learning: { fi: 'Oppiminen', en: 'Learning', sv: 'Lärande' },
  safety: { fi: 'Turvallisuus ja tietosuoja', en: 'Safety and privacy', sv: 'Säkerhet och integritet' },
  communication: { fi: 'Viestintä', en: 'Communication', sv: 'Kommunikation' },
  office: { fi: 'Toimisto-ohjelmat', en: 'Office tools', sv: 'Kontorsverktyg' },
  accessibility: {
    fi: 'Saavutettavuus ja selkokieli',
    en: 'Accessibility and plain language',
    sv: 'Tillgänglighet och lättläst',
  },
}

export const costLabels: Labels<typeof toolCosts> = {
  free: { fi: 'Maksuton', en: 'Free', sv: 'Gratis' },
  freemium: {
    fi: 'Maksuton, lisäominaisuudet maksullisia',
    en: 'Free, with paid extras',
    sv: 'Gratis, med betalda tillägg',
  },
  paid: { fi: 'Maksullinen', en: 'Paid', sv: 'Avgiftsbelagd' },
}

export const unitLabels: Labels<typeof indicatorUnits> = {
  persons: { fi: 'henkilöä', en: 'people', sv: 'personer' },
  count: { fi: 'kpl', en: '', sv: 'st.' },
  eur: { fi: '€', en: '€', sv: '€' },
  score5: { fi: '/ 5', en: '/ 5', sv: '/ 5' },
  percent: { fi: '%', en: '%', sv: '%' },
  hours: { fi: 'tuntia', en: 'hours', sv: 'timmar' },
  'computers-per-year': { fi: 'tietokonetta vuodessa', en: 'computers a year', sv: 'datorer per år' },
}

export const complianceLabels: Labels<typeof complianceStatuses> = {
  full: { fi: 'täyttää saavutettavuusvaatimukset', en: 'fully compliant', sv: 'helt förenlig' },
  partial: { fi: 'täyttää saavutettavuusvaatimukset osittain', en: 'partially compliant', sv: 'delvis förenlig' },
  none: { fi: 'ei täytä saavutettavuusvaatimuksia', en: 'not compliant', sv: 'inte förenlig' },
}

export const reasonLabels: Labels<typeof nonAccessibleReasons> = {
  'non-compliance': { fi: 'Ei täytä vaatimuksia', en: 'Non-compliance', sv: 'Bristande förenlighet' },
  'disproportionate-burden': { fi: 'Kohtuuton rasite', en: 'Disproportionate burden', sv: 'Oskälig börda' },
  'outside-scope': {
    fi: 'Ei kuulu lain soveltamisalaan',
    en: 'Outside the scope of the law',
    sv: 'Omfattas inte av lagen',
  },
}

export const methodLabels: Labels<typeof assessmentMethods> = {
  'self-assessment': { fi: 'itsearvio', en: 'self-assessment', sv: 'självbedömning' },
  'third-party': { fi: 'ulkopuolisen arvioijan arvio', en: 'third-party assessment', sv: 'bedömning av utomstående' },
}

const localeTags: Record<Lang, string> = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-FI' }

/** A number as readers of the language write it (1 000, 4,4). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeTags[lang], { maximumFractionDigits: 2 }).format(value)
}

/** Sizes as a file manager shows them: 1024 bytes a kilobyte (the CMS's upload limit counts so too). */
const fileSizeUnits: Record<Lang, [bytes: string, kilobytes: string, megabytes: string]> = {
  fi: ['t', 'kt', 'Mt'],
  en: ['bytes', 'KB', 'MB'],
  sv: ['byte', 'kB', 'MB'],
}

/**
 * A file's size as readers of the language write it: "1,2 Mt", "1.2 MB", "350 kB". One decimal
 * for megabytes, none below; a no-break space keeps the number and its unit on one line.
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const [byteUnit, kiloUnit, megaUnit] = fileSizeUnits[lang]
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(localeTags[lang], { maximumFractionDigits: digits }).format(value)
  if (bytes < 1024) return `${number(bytes, 0)}\u00a0${byteUnit}`
  // 1023.6 kilobytes would round to "1 024 kt": show it as megabytes instead.
  if (bytes < 1024 * 1023.5) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)}\u00a0${kiloUnit}`
  return `${number(bytes / 1024 / 1024, 1)}\u00a0${megaUnit}`
}

/** Kinds of files by MIME type, in words: the common ones by name, the rest by their extension. */
const fileKinds: { matches: (mimeType: string) => boolean; label: Record<Lang, string> }[] = [
  { matches: (type) => type === 'application/pdf', label: { fi: 'PDF', en: 'PDF', sv: 'PDF' } },
  {
    matches: (type) =>
      type === 'application/vnd.ms-powerpoint' ||
      type.startsWith('application/vnd.openxmlformats-officedocument.presentationml.'),
    label: { fi: 'PowerPoint', en: 'PowerPoint', sv: 'PowerPoint' },
  },
  {
    matches: (type) =>
      type === 'application/msword' ||
      type.startsWith('application/vnd.openxmlformats-officedocument.wordprocessingml.'),
    label: { fi: 'Word', en: 'Word', sv: 'Word' },
  },
  {
    matches: (type) =>
      type === 'application/vnd.ms-excel' ||
      type.startsWith('application/vnd.openxmlformats-officedocument.spreadsheetml.'),
    label: { fi: 'Excel', en: 'Excel', sv: 'Excel' },
  },
  {
    matches: (type) => type === 'application/vnd.oasis.opendocument.presentation',
    label: { fi: 'OpenDocument-esitys', en: 'OpenDocument presentation', sv: 'OpenDocument-presentation' },
  },
  {
    matches: (type) => type === 'application/vnd.oasis.opendocument.text',
    label: { fi: 'OpenDocument-teksti', en: 'OpenDocument text', sv: 'OpenDocument-text' },
  },
  { matches: (type) => type === 'text/plain', label: { fi: 'tekstitiedosto', en: 'text file', sv: 'textfil' } },
  { matches: (type) => type.startsWith('video/'), label: { fi: 'video', en: 'video', sv: 'video' } },
  { matches: (type) => type.startsWith('audio/'), label: { fi: 'äänitiedosto', en: 'audio', sv: 'ljudfil' } },
]

/** Formats whose name is not their extension in capitals. */
const formatNames: Record<string, string> = { JPG: 'JPEG', WEBP: 'WebP' }

/** "JPEG", "PNG", "WebP" or "ZIP" from a file name; null without an extension. */
function extensionOf(filename: string): string | null {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]?.toUpperCase()
  if (!extension) return null
  return formatNames[extension] ?? extension
}

/** What kind of file it is, in words: "PDF", "PowerPoint", "PNG-kuva" / "PNG image", "ZIP-tiedosto". */
export function fileTypeLabel(mimeType: string, filename: string, lang: Lang): string {
  const type = mimeType.toLowerCase().split(';')[0]!.trim()
  const known = fileKinds.find((kind) => kind.matches(type))
  if (known) return known.label[lang]
  const extension = extensionOf(filename)
  if (type.startsWith('image/')) {
    if (!extension) return { fi: 'kuva', en: 'image', sv: 'bild' }[lang]
    return { fi: `${extension}-kuva`, en: `${extension} image`, sv: `${extension}-bild` }[lang]
  }
  if (!extension) return { fi: 'tiedosto', en: 'file', sv: 'fil' }[lang]
  return { fi: `${extension}-tiedosto`, en: `${extension} file`, sv: `${extension}-fil` }[lang]
}

/** A date (and time) in Helsinki, in the reader's language. */
export function formatDate(iso: string, lang: Lang, withTime = false): string {
  return new Intl.DateTimeFormat(localeTags[lang], {
    timeZone: SITE_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(new Date(iso))
}

/**
 * Topics of cheat sheets (and, through them, of course packs). Editors type topic codes freely,
 * so a code without a label here is shown as it is; a corpus test keeps every code in use labelled.
 */
export const topicLabels: Record<string, Record<Lang, string>> = {
  basics: { fi: 'Perustaidot', en: 'Basics', sv: 'Grunder' },
  communication: { fi: 'Viestintä', en: 'Communication', sv: 'Kommunikation' },
  video: { fi: 'Videopuhelut', en: 'Video calls', sv: 'Videosamtal' },
  'job-search': { fi: 'Työnhaku', en: 'Job search', sv: 'Jobbsökning' },
  phone: { fi: 'Puhelin', en: 'Phone', sv: 'Telefon' },
  cloud: { fi: 'Pilvipalvelut', en: 'Cloud services', sv: 'Molntjänster' },
  security: { fi: 'Tietoturva', en: 'Online safety', sv: 'Säkerhet på nätet' },
  'e-services': { fi: 'Verkkoasiointi', en: 'Online services', sv: 'E-tjänster' },
  email: { fi: 'Sähköposti', en: 'Email', sv: 'E-post' },
  'social-media': { fi: 'Sosiaalinen media', en: 'Social media', sv: 'Sociala medier' },
}

export function topicLabel(code: string, lang: Lang): string {
  return topicLabels[code]?.[lang] ?? code
}

/**
 * Groups of an indicator's breakdown. Editors type group codes (women, men…), so a code without a
 * label here is shown as it is; a corpus test keeps every code in use labelled.
 */
export const breakdownLabels: Record<string, Record<Lang, string>> = {
  women: { fi: 'naisia', en: 'women', sv: 'kvinnor' },
  men: { fi: 'miehiä', en: 'men', sv: 'män' },
  active: { fi: 'aktiivisia', en: 'active', sv: 'aktiva' },
  shortlisted: { fi: 'jatkoon valittuja', en: 'shortlisted', sv: 'utvalda' },
}

/** The word before a value the report gives as an estimate or a lower bound ("noin 500", "yli 300"). */
export const qualifierWords: Record<ValueQualifier, Record<Lang, string>> = {
  exact: { fi: '', en: '', sv: '' },
  about: { fi: 'noin', en: 'about', sv: 'cirka' },
  'more-than': { fi: 'yli', en: 'more than', sv: 'över' },
}

/** What an indicator's comparison figure is called: a target, or a budget under its own name. */
export const comparisonLabels: Record<ComparisonKind, Record<Lang, string>> = {
  target: { fi: 'Tavoite', en: 'Target', sv: 'Mål' },
  granted: { fi: 'Myönnetty', en: 'Granted', sv: 'Beviljat' },
  planned: { fi: 'Suunniteltu', en: 'Planned', sv: 'Planerat' },
}

export function breakdownLabel(code: string, lang: Lang): string {
  return breakdownLabels[code]?.[lang] ?? code
}

/** The five DigComp areas in plain words, as the self-assessment names them. */
export const areaLabels: Record<'1' | '2' | '3' | '4' | '5', Record<Lang, string>> = {
  '1': { fi: 'Tiedon etsiminen', en: 'Finding information', sv: 'Att söka information' },
  '2': { fi: 'Viestintä ja yhteistyö', en: 'Communicating with others', sv: 'Kommunikation och samarbete' },
  '3': { fi: 'Sisällön tekeminen', en: 'Making content', sv: 'Att skapa innehåll' },
  '4': { fi: 'Turvallisuus', en: 'Staying safe', sv: 'Säkerhet' },
  '5': { fi: 'Ongelmien ratkaiseminen', en: 'Solving problems', sv: 'Problemlösning' },
}

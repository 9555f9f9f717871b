import type {
  ArrayField,
  RelationshipField,
  RichTextField,
  SelectField,
  TextareaField,
  TextField,
  Validate,
} from 'payload'

import { isContactAddress } from '@toolkit/contract/safe-link'
import {
  audiences,
  levels,
  projects,
  reports,
  type Audience,
  type Level,
  type Project,
  type Report,
} from '@toolkit/contract/vocabulary'

/**
 * A label, help text or message in each of the admin's interface languages (cms/src/i18n/): Payload
 * shows the one of the editor's language. Finnish comes first because it is the default.
 */
export type Label = { fi: string; en: string; sv: string }

/** Two texts said one after the other, in each language (a help text and a shared note). */
export const joinLabels = (first: Label, then: Label): Label => ({
  fi: `${first.fi} ${then.fi}`,
  en: `${first.en} ${then.en}`,
  sv: `${first.sv} ${then.sv}`,
})

/** Picks the editor's interface language for a custom validation message (Finnish unless en or sv). */
export function message(req: { i18n?: { language?: string } } | undefined, text: Label): string {
  const language = req?.i18n?.language
  const chosen = language === 'en' || language === 'sv' ? text[language] : text.fi
  // Never empty: Payload takes a validation function's empty answer for "valid", so a missing
  // translation must not switch a check off.
  return chosen || text.fi || text.en || text.sv || 'Invalid value'
}

export const options = <T extends string>(values: readonly T[], labels: Record<T, string | Label>) =>
  values.map((value) => ({ value, label: labels[value] }))

/** A check that a text value (or each value of a hasMany text) matches a pattern; empty passes. */
export function matches(pattern: RegExp, text: Label): Validate {
  return (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) => {
    const values = Array.isArray(value) ? value : [value]
    const bad = values.find((item) => item !== null && item !== undefined && item !== '' && !pattern.test(String(item)))
    return bad === undefined ? true : `${message(req, text)} (“${String(bad)}”)`
  }
}

/** Only https addresses: a catalogue or reference link must not downgrade readers to plain http. */
export const httpsOnly = matches(/^https:\/\/[^\s/$.?#][^\s]*$/i, {
  fi: 'Kirjoita koko osoite, joka alkaa https://',
  en: 'Use a full address that starts with https://',
  sv: 'Ange en fullständig adress som börjar med https://',
})

/**
 * A feedback or contact channel: an https:// address or an e-mail address, by the one rule the
 * site links it with (@toolkit/contract/safe-link), so `javascript:` and the like never get in.
 */
export function contactAddress(text: Label): Validate {
  return (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
    value === null || value === undefined || value === '' || isContactAddress(value)
      ? true
      : `${message(req, text)} (“${String(value)}”)`
}

/** The help text every https address field shows unless its collection gives a more specific one. */
const httpsUrlHelp: Label = {
  fi: 'Koko osoite, joka alkaa https://, esimerkiksi https://www.hel.fi/.',
  en: 'The full address, starting with https://, for example https://www.hel.fi/.',
  sv: 'Hela adressen, som börjar med https://, till exempel https://www.hel.fi/.',
}

export const httpsUrlField = (
  name: string,
  label: Label,
  { description = httpsUrlHelp, ...extra }: { required?: boolean; description?: Label } = {},
): TextField => ({
  name,
  type: 'text',
  label,
  validate: httpsOnly,
  admin: { description },
  ...extra,
})

const audienceLabels: Record<Audience, Label> = {
  ngo: {
    fi: 'Toimintamallin käyttöön ottavat järjestöt',
    en: 'NGOs adopting the model',
    sv: 'Organisationer som tar i bruk modellen',
  },
  staff: { fi: 'Ohjaajat ja henkilöstö', en: 'Staff', sv: 'Personal' },
  customers: { fi: 'Asiakkaat', en: 'Customers', sv: 'Kunder' },
  trainers: { fi: 'Kouluttajat', en: 'Trainers', sv: 'Utbildare' },
  funders: { fi: 'Rahoittajat', en: 'Funders', sv: 'Finansiärer' },
}
const reportLabels: Record<Report, Label> = {
  dot: {
    fi: 'DOT-hankkeen loppuraportti (Helsinki, 2023)',
    en: 'DOT final report (Helsinki, 2023)',
    sv: 'DOT-projektets slutrapport (Helsingfors, 2023)',
  },
  metropolia: {
    fi: 'S22619-hankkeen loppuraportti (Metropolia, 2023)',
    en: 'S22619 final report (Metropolia, 2023)',
    sv: 'S22619-projektets slutrapport (Metropolia, 2023)',
  },
}
const projectLabels: Record<Project, Label> = {
  dot: {
    fi: 'DOT (Helsinki / Forum Virium Helsinki)',
    en: 'DOT (Helsinki / Forum Virium Helsinki)',
    sv: 'DOT (Helsingfors / Forum Virium Helsinki)',
  },
  metropolia: { fi: 'S22619 (Metropolia)', en: 'S22619 (Metropolia)', sv: 'S22619 (Metropolia)' },
  both: { fi: 'Molemmat hankkeet', en: 'Both projects', sv: 'Båda projekten' },
}
/** The site's words for the levels (site/src/i18n/labels.ts), with the admin's plainer English. */
export const levelLabels: Record<Level, Label> = {
  beginner: { fi: 'Ensiaskeleet', en: 'Beginner (first steps)', sv: 'Nybörjare (första stegen)' },
  basic: { fi: 'Perustaidot', en: 'Basic', sv: 'Grundläggande' },
  independent: { fi: 'Itsenäinen käyttäjä', en: 'Independent', sv: 'Självständig' },
  advanced: { fi: 'Edistynyt', en: 'Advanced', sv: 'Avancerad' },
}

export const audienceField = (): SelectField => ({
  name: 'audience',
  type: 'select',
  hasMany: true,
  label: { fi: 'Kohderyhmä', en: 'Audience', sv: 'Målgrupp' },
  options: options(audiences, audienceLabels),
  admin: {
    position: 'sidebar',
    description: {
      fi: 'Kenelle sisältö on tarkoitettu. Valitse yksi tai useampi.',
      en: 'Who this is for. Choose one or more.',
      sv: 'Vem innehållet är till för. Välj en eller flera.',
    },
  },
})

export const projectField = (): SelectField => ({
  name: 'project',
  type: 'select',
  label: { fi: 'Kehittänyt', en: 'Developed by', sv: 'Utvecklad av' },
  options: options(projects, projectLabels),
  admin: {
    position: 'sidebar',
    description: {
      fi: 'Hanke, josta sisältö on peräisin. Näkyy sivustolla.',
      en: 'The project this comes from. Shown on the site.',
      sv: 'Projektet som innehållet kommer från. Visas på webbplatsen.',
    },
  },
})

export const levelField = (): SelectField => ({
  name: 'level',
  type: 'select',
  label: { fi: 'Taso', en: 'Level', sv: 'Nivå' },
  options: options(levels, levelLabels),
  admin: {
    position: 'sidebar',
    description: {
      fi: 'Kuinka paljon digitaitoja oppijalta odotetaan. Näkyy sivustolla.',
      en: 'How much digital skill the learner needs. Shown on the site.',
      sv: 'Hur mycket digital kunskap deltagaren behöver. Visas på webbplatsen.',
    },
  },
})

export const reportField = (): SelectField => ({
  name: 'report',
  type: 'select',
  required: true,
  label: { fi: 'Raportti', en: 'Report', sv: 'Rapport' },
  options: options(reports, reportLabels),
  admin: {
    description: {
      fi: 'Hankkeen loppuraportti, josta tieto on peräisin.',
      en: 'The project’s final report the facts come from.',
      sv: 'Projektets slutrapport som fakta kommer från.',
    },
  },
})

/** Where the facts come from: every figure and claim traces back to a report section. */
export const sourcesField = (): ArrayField => ({
  name: 'sources',
  type: 'array',
  label: { fi: 'Lähteet', en: 'Sources', sv: 'Källor' },
  labels: {
    singular: { fi: 'Lähde', en: 'Source', sv: 'Källa' },
    plural: { fi: 'Lähteet', en: 'Sources', sv: 'Källor' },
  },
  admin: {
    description: {
      fi: 'Mistä raportista ja sen luvusta tiedot ovat peräisin. Sivusto näyttää lähteet sisällön lopussa.',
      en: 'Which report and section the facts come from. The site lists the sources at the end of the content.',
      sv: 'Vilken rapport och vilket avsnitt fakta kommer från. Webbplatsen visar källorna i slutet av innehållet.',
    },
  },
  fields: [
    reportField(),
    {
      name: 'section',
      type: 'text',
      required: true,
      label: { fi: 'Luku', en: 'Section', sv: 'Avsnitt' },
      admin: {
        description: {
          fi: 'Luvun numero ja otsikko raportissa, esimerkiksi 4.1 Varsinaiset kohderyhmät.',
          en: 'The section’s number and heading in the report, for example 4.1 Varsinaiset kohderyhmät.',
          sv: 'Avsnittets nummer och rubrik i rapporten, till exempel 4.1 Varsinaiset kohderyhmät.',
        },
      },
    },
  ],
})

/** A localized list of short texts (lessons, goals, benefits…), stored as rows of { text }. */
export const textListField = (
  name: string,
  label: Label,
  itemLabel: Label,
  localized = true,
  description?: Label,
): ArrayField => ({
  name,
  type: 'array',
  localized,
  label,
  labels: { singular: itemLabel, plural: label },
  ...(description ? { admin: { description } } : {}),
  fields: [{ name: 'text', type: 'textarea', required: true, label: itemLabel }],
})

/** An ordered link to other published documents, e.g. a component's course packs. */
export const relatedField = (
  name: string,
  relationTo: RelationshipField['relationTo'] & string,
  label: Label,
  description: Label = {
    fi: 'Sivusto näyttää valitut julkaistut dokumentit linkkeinä tässä järjestyksessä.',
    en: 'The site links to the chosen published documents, in this order.',
    sv: 'Webbplatsen länkar till de valda publicerade dokumenten, i den här ordningen.',
  },
): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo,
  hasMany: true,
  label,
  admin: { position: 'sidebar', description },
})

export const localizedText = (
  name: string,
  label: Label,
  { description, ...extra }: { required?: boolean; maxLength?: number; description?: Label } = {},
): TextField => ({
  name,
  type: 'text',
  localized: true,
  label,
  ...(description ? { admin: { description } } : {}),
  ...extra,
})

export const localizedTextarea = (
  name: string,
  label: Label,
  extra: { required?: boolean; maxLength?: number; description?: Label } = {},
): TextareaField => ({
  name,
  type: 'textarea',
  localized: true,
  label,
  required: extra.required,
  maxLength: extra.maxLength,
  admin: extra.description ? { description: extra.description } : undefined,
})

export const plainSummaryField = (): TextareaField =>
  localizedTextarea(
    'plainSummary',
    { fi: 'Selkoyhteenveto', en: 'Plain-language summary', sv: 'Lättläst sammanfattning' },
    {
      maxLength: 800,
      description: {
        fi: 'Lyhyitä lauseita ja arkisia sanoja lukijoille, joiden luku- tai digitaidot ovat heikot. Enintään 800 merkkiä.',
        en: 'Short sentences and everyday words, for readers with weak reading or digital skills. At most 800 characters.',
        sv: 'Korta meningar och vardagliga ord, för läsare med svag läs- eller digital förmåga. Högst 800 tecken.',
      },
    },
  )

/**
 * The everyday words readers type into the site's search for a document ("pankkitunnukset" for the
 * strong-identification sheet). The site indexes them with extra weight but does not show them, so
 * a reader who does not know the document's own terms still finds it.
 */
export const searchKeywordsField = (): ArrayField => ({
  ...textListField(
    'searchKeywords',
    { fi: 'Hakusanat arkikielellä', en: 'Search words in everyday language', sv: 'Sökord på vardagsspråk' },
    { fi: 'Hakusana', en: 'Search word', sv: 'Sökord' },
    true,
    {
      fi: 'Sanat, joilla lukija etsii tätä sivulta, vaikka ne eivät esiinny tekstissä, esimerkiksi ”pankkitunnukset” tai ”salasana”. Yksi sana tai lyhyt ilmaus riviä kohden, enintään 12. Haku painottaa niitä, mutta sivulla ne eivät näy.',
      en: 'Words readers search for this with even when the text does not use them, for example “bank codes” or “password”. One word or short phrase per row, at most 12. Search gives them extra weight; the page does not show them.',
      sv: 'Ord som läsaren söker efter det här med, även om texten inte använder dem, till exempel ”bankkoder” eller ”lösenord”. Ett ord eller ett kort uttryck per rad, högst 12. Sökningen ger dem extra vikt, men sidan visar dem inte.',
    },
  ),
  maxRows: 12,
})

export const bodyField = (
  label: Label = { fi: 'Teksti', en: 'Body', sv: 'Brödtext' },
  description: Label = {
    fi: 'Sivun varsinainen teksti. Jäsennä se väliotsikoilla ja luetteloilla.',
    en: 'The main text of the page. Give it structure with headings and lists.',
    sv: 'Sidans huvudtext. Dela upp den med mellanrubriker och listor.',
  },
): RichTextField => ({
  name: 'body',
  type: 'richText',
  localized: true,
  label,
  admin: { description },
})

/** A list of codes typed by hand (tags, topics, language codes), each checked against a pattern. */
export const codeListField = (
  name: string,
  label: Label,
  pattern: RegExp,
  error: Label,
  description?: Label,
): TextField =>
  ({
    name,
    type: 'text',
    hasMany: true,
    label,
    validate: matches(pattern, error),
    admin: { position: 'sidebar', ...(description ? { description } : {}) },
  }) as TextField

import type { DefaultTranslationsObject, Language } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'

import { authentication } from './fi/authentication'
import { dashboard } from './fi/dashboard'
import { error } from './fi/error'
import { fields } from './fi/fields'
import { folder } from './fi/folder'
import { general } from './fi/general'
import { lexical } from './fi/lexical'
import { localization } from './fi/localization'
import { operators } from './fi/operators'
import { upload } from './fi/upload'
import { validation } from './fi/validation'
import { version } from './fi/version'

/**
 * The admin's interface languages. Payload 3 ships no Finnish, so the Finnish of every key its
 * English has is ours (cms/src/i18n/fi/, words from docs/admin-glossary.md);
 * tests/unit/admin-finnish.test.ts fails when an upgrade of @payloadcms/translations adds a key
 * that has no Finnish here.
 */
const finnishTranslations: DefaultTranslationsObject = {
  authentication,
  dashboard,
  error,
  fields,
  folder,
  general,
  localization,
  operators,
  upload,
  validation,
  version,
}

/**
 * date-fns has Finnish, but Payload's list of date locales (importDateFNSLocale) does not name it:
 * the Icelandic key stands for it, and the admin's build resolves that locale to Finnish
 * (date-fns-fi.ts). Dates are written with the numeric Finnish format of admin.dateFormat.
 */
export const fi: Language = { dateFNSKey: 'is', translations: finnishTranslations }

export const interfaceLanguages = { fi, en, sv }

/**
 * Translations merged into Payload's: the rich-text editor's own strings (per feature) in Finnish,
 * and one repair of Payload's Swedish, whose "Restoring…" is a paragraph of translator instructions.
 */
export const extraTranslations = { fi: { lexical }, sv: { general: { restoring: 'Återställer…' } } }

/** 30.11.2026 klo 14.05, as Finnish software writes a date and time. */
export const adminDateFormat = "d.M.yyyy 'klo' H.mm"

import type { DefaultTranslationsObject } from '@payloadcms/translations'

/** Copying and publishing a document's language versions (kieliversio); {{from}} and {{to}} are language names. */
export const localization: DefaultTranslationsObject['localization'] = {
  cannotCopySameLocale: 'Kieliversiota ei voi kopioida itseensä. Valitse toinen kieliversio.',
  copyFrom: 'Kopioi kieliversiosta',
  copyFromTo: 'Kopioidaan: {{from}} → {{to}}',
  copyTo: 'Kopioi kieliversioon',
  copyToLocale: 'Kopioi toiseen kieliversioon',
  localeToPublish: 'Julkaistava kieliversio',
  selectedLocales: 'Valitut kieliversiot',
  selectLocaleToCopy: 'Valitse kopioitava kieliversio',
  selectLocaleToDuplicate: 'Valitse monistettavat kieliversiot',
}

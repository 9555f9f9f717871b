import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * The conditions of a list filter, read between a field and a value ("Tila on Julkaistu",
 * "Otsikko sisältää digituki"), so they are lower case like Payload's English.
 */
export const operators: DefaultTranslationsObject['operators'] = {
  contains: 'sisältää',
  equals: 'on',
  exists: 'on olemassa',
  intersects: 'leikkaa aluetta',
  isGreaterThan: 'on suurempi kuin',
  isGreaterThanOrEqualTo: 'on vähintään',
  isIn: 'on jokin näistä',
  isLessThan: 'on pienempi kuin',
  isLessThanOrEqualTo: 'on enintään',
  isLike: 'muistuttaa',
  isNotEqualTo: 'ei ole',
  isNotIn: 'ei ole mikään näistä',
  isNotLike: 'ei muistuta',
  near: 'on lähellä',
  within: 'on alueella',
}

/**
 * date-fns's Finnish, under the name of a locale Payload knows. Payload 3.90 loads the date locale
 * of an interface language from a fixed list (importDateFNSLocale) that has no Finnish, so dates,
 * relative times ("5 minuuttia sitten") and the date picker's calendar of our Finnish interface
 * would be English. Our Finnish language names the Icelandic key instead (cms/src/i18n/index.ts),
 * and the admin's build resolves that one module to this file (cms/next.config.mjs); the admin
 * offers no Icelandic, so nothing else uses it.
 */
export { fi as is } from 'date-fns/locale/fi'

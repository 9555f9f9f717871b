import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * Messages shown next to a field: they say what to enter. {{label}} is a field's or a row's
 * name in the nominative (e.g. "Rivit"), so it stands before a colon or in parentheses.
 */
export const validation: DefaultTranslationsObject['validation'] = {
  emailAddress: 'Kirjoita kelvollinen sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
  enterNumber: 'Kirjoita luku numeroina, esimerkiksi 12.',
  fieldHasNo: 'Tässä kentässä ei ole vielä yhtään kohdetta ({{label}}).',
  greaterThanMax: '{{label}}: {{value}} on liian suuri. Suurin sallittu on {{max}}.',
  invalidBlock: 'Lohko ”{{block}}” ei ole sallittu tässä. Poista se.',
  invalidBlocks: 'Kentässä on lohkoja, jotka eivät ole enää sallittuja: {{blocks}}. Poista ne.',
  invalidInput: 'Kentän arvo ei kelpaa. Tarkista se.',
  invalidSelection: 'Valinta ei kelpaa. Valitse jokin luettelon vaihtoehdoista.',
  invalidSelections: 'Nämä valinnat eivät kelpaa:',
  latitudeOutOfBounds: 'Leveysasteen pitää olla väliltä −90…90.',
  lessThanMin: '{{label}}: {{value}} on liian pieni. Pienin sallittu on {{min}}.',
  limitReached: 'Enimmäismäärä on täynnä: kohteita voi olla enintään {{max}}.',
  longerThanMin: 'Kirjoita vähintään {{minLength}} merkkiä.',
  longitudeOutOfBounds: 'Pituusasteen pitää olla väliltä −180…180.',
  notValidDate: '”{{value}}” ei ole kelvollinen päivämäärä. Valitse päivämäärä kalenterista.',
  required: 'Tämä kenttä on pakollinen.',
  requiresAtLeast: '{{label}}: lisää vähintään {{count}} kpl.',
  requiresNoMoreThan: '{{label}}: enintään {{count}} kpl. Poista ylimääräiset.',
  requiresTwoNumbers: 'Kirjoita kaksi lukua.',
  shorterThanMax: 'Teksti saa olla enintään {{maxLength}} merkkiä pitkä. Lyhennä sitä.',
  timezoneRequired: 'Valitse aikavyöhyke.',
  trueOrFalse: 'Arvo voi olla vain kyllä tai ei.',
  username:
    'Kirjoita kelvollinen käyttäjätunnus. Siinä voi olla kirjaimia, numeroita, yhdysmerkkejä (-), pisteitä ja alaviivoja (_).',
  validUploadID: 'Valittua tiedostoa ei löydy. Valitse tiedosto uudelleen.',
}

import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * Rows, blocks, links, relationships (viittaus) and files inside a document's fields, in the words
 * of docs/admin-glossary.md. {{label}} is a row's, block's or collection's name in the nominative
 * ("Askel", "Uutinen"): the object of an imperative ("Lisää {{label}}"), after a colon or with an
 * adjective ("Uusi {{label}}"). itemsAndMore follows a list of names, or stands alone ("ja 3 muuta").
 */
export const fields: DefaultTranslationsObject['fields'] = {
  addLabel: 'Lisää {{label}}',
  addLink: 'Lisää linkki',
  addNew: 'Lisää uusi',
  addNewLabel: 'Lisää uusi {{label}}',
  addRelationship: 'Lisää viittaus',
  addUpload: 'Lisää tiedosto',
  block: 'Lohko',
  blocks: 'lohkot',
  blockType: 'Lohkon tyyppi',
  chooseBetweenCustomTextOrDocument: 'Kirjoita osoite itse tai valitse dokumentti, johon linkki vie.',
  chooseDocumentToLink: 'Valitse dokumentti, johon linkki vie',
  chooseFromExisting: 'Valitse olemassa olevista',
  chooseLabel: 'Valitse {{label}}',
  collapseAll: 'Kutista kaikki',
  customURL: 'Oma osoite',
  editLabelData: 'Muokkaa tietoja: {{label}}',
  editLink: 'Muokkaa linkkiä',
  editRelationship: 'Muokkaa viittausta',
  enterURL: 'Kirjoita osoite',
  internalLink: 'Sisäinen linkki',
  itemsAndMore: '{{items}} ja {{count}} muuta',
  labelRelationship: 'Viittaus: {{label}}',
  latitude: 'Leveysaste',
  linkedTo: 'Linkki kohteeseen <0>{{label}}</0>',
  linkType: 'Linkin tyyppi',
  longitude: 'Pituusaste',
  newLabel: 'Uusi {{label}}',
  openInNewTab: 'Avaa uudessa välilehdessä',
  passwordsDoNotMatch: 'Salasanat eivät täsmää.',
  relatedDocument: 'Viitattu dokumentti',
  relationTo: 'Viittauksen kokoelma',
  removeRelationship: 'Poista viittaus',
  removeUpload: 'Poista tiedosto kentästä',
  saveChanges: 'Tallenna muutokset',
  searchForBlock: 'Hae lohkoa',
  searchForLanguage: 'Hae kieltä',
  selectExistingLabel: 'Valitse olemassa oleva {{label}}',
  selectFieldsToEdit: 'Valitse muokattavat kentät',
  showAll: 'Laajenna kaikki',
  swapRelationship: 'Vaihda viittaus',
  swapUpload: 'Vaihda tiedosto',
  textToDisplay: 'Linkin teksti',
  toggleBlock: 'Näytä tai piilota lohko',
  uploadNewLabel: 'Lataa uusi {{label}}',
}

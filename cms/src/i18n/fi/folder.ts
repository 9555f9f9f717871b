import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * Folders (kansio, juurikansio). {{title}} is a document's or folder's name, or Payload's count of
 * them ("3 kohdetta", from general:items); {{folderName}}, {{fromFolder}} and {{toFolder}} follow
 * the word kansio, so none of them needs a case ending. In the confirmations of moving several
 * items, {{count}} {{label}} is Payload's "1 kohde" or "3 kohdetta" (general:item, general:items):
 * the object of a passive question, where both forms are correct.
 */
export const folder: DefaultTranslationsObject['folder'] = {
  browseByFolder: 'Selaa kansioittain',
  byFolder: 'Kansioittain',
  deleteFolder: 'Poista kansio',
  folderName: 'Kansion nimi',
  folders: 'Kansiot',
  folderTypeDescription: 'Valitse, minkä kokoelmien dokumentteja tähän kansioon saa lisätä.',
  itemHasBeenMoved: '{{title}} siirrettiin kansioon {{folderName}}',
  itemHasBeenMovedToRoot: '{{title}} siirrettiin juurikansioon',
  itemsMovedToFolder: '{{title}} siirretty kansioon {{folderName}}',
  itemsMovedToRoot: '{{title}} siirretty juurikansioon',
  moveFolder: 'Siirrä kansio',
  moveItemsToFolderConfirmation: 'Siirretäänkö <1>{{count}} {{label}}</1> kansioon <2>{{toFolder}}</2>?',
  moveItemsToRootConfirmation: 'Siirretäänkö <1>{{count}} {{label}}</1> juurikansioon?',
  moveItemToFolderConfirmation:
    'Olet siirtämässä kohteen <1>{{title}}</1> kansioon <2>{{toFolder}}</2>. Haluatko varmasti jatkaa?',
  moveItemToRootConfirmation: 'Olet siirtämässä kohteen <1>{{title}}</1> juurikansioon. Haluatko varmasti jatkaa?',
  movingFromFolder: 'Siirretään {{title}} kansiosta {{fromFolder}}',
  newFolder: 'Uusi kansio',
  noFolder: 'Ei kansiota',
  renameFolder: 'Nimeä kansio uudelleen',
  searchByNameInFolder: 'Hae nimellä kansiosta {{folderName}}',
  selectFolderForItem: 'Valitse kansio ({{title}})',
}

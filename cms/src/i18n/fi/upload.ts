import type { DefaultTranslationsObject } from '@payloadcms/translations'

/**
 * Uploading files and editing images (tiedosto, ladata, kuva, rajaus, painopiste). Payload writes
 * "{{count}} ladattavaa tiedostoa" and "Valitse tiedosto tai vedä ja pudota tiedosto" itself, so
 * those pieces start in lower case. A download is "Lataa koneelle", so that it is not mistaken for
 * an upload (ladata in the glossary).
 */
export const upload: DefaultTranslationsObject['upload'] = {
  addFile: 'Lisää tiedosto',
  addFiles: 'Lisää tiedostoja',
  bulkUpload: 'Lataa useita tiedostoja',
  crop: 'Rajaa',
  cropToolDescription: 'Vedä valitun alueen kulmia, piirrä uusi alue tai muuta alla olevia arvoja.',
  download: 'Lataa koneelle',
  dragAndDrop: 'vedä ja pudota tiedosto tähän',
  dragAndDropHere: 'tai vedä ja pudota tiedosto tähän',
  editImage: 'Muokkaa kuvaa',
  fileName: 'Tiedostonimi',
  fileSize: 'Tiedoston koko',
  filesToUpload: 'ladattavaa tiedostoa',
  fileToUpload: 'ladattava tiedosto',
  focalPoint: 'Painopiste',
  focalPointDescription: 'Vedä painopiste suoraan kuvaan tai muuta alla olevia arvoja.',
  height: 'Korkeus',
  lessInfo: 'Piilota lisätiedot',
  moreInfo: 'Näytä lisätiedot',
  noFile: 'Ei tiedostoa',
  pasteURL: 'Liitä osoite',
  previewSizes: 'Näytä kuvakoot',
  selectCollectionToBrowse: 'Valitse selattava kokoelma',
  selectFile: 'Valitse tiedosto',
  setCropArea: 'Aseta rajaus',
  setFocalPoint: 'Aseta painopiste',
  sizes: 'Kuvakoot',
  sizesFor: 'Kuvakoot: {{label}}',
  width: 'Leveys',
}

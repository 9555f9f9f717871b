import fs from 'node:fs'
import path from 'node:path'
import type { Access, CollectionBeforeOperationHook, CollectionConfig, PayloadRequest, Config, Where } from 'payload'
import { APIError, ValidationError } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { authenticated, editors } from '../access'
import { refuse, writesDraftsOnly } from '../access/publishingPolicy'
import { adminGroups } from '../admin/groups'
import { message } from '../fields/common'
import { rebuildAfterMediaChange, rebuildAfterMediaDelete } from '../hooks/mediaBuild'
import { mediaInUseAmong, mediaUsedByPublishedDocuments } from '../hooks/mediaReferences'
import { mediaDir } from '../paths'
import { declaredPixels, MAX_INPUT_PIXELS } from '@toolkit/contract/media'

const slug = 'media'

/** Readers are often on old phones and slow connections: a larger original has no place here. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** A number with one decimal as each interface language writes it: 10.5 in English, 10,5 in Finnish and Swedish. */
const oneDecimal = (value: number, language: 'fi' | 'en' | 'sv') =>
  value.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** Checked before anything is stored, for uploads from the admin, REST and the Local API alike. */
const limitSize: CollectionBeforeOperationHook = ({ req, operation, collection }) => {
  const size = req.file?.size ?? req.file?.data?.length ?? 0
  if ((operation === 'create' || operation === 'update') && size > MAX_UPLOAD_BYTES) {
    const mb = (bytes: number, language: 'fi' | 'en' | 'sv') => oneDecimal(bytes / 1024 / 1024, language)
    const text = message(req, {
      fi: `Tiedosto on ${mb(size, 'fi')} Mt; suurin sallittu koko on ${mb(MAX_UPLOAD_BYTES, 'fi')} Mt. Pienennä kuvaa tai jaa asiakirja osiin.`,
      en: `The file is ${mb(size, 'en')} MB; the limit is ${mb(MAX_UPLOAD_BYTES, 'en')} MB. Make the image smaller or split the document.`,
      sv: `Filen är ${mb(size, 'sv')} MB; den får vara högst ${mb(MAX_UPLOAD_BYTES, 'sv')} MB. Förminska bilden eller dela upp dokumentet.`,
    })
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: text }] }, req.t)
  }
}

const megapixels = (pixels: number) => Math.round(pixels / 100_000) / 10

/**
 * Refuses an image whose header declares more than MAX_INPUT_PIXELS (a decompression bomb: a few
 * kilobytes that decode to gigabytes), before anything is decoded or stored. sharp's metadata()
 * reads the header only. A file sharp cannot read (a PDF) is left to Payload's own type checks.
 */
const limitPixels: CollectionBeforeOperationHook = async ({ req, operation, collection }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  let metadata: Metadata
  try {
    metadata = await sharp(req.file.tempFilePath || req.file.data, { limitInputPixels: false }).metadata()
  } catch {
    return
  }
  const pixels = declaredPixels(metadata)
  if (pixels === null || pixels <= MAX_INPUT_PIXELS) return
  const { width, height } = metadata
  const name = req.file.name
  const size = `${width} × ${height}`
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: message(req, {
            fi: `”${name}” on ${size} pikseliä (${megapixels(pixels)} megapikseliä); suurin sallittu koko on ${megapixels(MAX_INPUT_PIXELS)} megapikseliä. Pienennä kuvaa ja lataa se uudelleen.`,
            en: `“${name}” is ${size} pixels (${megapixels(pixels)} megapixels); the limit is ${megapixels(MAX_INPUT_PIXELS)} megapixels. Make the image smaller and upload it again.`,
            sv: `”${name}” är ${size} pixlar (${megapixels(pixels)} megapixlar); gränsen är ${megapixels(MAX_INPUT_PIXELS)} megapixlar. Förminska bilden och ladda upp den igen.`,
          }),
        },
      ],
    },
    req.t,
  )
}

/**
 * The sharp that Payload uses for its own image work (dimensions, renditions, crops): every call
 * decodes at most MAX_INPUT_PIXELS, whatever options Payload passes, so a bomb that got past the
 * check above (or a file stored before it) is refused by sharp instead of filling the memory.
 */
export const sharpWithPixelLimit: NonNullable<Config['sharp']> = (input, options) => {
  const asked = options?.limitInputPixels
  const limit = typeof asked === 'number' && asked > 0 && asked < MAX_INPUT_PIXELS ? asked : MAX_INPUT_PIXELS
  return sharp(input, { ...options, limitInputPixels: limit })
}

/**
 * What the published site shows is changed by editors only (access/publishingPolicy.ts), and that
 * includes the uploads it uses: a contributor may upload new files and change those no published
 * document uses, but not change the alt text of, or replace, a file a published page shows.
 * Before anything is written, so a refused replacement leaves the stored files as they were.
 */
const editorsChangeMediaInUse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !writesDraftsOnly(req)) return args
  const refused = await mediaInUseAmong(req, args as { id?: unknown; where?: Where }, slug)
  if (refused.length > 0)
    refuse(req, `media ${refused.join(', ')} used by published documents`, {
      fi: 'Tätä tiedostoa käytetään julkaistulla sivulla, joten vain toimittaja voi muuttaa sitä tai sen vaihtoehtoista tekstiä. Lataa tarvittaessa uusi tiedosto tai pyydä toimittajaa tekemään muutos.',
      en: 'A published page uses this file, so only an editor can change it or its alt text. Upload a new file if you need one, or ask an editor to make the change.',
      sv: 'En publicerad sida använder den här filen, så bara en redaktör kan ändra den eller dess alternativa text. Ladda upp en ny fil vid behov, eller be en redaktör göra ändringen.',
    })
  return args
}

/**
 * An upload that a published page shows cannot be deleted, by anyone: the page would lose it, and
 * SQLite may give the freed id to the next upload, which the page (its rich text keeps the id)
 * would then show instead. Take it out of the published documents first, then delete it.
 */
const refuseDeletingMediaInUse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'delete') return args
  const refused = await mediaInUseAmong(req, args as { id?: unknown; where?: Where }, slug)
  if (refused.length > 0) {
    throw new APIError(
      message(req, {
        fi: `Tiedostoa käytetään julkaistulla sivulla (mediatiedosto ${refused.join(', ')}). Poista se ensin julkaistuista dokumenteista ja poista tiedosto sen jälkeen.`,
        en: `This file is used by a published page (media ${refused.join(', ')}). Remove it from the published documents first, then delete it.`,
        sv: `Filen används på en publicerad sida (media ${refused.join(', ')}). Ta först bort den från de publicerade dokumenten och radera den sedan.`,
      }),
      409,
      undefined,
      true,
    )
  }
  return args
}

/**
 * Staff read every upload; anyone else (and the anonymous REST export) only those a published
 * document uses, so an upload is not public on the CMS before a page that shows it is published.
 * Computed from the published documents on each anonymous read (no stored flag to go stale).
 */
const staffOrInUse: Access = async ({ req }) => {
  if (req.user) return true
  const inUse = [...(await mediaUsedByPublishedDocuments(req, slug))]
  const visible: Where = inUse.length > 0 ? { id: { in: inUse } } : { id: { exists: false } }
  return visible
}

/**
 * A request for a file that is not on disk is a 404 (Payload logs it and answers 500). Returns
 * nothing when the file is there, so Payload streams it as usual.
 */
const missingFileIsNotFound = (req: PayloadRequest, { params }: { params: { filename: string } }) => {
  const file = path.resolve(mediaDir, params.filename)
  if (file.startsWith(mediaDir + path.sep) && fs.existsSync(file)) return undefined
  return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
}

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug,
  labels: {
    singular: { fi: 'Mediatiedosto', en: 'Media file', sv: 'Mediefil' },
    plural: { fi: 'Media', en: 'Media', sv: 'Media' },
  },
  admin: {
    group: adminGroups.upkeep,
    description: {
      fi: 'Kuvat ja PDF-tiedostot, joita sivuilla käytetään (PNG, JPEG, WebP tai PDF, enintään 10 Mt). Kuvista tehdään automaattisesti kevyemmät versiot.',
      en: 'The images and PDF files the pages use (PNG, JPEG, WebP or PDF, at most 10 MB). Lighter versions of images are made automatically.',
      sv: 'Bilderna och PDF-filerna som sidorna använder (PNG, JPEG, WebP eller PDF, högst 10 MB). Lättare versioner av bilderna skapas automatiskt.',
    },
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    listSearchableFields: ['filename', 'alt'],
  },
  access: {
    read: staffOrInUse,
    create: authenticated,
    update: authenticated,
    delete: editors,
  },
  hooks: {
    beforeOperation: [limitSize, limitPixels, editorsChangeMediaInUse, refuseDeletingMediaInUse],
    afterChange: [rebuildAfterMediaChange],
    afterDelete: [rebuildAfterMediaDelete],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],
    // Small renditions keep pages light on old phones and slow connections.
    imageSizes: [320, 768, 1280].map((width, index) => ({
      name: ['thumbnail', 'card', 'wide'][index]!,
      width,
      withoutEnlargement: true,
      formatOptions: webp,
    })),
    formatOptions: webp,
    adminThumbnail: 'thumbnail',
    handlers: [missingFileIsNotFound],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { fi: 'Vaihtoehtoinen teksti', en: 'Alternative text', sv: 'Alternativ text' },
      admin: {
        description: {
          fi: 'Mitä kuvassa näkyy, niille jotka eivät näe sitä (ruudunlukija lukee tämän tekstin). Esimerkiksi: Ohjaaja neuvoo asiakasta älypuhelimen käytössä. Asiakirjasta: mitä se sisältää.',
          en: 'What the image shows, for people who cannot see it (a screen reader reads this text). For example: An instructor helps a customer use a smartphone. For a document: what it contains.',
          sv: 'Vad bilden visar, för den som inte ser den (en skärmläsare läser upp texten). Till exempel: En handledare hjälper en kund att använda en smarttelefon. För ett dokument: vad det innehåller.',
        },
      },
    },
  ],
}

import zlib from 'node:zlib'

/**
 * Decompression bombs for upload and publishing tests: a PNG of a few kilobytes can declare an
 * image of hundreds of megapixels.
 */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A valid 1-bit greyscale PNG of the given size, all black: tiny on disk, huge once decoded.
 * `truncated` leaves out all but the first row of pixels, for sizes whose compressed pixels alone
 * would be large (the header still declares the full size, which is what is checked).
 */
export function blackPng(width: number, height: number, { truncated = false } = {}): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(1, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  const rowBytes = 1 + Math.ceil(width / 8) // filter byte + pixels
  const pixels = truncated
    ? zlib.deflateSync(Buffer.alloc(rowBytes))
    : zlib.deflateSync(Buffer.alloc(rowBytes * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MediaError, publishMedia } from '../../site/integrations/media-publish'
import { emptyPublishedContent, assembleSnapshot } from '../../scripts/lib/export'

// A site built on Netlify from a remote CMS downloads the uploads over REST, with the API key.
describe('media from a remote CMS', () => {
  it('downloads every file and rendition with the API key, and names the file it could not get', async () => {
    const image = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#6f2c91' } })
      .webp()
      .toBuffer()
    const seen: { url: string; auth: string | undefined }[] = []
    const server = http.createServer((request, response) => {
      seen.push({ url: request.url!, auth: request.headers.authorization })
      if (request.url === '/api/media/file/gone.webp') return response.writeHead(404).end()
      response.writeHead(200, { 'content-type': 'image/webp' }).end(image)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const payloadUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const snapshot = assembleSnapshot('rest', emptyPublishedContent())
    const item = (id: string, filename: string) => ({
      id,
      filename,
      mimeType: 'image/webp',
      filesize: image.length,
      width: 800,
      height: 400,
      url: `/api/media/file/${filename}`,
      sizes: {
        thumbnail: { url: `/api/media/file/${filename.replace('.webp', '-320x160.webp')}`, width: 320, height: 160 },
      },
      alt: { fi: 'Kuva', en: null, sv: null },
    })
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-media-rest-'))
    try {
      const result = await publishMedia({ ...snapshot, media: [item('7', 'kuva.webp')] }, outDir, {
        payloadUrl,
        apiKey: 'secret',
      })
      expect(result.files).toBe(2)
      expect(fs.existsSync(path.join(outDir, 'media', '7', 'kuva.webp'))).toBe(true)
      expect(fs.existsSync(path.join(outDir, 'media', '7', 'thumbnail-kuva-320x160.webp'))).toBe(true)
      expect(seen.every((request) => request.auth === 'users API-Key secret')).toBe(true)

      const missing = publishMedia({ ...snapshot, media: [item('8', 'gone.webp')] }, outDir, { payloadUrl })
      await expect(missing).rejects.toThrow(MediaError)
      await expect(missing).rejects.toThrow(/"gone\.webp".*404/)
    } finally {
      server.close()
      fs.rmSync(outDir, { recursive: true, force: true })
    }
  })
})

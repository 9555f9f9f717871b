// Each integration test file gets its own empty SQLite database and data folder, set before
// any module reads the environment (setup files run before the test file's imports).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-int-'))
process.env.TOOLKIT_DATA_DIR = dir
process.env.DATABASE_URI = `file:${path.join(dir, 'payload.db')}`
process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
process.env.TOOLKIT_CONTENT_DIR ??= path.resolve('tests/fixtures/content')
delete process.env.ADMIN_EMAIL
delete process.env.ADMIN_PASSWORD
delete process.env.PAYLOAD_URL

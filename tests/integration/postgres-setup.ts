// The same integration tests against PostgreSQL: each test file gets a fresh database of its own on
// the server the global setup started, replacing the SQLite file that setup.ts chose.
import crypto from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

const admin = inject('postgresUri')
const database = `toolkit_${crypto.randomBytes(6).toString('hex')}`
const client = new pg.Client({ connectionString: admin })
await client.connect()
try {
  await client.query(`CREATE DATABASE ${database}`)
} finally {
  await client.end()
}
const uri = new URL(admin)
uri.pathname = `/${database}`
process.env.DATABASE_URI = uri.href

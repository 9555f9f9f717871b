// The same integration tests against a real MongoDB server named by MONGODB_TEST_URI (npm test
// selects this run only when it is set): each test file gets a database of its own on it.
import crypto from 'node:crypto'

const server = process.env.MONGODB_TEST_URI
if (!server) throw new Error('MONGODB_TEST_URI is not set: the MongoDB run needs a MongoDB server.')
const uri = new URL(server)
uri.pathname = `/toolkit_${crypto.randomBytes(6).toString('hex')}`
process.env.DATABASE_URI = uri.href

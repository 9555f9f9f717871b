// Imported first by every module that loads the Payload config: ES modules evaluate their imports
// in order, so the environment (PAYLOAD_SECRET, DATABASE_URI) is in place before the config reads it.
import { loadLocalEnv } from './env'

loadLocalEnv()
// Outside production, getPayload() opens a hot-reload WebSocket to a Next dev server on :3000.
// Scripts never want it, and when `npm start` serves the CMS there it kept them from exiting.
process.env.DISABLE_PAYLOAD_HMR = 'true'

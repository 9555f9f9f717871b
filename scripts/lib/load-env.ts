// Imported first by every module that loads the Payload config: ES modules evaluate their imports
// in order, so the environment (PAYLOAD_SECRET, DATABASE_URI) is in place before the config reads it.
import { loadLocalEnv } from './env'

loadLocalEnv()

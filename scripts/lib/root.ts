// Scripts know where the repository is from their own location; the CMS (bundled by Next) reads
// it from TOOLKIT_ROOT. Imported before cms/src/paths so that both agree from any working folder.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

process.env.TOOLKIT_ROOT ||= path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

import { readSnapshot } from './snapshot-loader'

/** The public address of an uploaded file named in the snapshot (null when it is not published). */
export function mediaUrl(id: string): string | null {
  return readSnapshot().media.find((item) => item.id === id)?.url ?? null
}

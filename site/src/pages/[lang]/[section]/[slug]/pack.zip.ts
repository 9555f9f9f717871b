import type { APIRoute } from 'astro'

import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { langs, type Lang } from '../../../../i18n/locales'
import { coursePackZip } from '../../../../lib/course-pack-zip'
import { getDocuments } from '../../../../lib/pages'
import { sections } from '@toolkit/contract/routes'

/** The one-click download of a course pack: /fi/koulutuspaketit/<slug>/pack.zip. */
export async function getStaticPaths() {
  const packs = await getDocuments('course-packs')
  const sheets = await getDocuments('cheat-sheets')
  return langs.flatMap((lang) =>
    packs.map((pack) => ({
      params: { lang, section: sections['course-packs'][lang], slug: pack.slug },
      props: { pack, sheets: sheets.filter((sheet) => pack.cheatSheets.includes(sheet.slug)) },
    })),
  )
}

export const GET: APIRoute = ({ params, props, site }) => {
  const { pack, sheets } = props as {
    pack: SnapshotDocument<'course-packs'>
    sheets: SnapshotDocument<'cheat-sheets'>[]
  }
  const zip = coursePackZip(pack, sheets, params.lang as Lang, site!)
  return new Response(zip, { headers: { 'content-type': 'application/zip' } })
}

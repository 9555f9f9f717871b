import fs from 'node:fs'
import type { APIRoute } from 'astro'

import type { SnapshotDocument } from '@toolkit/contract/snapshot'
import { langs, type Lang } from '../../../../i18n/locales'
import { packMaterials } from '../../../../lib/course-pack-materials'
import { coursePackZip, type ZipMaterial } from '../../../../lib/course-pack-zip'
import { getDocuments } from '../../../../lib/pages'
import { organisationName, siteName } from '../../../../lib/site-settings'
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

export const GET: APIRoute = async ({ params, props, site }) => {
  const { pack, sheets } = props as {
    pack: SnapshotDocument<'course-packs'>
    sheets: SnapshotDocument<'cheat-sheets'>[]
  }
  const lang = params.lang as Lang
  // The pack's files as media publishing wrote them for this build.
  const materials: ZipMaterial[] = packMaterials(pack, lang).map((material) => ({
    path: material.zipPath,
    title: material.title.value,
    titleLang: material.title.lang !== lang ? material.title.lang : undefined,
    details: material.details,
    data: fs.readFileSync(material.media.file),
  }))
  // The licence notice and the DOCX files name the site settings' organisation as the publisher.
  const zip = await coursePackZip(pack, {
    cheatSheets: sheets,
    lang,
    site: site!,
    publisher: organisationName(lang),
    siteName: siteName(lang),
    materials,
  })
  return new Response(zip, { headers: { 'content-type': 'application/zip' } })
}

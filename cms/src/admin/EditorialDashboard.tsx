import fs from 'node:fs'
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { buildStatusSchema, type BuildStatus } from '@toolkit/contract/build-status'
import { SITE_TIME_ZONE } from '@toolkit/contract/time'
import type { Label } from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { type HookRequest, siteBuildHook } from '../hooks/siteBuild'

/**
 * The panel at the top of the admin's dashboard, in the editor's interface language: how drafts,
 * review, preview and publishing work here, what waits for review, how the last builds of the
 * public site and the preview went, and links to both.
 */
type Lang = 'fi' | 'en' | 'sv'

const words = {
  heading: { fi: 'Julkaiseminen', en: 'Publishing', sv: 'Publicering' },
  howHeading: { fi: 'Näin julkaiset', en: 'How publishing works', sv: 'Så publicerar du' },
  steps: [
    {
      fi: 'Kirjoita ja tallenna luonnos. Luonnos tallentuu myös automaattisesti. Se ei näy julkisella sivustolla.',
      en: 'Write and save a draft. Drafts are also saved automatically. A draft is not on the public site.',
      sv: 'Skriv och spara ett utkast. Utkast sparas också automatiskt. Ett utkast syns inte på den offentliga webbplatsen.',
    },
    {
      fi: 'Katso luonnos esikatselusta. Esikatselu päivittyy jokaisen tallennuksen jälkeen.',
      en: 'Look at the draft in the preview. The preview is rebuilt after every save.',
      sv: 'Titta på utkastet i förhandsgranskningen. Den byggs om efter varje sparning.',
    },
    {
      fi: 'Kirjoittaja rastittaa kohdan Valmis tarkistettavaksi. Toimittaja näkee luonnoksen alla olevassa listassa.',
      en: 'A contributor ticks Ready for review. Editors see the draft in the list below.',
      sv: 'En skribent kryssar i Klar för granskning. Redaktörerna ser utkastet i listan nedan.',
    },
    {
      fi: 'Toimittaja julkaisee. Julkinen sivusto kootaan uudelleen, ja muutos näkyy siellä hetken kuluttua.',
      en: 'An editor publishes. The public site is rebuilt, and the change appears there shortly.',
      sv: 'En redaktör publicerar. Den offentliga webbplatsen byggs om, och ändringen syns där inom kort.',
    },
    {
      fi: 'Peru julkaisu poistaa dokumentin sivustolta. Poistettu dokumentti siirtyy roskakoriin, josta sen voi palauttaa.',
      en: 'Unpublish takes a document off the site. A deleted document goes to the trash, from which it can be restored.',
      sv: 'Avpublicera tar bort ett dokument från webbplatsen. Ett raderat dokument hamnar i papperskorgen och kan återställas.',
    },
  ],
  reviewHeading: { fi: 'Odottaa tarkistusta', en: 'Waiting for review', sv: 'Väntar på granskning' },
  reviewNone: {
    fi: 'Yksikään luonnos ei odota tarkistusta.',
    en: 'No draft is waiting for review.',
    sv: 'Inga utkast väntar på granskning.',
  },
  savedAt: { fi: 'tallennettu', en: 'saved', sv: 'sparad' },
  siteHeading: { fi: 'Julkinen sivusto', en: 'Public site', sv: 'Offentliga webbplatsen' },
  previewHeading: { fi: 'Esikatselu', en: 'Preview', sv: 'Förhandsgranskning' },
  open: { fi: 'Avaa', en: 'Open', sv: 'Öppna' },
  building: {
    fi: 'Kokoaminen on käynnissä (alkoi {time}). Sivustolla näkyy edellinen versio, kunnes uusi on valmis.',
    en: 'A build is running (started {time}). The site shows the previous version until the new one is complete.',
    sv: 'Ett bygge pågår (startade {time}). Webbplatsen visar den tidigare versionen tills den nya är klar.',
  },
  succeeded: {
    fi: 'Viimeisin kokoaminen onnistui {time}: {pages} sivua, {seconds} s.',
    en: 'The last build succeeded {time}: {pages} pages, {seconds} s.',
    sv: 'Det senaste bygget lyckades {time}: {pages} sidor, {seconds} s.',
  },
  failed: {
    fi: 'Viimeisin kokoaminen epäonnistui {time}. Sivustolla näkyy edelleen edellinen onnistunut versio. Syy:',
    en: 'The last build failed {time}. The site still shows the last successful version. Reason:',
    sv: 'Det senaste bygget misslyckades {time}. Webbplatsen visar fortfarande den senaste lyckade versionen. Orsak:',
  },
  waiting: {
    fi: 'Julkaistut muutokset lähetetään kokoamiseen muutaman sekunnin kuluttua.',
    en: 'Published changes go to the build in a few seconds.',
    sv: 'Publicerade ändringar skickas till bygget om några sekunder.',
  },
  hookOk: {
    fi: 'Sivuston kokoaminen pyydettiin {time}. Verkkopalvelu kokoaa sivuston muutamassa minuutissa.',
    en: 'A site build was requested {time}. The host builds the site in a few minutes.',
    sv: 'Ett bygge av webbplatsen begärdes {time}. Webbhotellet bygger webbplatsen inom några minuter.',
  },
  hookFailed: {
    fi: 'Sivuston kokoamista ei saatu pyydettyä {time}: {reason}. Julkaise uudelleen tai pyydä ylläpitäjää käynnistämään kokoaminen.',
    en: 'The site build could not be requested {time}: {reason}. Publish again or ask an administrator to start a build.',
    sv: 'Bygget av webbplatsen kunde inte begäras {time}: {reason}. Publicera igen eller be en administratör starta ett bygge.',
  },
  // Why the hook failed (HookRequest.failure), in the editor's words; never the hook's address.
  hookAnsweredError: {
    fi: 'verkkopalvelu vastasi virhekoodilla {status}',
    en: 'the host answered with error {status}',
    sv: 'webbhotellet svarade med felkod {status}',
  },
  hookTimeout: {
    fi: 'verkkopalvelu ei vastannut ajoissa',
    en: 'the host did not answer in time',
    sv: 'webbhotellet svarade inte i tid',
  },
  hookInvalidUrl: {
    fi: 'kokoamisen osoite on virheellinen',
    en: 'the build hook address is not valid',
    sv: 'byggets adress är ogiltig',
  },
  hookUnreachable: {
    fi: 'verkkopalveluun ei saatu yhteyttä',
    en: 'the host could not be reached',
    sv: 'webbhotellet kunde inte nås',
  },
  unknown: {
    fi: 'Tämä CMS ei ole vielä pyytänyt sivuston kokoamista.',
    en: 'This CMS has not requested a site build yet.',
    sv: 'Detta CMS har inte begärt något bygge av webbplatsen ännu.',
  },
  unreadable: {
    fi: 'Kokoamisen tilaa ei voitu lukea.',
    en: 'The state of the build could not be read.',
    sv: 'Byggets status kunde inte läsas.',
  },
} satisfies Record<string, Label | Label[]>

const say = (lang: Lang, label: Label, values: Record<string, string | number> = {}) =>
  label[lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

/** 30.11.2026 klo 14.05 (Helsinki time), as the rest of the admin writes dates. */
function when(lang: Lang, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const locale = { fi: 'fi-FI', en: 'en-GB', sv: 'sv-SE' }[lang]
  return new Intl.DateTimeFormat(locale, {
    timeZone: SITE_TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(date)
}

function readStatus(file: string | undefined): BuildStatus | 'unreadable' | null {
  if (!file || !fs.existsSync(file)) return null
  try {
    return buildStatusSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    return 'unreadable'
  }
}

function StatusLine({ lang, status }: { lang: Lang; status: BuildStatus }) {
  if (status.state === 'building')
    return (
      <p className="editorial-dashboard__state">{say(lang, words.building, { time: when(lang, status.startedAt) })}</p>
    )
  if (status.state === 'succeeded')
    return (
      <p className="editorial-dashboard__state editorial-dashboard__state--ok">
        {say(lang, words.succeeded, {
          time: when(lang, status.finishedAt ?? status.startedAt),
          pages: status.pages ?? 0,
          seconds: (status.seconds ?? 0).toFixed(1),
        })}
      </p>
    )
  return (
    <div className="editorial-dashboard__state editorial-dashboard__state--failed" role="alert">
      <p>{say(lang, words.failed, { time: when(lang, status.finishedAt ?? status.startedAt) })}</p>
      <pre>{status.error}</pre>
    </div>
  )
}

function hookFailure(lang: Lang, last: HookRequest): string {
  if (last.status !== undefined) return say(lang, words.hookAnsweredError, { status: last.status })
  if (last.failure === 'timeout') return words.hookTimeout[lang]
  if (last.failure === 'invalid URL') return words.hookInvalidUrl[lang]
  return words.hookUnreachable[lang]
}

function HookLine({ lang, last, pending }: { lang: Lang; last: HookRequest | null; pending: boolean }) {
  return (
    <>
      {pending && <p className="editorial-dashboard__state">{words.waiting[lang]}</p>}
      {last ? (
        <p className={`editorial-dashboard__state${last.ok ? '' : ' editorial-dashboard__state--failed'}`}>
          {last.ok
            ? say(lang, words.hookOk, { time: when(lang, last.at) })
            : say(lang, words.hookFailed, { time: when(lang, last.at), reason: hookFailure(lang, last) })}
        </p>
      ) : (
        !pending && <p className="editorial-dashboard__state">{words.unknown[lang]}</p>
      )}
    </>
  )
}

interface WaitingDraft {
  collection: string
  collectionLabel: string
  id: number | string
  title: string
  updatedAt: string
}

/** Every draft marked ready for review that this user may read, newest first. */
async function waitingForReview(payload: Payload, user: TypedUser | null, lang: Lang): Promise<WaitingDraft[]> {
  const waiting: WaitingDraft[] = []
  for (const collection of payload.config.collections) {
    if (!collection.fields.some((field) => 'name' in field && field.name === READY_FOR_REVIEW)) continue
    const titleField = collection.admin?.useAsTitle ?? 'id'
    const found = await payload.find({
      collection: collection.slug as never,
      where: { [READY_FOR_REVIEW]: { equals: true } },
      draft: true,
      depth: 0,
      limit: 50,
      sort: '-updatedAt',
      overrideAccess: false,
      user,
      locale: 'fi',
    })
    const plural = collection.labels?.plural
    const collectionLabel =
      typeof plural === 'object' && plural !== null && lang in plural
        ? String((plural as Record<string, unknown>)[lang])
        : collection.slug
    for (const doc of found.docs as Record<string, unknown>[]) {
      waiting.push({
        collection: collection.slug,
        collectionLabel,
        id: doc.id as number | string,
        title: typeof doc[titleField] === 'string' && doc[titleField] ? String(doc[titleField]) : String(doc.id),
        updatedAt: String(doc.updatedAt ?? ''),
      })
    }
  }
  return waiting.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export async function EditorialDashboard({
  payload,
  i18n,
  user,
}: {
  payload: Payload
  i18n: I18nClient
  user?: TypedUser | null
}) {
  const lang: Lang = i18n.language === 'en' || i18n.language === 'sv' ? i18n.language : 'fi'
  const siteUrl = process.env.PUBLIC_SITE_URL || process.env.SITE_URL
  const previewUrl = process.env.PREVIEW_URL
  const siteStatus = readStatus(process.env.SITE_BUILD_STATUS_FILE)
  const previewStatus = readStatus(process.env.PREVIEW_BUILD_STATUS_FILE)
  const waiting = await waitingForReview(payload, user ?? null, lang)
  const adminRoute = payload.config.routes.admin

  return (
    <section className="editorial-dashboard" aria-labelledby="editorial-dashboard-heading">
      <h2 id="editorial-dashboard-heading">{words.heading[lang]}</h2>
      <div className="editorial-dashboard__columns">
        <div>
          <h3>{words.howHeading[lang]}</h3>
          <ol>
            {words.steps.map((step) => (
              <li key={step.en}>{step[lang]}</li>
            ))}
          </ol>
        </div>
        <div>
          <h3>{words.siteHeading[lang]}</h3>
          {siteUrl && (
            <p>
              <a href={`${siteUrl}/${lang}/`} target="_blank" rel="noopener">
                {words.open[lang]}: {siteUrl}/{lang}/
              </a>
            </p>
          )}
          {siteStatus === 'unreadable' ? (
            <p>{words.unreadable[lang]}</p>
          ) : siteStatus ? (
            <StatusLine lang={lang} status={siteStatus} />
          ) : (
            <HookLine lang={lang} last={siteBuildHook.last()} pending={siteBuildHook.pending()} />
          )}
          {previewUrl && (
            <>
              <h3>{words.previewHeading[lang]}</h3>
              <p>
                <a href={`${previewUrl}/${lang}/`} target="_blank" rel="noopener">
                  {words.open[lang]}: {previewUrl}/{lang}/
                </a>
              </p>
              {previewStatus === 'unreadable' ? (
                <p>{words.unreadable[lang]}</p>
              ) : (
                previewStatus && <StatusLine lang={lang} status={previewStatus} />
              )}
            </>
          )}
        </div>
      </div>
      <h3>{words.reviewHeading[lang]}</h3>
      {waiting.length === 0 ? (
        <p>{words.reviewNone[lang]}</p>
      ) : (
        <ul className="editorial-dashboard__review">
          {waiting.map((draft) => (
            <li key={`${draft.collection}/${draft.id}`}>
              <a href={`${adminRoute}/collections/${draft.collection}/${draft.id}`}>{draft.title}</a>{' '}
              <span>
                ({draft.collectionLabel}, {words.savedAt[lang]} {when(lang, draft.updatedAt)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

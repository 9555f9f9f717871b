import { type ChildProcess, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Balancer, startBalancer } from './balancer'
import { buildAdminIfStale, startCms, stopCms } from './cms-server'
import { coalescing } from './coalesce'
import { cmsDir, repoRoot } from './env'
import { type Mailbox, startMailbox } from './mailbox'
import { freePort } from './net'
import { readBuildEnvironment } from './netlify-headers'
import { startTemporaryPostgres, type TemporaryPostgres } from './postgres'
import { serveStatic, listen } from './static-server'
import { previousSiteDir } from './site-dirs'
import { spawnTied } from './supervisor'

/**
 * The production topology on one machine, set up exactly as the README's Deploying section tells
 * an operator: a PostgreSQL server, two instances of the production CMS server behind one address,
 * an SMTP server, the draft preview service, a "Netlify" that builds the site over REST with an
 * API key when the CMS calls its build hook, and the built site served with netlify.toml's headers
 * and redirects. Every variable a service gets is in `environment`, and nothing else is passed on
 * from this process (only PATH and HOME), so a step the README forgets makes the rehearsal fail.
 */

/** What each service is given: the README's Deploying section lists exactly these. */
export interface DeploymentEnvironment {
  cms: Record<string, string>
  preview: Record<string, string>
  /** Netlify's *Environment variables* (netlify.toml's [build.environment] comes on top). */
  netlify: Record<string, string>
  /** The backup's cron line, beside the CMS's variables. */
  backup: Record<string, string>
}

export interface Person {
  email: string
  password: string
}

export interface NetlifyBuild {
  ok: boolean
  /** The build's output, for a failed build's message. */
  output: string
  finishedAt: number
}

export interface Rehearsal {
  /** The CMS's one public address (the balancer in front of both instances). */
  cmsUrl: string
  /** Each instance's own address, for the assertions that need to pick one. */
  instances: string[]
  previewUrl: string
  siteUrl: string
  mailbox: Mailbox
  balancer: Balancer
  /** The throwaway server, for a restore into a database of its own. */
  postgres: TemporaryPostgres
  environment: DeploymentEnvironment
  admin: Person
  editor: Person & { apiKey: string }
  /** Netlify's builds so far, oldest first. */
  builds: NetlifyBuild[]
  /** Resolves with the first build that finishes after `since` (ms), or throws with its output when it failed. */
  waitForBuild(since: number, timeoutMs?: number): Promise<NetlifyBuild>
  /**
   * Runs one of the README's commands (`npm run <task>` through scripts/bootstrap.mjs) with exactly
   * `variables` (and PATH/HOME); throws with its output when it fails.
   */
  runTask(task: string, args: string[], variables: Record<string, string>): string
  stop(): Promise<void>
}

export interface RehearsalOptions {
  log?: (message: string) => void
  /** The second organisation whose settings the rehearsal publishes (none of ours may show on its site). */
  organisation?: { name: string; siteName: string; siteUrl: string; issuerEmail: string }
}

const bootstrap = path.join(repoRoot, 'scripts', 'bootstrap.mjs')
const payloadBin = path.join(repoRoot, 'node_modules', 'payload', 'bin.js')

/** Only what any process needs to run; everything else must come from the documented variables. */
function baseEnvironment(): Record<string, string> {
  const base: Record<string, string> = {}
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) base[name] = process.env[name]!
  return base
}

function run(what: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(
      `${what} failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.trim().slice(-4000)}`,
    )
  return result.stdout
}

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body }
}

/** Waits until `url` answers below 500 (a service that has started). */
async function answers(url: string, timeoutMs = 180_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the service stopped (exit ${child.exitCode}).`)
    const status = await fetch(url)
      .then((response) => response.status)
      .catch(() => 0)
    if (status > 0 && status < 500) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`)
}

export async function startRehearsal(options: RehearsalOptions = {}): Promise<Rehearsal> {
  const log = options.log ?? console.log
  const organisation = options.organisation ?? {
    name: 'Esimerkkiyhdistys ry',
    siteName: 'Esimerkkiyhdistyksen digipakki',
    siteUrl: 'https://digipakki.esimerkki.test',
    issuerEmail: 'osaamismerkit@esimerkki.test',
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-rehearsal-'))
  const stops: (() => Promise<void> | void)[] = []
  const stop = async () => {
    for (const step of stops.reverse()) await Promise.resolve(step()).catch(() => undefined)
    stops.length = 0
    fs.rmSync(dir, { recursive: true, force: true })
  }

  try {
    log('› PostgreSQL (a throwaway server)…')
    const postgres = await startTemporaryPostgres()
    if ('skipped' in postgres) throw new Error(`The rehearsal needs PostgreSQL: ${postgres.skipped}.`)
    stops.push(() => (postgres as TemporaryPostgres).stop())
    postgres.createDatabase('toolkit')

    const mailbox = await startMailbox()
    stops.push(() => mailbox.stop())

    const [balancerPort, portA, portB, previewPort, sitePort, hookPort] = await Promise.all(
      Array.from({ length: 6 }, () => freePort()),
    )
    const cmsUrl = `http://localhost:${balancerPort}`
    const previewUrl = `http://localhost:${previewPort}`
    const hookToken = crypto.randomBytes(12).toString('hex')
    const cmsData = path.join(dir, 'cms-data')

    const cms: Record<string, string> = {
      DATABASE_URI: postgres.uri('toolkit'),
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      PAYLOAD_PUBLIC_SERVER_URL: cmsUrl,
      TRUST_PROXY: '1',
      READ_CACHE_SECONDS: '10',
      PAYLOAD_JOBS_AUTORUN: 'true',
      NETLIFY_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/build_hooks/${hookToken}`,
      SMTP_HOST: mailbox.host,
      SMTP_PORT: String(mailbox.port),
      SMTP_SECURE: 'false',
      SMTP_USER: mailbox.user,
      SMTP_PASSWORD: mailbox.password,
      EMAIL_FROM_ADDRESS: 'cms@esimerkki.test',
      EMAIL_FROM_NAME: `${organisation.name} – CMS`,
      PREVIEW_URL: previewUrl,
      PREVIEW_SECRET: crypto.randomBytes(32).toString('hex'),
      TOOLKIT_DATA_DIR: cmsData,
    }
    const preview: Record<string, string> = {
      DATABASE_URI: cms.DATABASE_URI!,
      PAYLOAD_SECRET: cms.PAYLOAD_SECRET!,
      TOOLKIT_DATA_DIR: cmsData,
      PREVIEW_SECRET: cms.PREVIEW_SECRET!,
      PREVIEW_URL: previewUrl,
      PAYLOAD_PUBLIC_SERVER_URL: cmsUrl,
      PREVIEW_HOST: '127.0.0.1',
      PREVIEW_PORT: String(previewPort),
    }
    const netlify: Record<string, string> = {
      PAYLOAD_URL: cmsUrl,
      PAYLOAD_API_KEY: '',
      // Ours, on purpose: the settings the organisation publishes must win over these fallbacks.
      SITE_URL: 'https://digiosallisuus.example.org',
      ISSUER_EMAIL: 'merkit@example.org',
    }
    const backup: Record<string, string> = { DATABASE_URI: cms.DATABASE_URI!, TOOLKIT_DATA_DIR: cmsData }
    const environment: DeploymentEnvironment = { cms, preview, netlify, backup }
    const withBase = (variables: Record<string, string>) =>
      ({ ...baseEnvironment(), ...variables }) as NodeJS.ProcessEnv

    log('› Migrating the database and loading the toolkit’s content (npm run migrate -w cms, npm run seed)…')
    // One-off operator steps, with the database's variables only (no hook, no mail yet).
    const operator = withBase({
      DATABASE_URI: cms.DATABASE_URI!,
      PAYLOAD_SECRET: cms.PAYLOAD_SECRET!,
      TOOLKIT_DATA_DIR: cmsData,
    })
    run('payload migrate', [payloadBin, 'migrate'], cmsDir, operator)
    run('npm run seed', [bootstrap, 'seed'], repoRoot, operator)

    // The admin is built with the CMS's variables, as a host's build step would be.
    buildAdminIfStale(log, withBase(cms))
    log('› Two CMS instances (cms/server.ts, NODE_ENV=production) behind one address…')
    const instances = await Promise.all([portA, portB].map((port) => startCms(port!, withBase(cms))))
    for (const instance of instances) stops.push(() => stopCms(instance.child))
    const balancer = await startBalancer(
      instances.map((instance) => instance.url),
      balancerPort,
    )
    stops.push(() => balancer.close())

    log('› The draft preview service (npm run preview)…')
    const previewChild = spawnTied([bootstrap, 'preview'], { cwd: repoRoot, env: withBase(preview), output: 'pipe' })
    let previewOutput = ''
    previewChild.stdout?.on('data', (chunk) => (previewOutput = `${previewOutput}${chunk}`.slice(-8000)))
    previewChild.stderr?.on('data', (chunk) => (previewOutput = `${previewOutput}${chunk}`.slice(-8000)))
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          if (previewChild.exitCode !== null) return resolve()
          previewChild.once('exit', () => resolve())
          previewChild.kill('SIGTERM')
        }),
    )
    await answers(`${previewUrl}/__preview/version`, 180_000, previewChild).catch((error: Error) => {
      throw new Error(`${error.message}\n${previewOutput}`)
    })

    // "Netlify": its build hook starts one build at a time (a call during a build queues one more),
    // with netlify.toml's environment and the site's variables, and publishes the result atomically.
    const siteDir = path.join(dir, 'site')
    const builds: NetlifyBuild[] = []
    const buildOnce = () =>
      new Promise<NetlifyBuild>((resolve) => {
        const outDir = path.join(dir, `site-build-${builds.length + 1}`)
        const child = spawnTied([bootstrap, 'build'], {
          cwd: repoRoot,
          env: withBase({
            ...readBuildEnvironment(),
            ...netlify,
            SITE_DIST_DIR: outDir,
            SNAPSHOT_PATH: path.join(dir, 'netlify-snapshot.json'),
          }),
          output: 'pipe',
        })
        let output = ''
        child.stdout?.on('data', (chunk) => (output = `${output}${chunk}`.slice(-8000)))
        child.stderr?.on('data', (chunk) => (output = `${output}${chunk}`.slice(-8000)))
        child.once('exit', (code) => {
          if (code === 0) {
            fs.rmSync(previousSiteDir(siteDir), { recursive: true, force: true })
            if (fs.existsSync(siteDir)) fs.renameSync(siteDir, previousSiteDir(siteDir))
            fs.renameSync(outDir, siteDir)
            fs.rmSync(previousSiteDir(siteDir), { recursive: true, force: true })
          }
          resolve({ ok: code === 0, output, finishedAt: Date.now() })
        })
      })
    const netlifyBuilds = coalescing(async () => void builds.push(await buildOnce()))
    const hook = await listen(
      (request, response) => {
        if (request.method === 'POST' && request.url === `/build_hooks/${hookToken}`) {
          void netlifyBuilds.request()
          return void response.writeHead(200).end()
        }
        response.writeHead(404).end()
      },
      hookPort,
      '127.0.0.1',
      'Netlify build hook',
    )
    stops.push(() => void hook.server.close())
    const waitForBuild: Rehearsal['waitForBuild'] = async (since, timeoutMs = 300_000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const build = builds.find((candidate) => candidate.finishedAt > since)
        if (build) {
          if (!build.ok) throw new Error(`The Netlify build failed:\n${build.output}`)
          return build
        }
        if (Date.now() > deadline) throw new Error(`No Netlify build finished within ${timeoutMs / 1000} s.`)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    }

    log('› The first administrator, an editor with an API key for the site build, the organisation’s settings…')
    const admin = { email: 'yllapito@esimerkki.test', password: crypto.randomBytes(12).toString('hex') }
    const first = await json(`${cmsUrl}/api/users/first-register`, {
      method: 'POST',
      body: JSON.stringify({ ...admin, role: 'admin' }),
    })
    if (first.status !== 200)
      throw new Error(`Creating the first administrator failed: ${first.status} ${JSON.stringify(first.body)}`)
    const adminAuth = { authorization: `JWT ${first.body.token}` }
    const editor = {
      email: 'toimittaja@esimerkki.test',
      password: crypto.randomBytes(12).toString('hex'),
      apiKey: crypto.randomBytes(24).toString('hex'),
    }
    const created = await json(`${cmsUrl}/api/users`, {
      method: 'POST',
      headers: adminAuth,
      body: JSON.stringify({
        email: editor.email,
        password: editor.password,
        role: 'editor',
        enableAPIKey: true,
        apiKey: editor.apiKey,
      }),
    })
    if (created.status !== 201)
      throw new Error(`Creating the editor failed: ${created.status} ${JSON.stringify(created.body)}`)
    netlify.PAYLOAD_API_KEY = editor.apiKey

    const since = Date.now()
    for (const [locale, names] of Object.entries({
      fi: { siteName: organisation.siteName, organisationName: organisation.name },
      en: { siteName: `${organisation.siteName} (EN)`, organisationName: organisation.name },
      sv: { siteName: `${organisation.siteName} (SV)`, organisationName: organisation.name },
    })) {
      const settings = await json(`${cmsUrl}/api/globals/site-settings?locale=${locale}`, {
        method: 'POST',
        headers: adminAuth,
        body: JSON.stringify({
          ...names,
          siteUrl: organisation.siteUrl,
          contactEmail: `info@${new URL(organisation.siteUrl).hostname}`,
          issuer: { name: organisation.name, email: organisation.issuerEmail, url: organisation.siteUrl },
          _status: 'published',
        }),
      })
      if (settings.status !== 200)
        throw new Error(
          `Publishing the organisation's settings failed: ${settings.status} ${JSON.stringify(settings.body)}`,
        )
    }

    log('› Netlify builds the site over REST with the API key (publishing the settings called its hook)…')
    await waitForBuild(since, 600_000)
    const site = await serveStatic(siteDir, sitePort, '127.0.0.1')
    stops.push(() => {
      site.server.close()
      site.server.closeAllConnections()
    })
    const siteUrl = site.url.replace('127.0.0.1', 'localhost')

    return {
      cmsUrl,
      instances: instances.map((instance) => instance.url),
      previewUrl,
      siteUrl,
      mailbox,
      balancer,
      postgres,
      environment,
      admin,
      editor,
      builds,
      waitForBuild,
      runTask: (task, args, variables) =>
        run(`npm run ${task}`, [bootstrap, task, ...args], repoRoot, withBase(variables)),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** What the rehearsal started, for a person to read. */
export function describeRehearsal(rehearsal: Rehearsal): string {
  return [
    `  CMS (two instances behind one address): ${rehearsal.cmsUrl}/admin  (${rehearsal.instances.join(', ')})`,
    `  Draft preview:                           ${rehearsal.previewUrl}/`,
    `  Site as Netlify serves it:               ${rehearsal.siteUrl}/fi/`,
    `  SMTP server:                             ${rehearsal.mailbox.host}:${rehearsal.mailbox.port} (${rehearsal.mailbox.received.length} messages so far)`,
    `  Sign in as ${rehearsal.admin.email} / ${rehearsal.admin.password} (administrator)`,
    `  or ${rehearsal.editor.email} / ${rehearsal.editor.password} (editor)`,
  ].join('\n')
}

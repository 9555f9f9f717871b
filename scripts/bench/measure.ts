import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../lib/env'

/**
 * Runs a command as a child process and measures it from outside: wall time, the peak of the
 * summed resident memory (RSS) of its whole process tree (sampled from /proc; pages shared between
 * processes count once per process, so this errs high), and how long descendants whose command
 * line matches a pattern were alive (e.g. the Astro build inside buildSite), to split phases
 * without changing the code being measured.
 */
export interface Measured {
  code: number | null
  wallMs: number
  peakRssBytes: number
  /** Per pattern: milliseconds between the first and the last sample that saw a matching process. */
  spans: Record<string, number>
}

export interface MeasureOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Phase name → pattern matched against a descendant's command line. */
  phases?: Record<string, RegExp>
  intervalMs?: number
  /** Where the child's output goes; inherited (shown) by default. */
  quiet?: boolean
}

const PAGE_SIZE = 4096

function readProcess(pid: number): { ppid: number; rss: number; cmdline: string } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may contain spaces: read the fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ppid = Number(fields[1])
    const rss = Number(fields[21]) * PAGE_SIZE
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
    return { ppid, rss, cmdline }
  } catch {
    return null // the process ended between listing and reading
  }
}

/** The processes in the tree rooted at `root` (itself included), with their RSS and command line. */
export function processTree(root: number): { pid: number; rss: number; cmdline: string }[] {
  const all = new Map<number, { ppid: number; rss: number; cmdline: string }>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const info = readProcess(Number(name))
    if (info) all.set(Number(name), info)
  }
  const children = new Map<number, number[]>()
  for (const [pid, info] of all) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid])
  const tree: { pid: number; rss: number; cmdline: string }[] = []
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    const info = all.get(pid)
    if (info) tree.push({ pid, rss: info.rss, cmdline: info.cmdline })
    stack.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** CPU seconds (user + system) used so far by the live processes of a tree (clock ticks of 1/100 s). */
export function treeCpuSeconds(root: number): number {
  let ticks = 0
  for (const { pid } of processTree(root)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // ended meanwhile
    }
  }
  return ticks / 100
}

/** Samples a running process tree until stopped; returns the peak RSS and the phase spans. */
export function sampleTree(pid: number, phases: Record<string, RegExp> = {}, intervalMs = 100) {
  let peak = 0
  const seen: Record<string, { first: number; last: number }> = {}
  const sample = () => {
    const tree = processTree(pid)
    peak = Math.max(
      peak,
      tree.reduce((sum, proc) => sum + proc.rss, 0),
    )
    const now = performance.now()
    for (const [name, pattern] of Object.entries(phases)) {
      if (tree.some((proc) => proc.pid !== pid && pattern.test(proc.cmdline))) {
        seen[name] ??= { first: now, last: now }
        seen[name].last = now
      }
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop(): { peakRssBytes: number; spans: Record<string, number> } {
      clearInterval(timer)
      const spans = Object.fromEntries(Object.entries(seen).map(([name, span]) => [name, span.last - span.first]))
      return { peakRssBytes: peak, spans }
    },
  }
}

export function measure(command: string, args: string[], options: MeasureOptions = {}): Promise<Measured> {
  const started = performance.now()
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? process.env,
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  const sampler = sampleTree(child.pid!, options.phases, options.intervalMs)
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      sampler.stop()
      reject(error)
    })
    child.on('exit', (code) => {
      const wallMs = performance.now() - started
      const { peakRssBytes, spans } = sampler.stop()
      resolve({ code, wallMs, peakRssBytes, spans })
    })
  })
}

export const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
export const childScript = path.join(repoRoot, 'scripts', 'bench', 'child.ts')

/** Runs one step of scripts/bench/child.ts (seed, export + build, build) as a measured child process. */
export async function measureStep(
  step: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  phases?: Record<string, RegExp>,
): Promise<Measured> {
  const result = await measure(process.execPath, [tsx, childScript, step, ...args], { env, phases })
  if (result.code !== 0) throw new Error(`bench step "${step}" failed (exit ${result.code}); see the messages above.`)
  return result
}

/** Phases of buildSite seen from outside: the Astro child process, and Pagefind's backend inside it. */
export const buildPhases = { astro: /astro\.mjs build/, pagefind: /pagefind/ }

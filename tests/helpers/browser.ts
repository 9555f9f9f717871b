// The browser tests drive the same Chromium, with the same flags, as the benchmarks.
export { launchBrowser } from '../../scripts/lib/browser'

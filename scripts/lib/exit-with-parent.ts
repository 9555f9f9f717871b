/**
 * Preloaded (node --import) into a child that spawnTied (supervisor.ts) starts: the child stops
 * when its parent is gone, however the parent went, SIGKILL included (no handler runs then). The
 * parent holds the only writing end of this process's stdin and never writes to it; the kernel
 * closes that end when the parent dies, and the end of input here becomes a SIGTERM to ourselves,
 * so the child's own shutdown runs (cms/server.ts closes Next), with a forced exit as a last resort.
 * Nothing in the child's own code has to cooperate.
 */
function parentGone(): void {
  setTimeout(() => process.exit(1), 10_000).unref()
  process.kill(process.pid, 'SIGTERM')
}

process.stdin.on('data', () => {})
process.stdin.once('end', parentGone)
process.stdin.once('error', parentGone)
// Watching must not keep a child alive that has finished its own work.
process.stdin.unref()

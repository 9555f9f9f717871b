/** Every problem found in the corpus, each naming its file and field; nothing is written when any exists. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content corpus has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ContentError'
  }
}

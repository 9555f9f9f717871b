// Fills in the page the reader came from (the footer's feedback link carries it in ?page=), so that
// the message says which page it is about. Only an address of this site is taken: a link made
// elsewhere cannot put its own text into the reader's message. Without JavaScript the field is empty
// and the reader can write the page themselves.
import { feedbackForm } from '@toolkit/contract/feedback-form'
import { Island } from './island'

export class FeedbackFormPage extends Island<HTMLFormElement> {
  static readonly moduleName = 'feedback-form'

  constructor(root: Element) {
    super(root, HTMLFormElement)
    const field = this.required(`input[name="${feedbackForm.fields.page}"]`, HTMLInputElement)
    // The footer names pages by their public address (the canonical one), which locally is not this origin.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href
    const origins = [window.location.origin, ...(canonical ? [new URL(canonical).origin] : [])]
    const page = sameSitePage(window.location.search, origins)
    if (page && !field.value) field.value = page
  }
}

/** The ?page= address when it is a page of this site (one of its origins), else null. */
export function sameSitePage(search: string, origins: readonly string[]): string | null {
  const value = new URLSearchParams(search).get(feedbackForm.pageParameter)
  if (!value || value.length > feedbackForm.limits.page) return null
  try {
    const url = new URL(value)
    return origins.includes(url.origin) ? url.href : null
  } catch {
    return null
  }
}

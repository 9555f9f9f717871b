// Offline use: registers the service worker (/sw.js, written by the build), says when the reader
// is offline, and offers a new version when one is waiting instead of keeping readers on an old one.
import { Island } from './island'

export class OfflineSupport extends Island {
  static readonly moduleName = 'offline-support'
  private readonly offlineBanner: HTMLElement
  private readonly updateBanner: HTMLElement
  private readonly updateButton: HTMLButtonElement
  /** Set when the reader chooses "update now": the new worker then takes over and the page reloads. */
  private updateRequested = false

  constructor(root: Element) {
    super(root, HTMLElement)
    this.offlineBanner = this.required('[data-offline-banner]')
    this.updateBanner = this.required('[data-update-banner]')
    this.updateButton = this.required('button', HTMLButtonElement, this.updateBanner)
    window.addEventListener('online', () => this.showConnection())
    window.addEventListener('offline', () => this.showConnection())
    this.showConnection()
    if ('serviceWorker' in navigator) this.register()
  }

  private showConnection(): void {
    this.offlineBanner.hidden = navigator.onLine
  }

  private offerUpdate(worker: ServiceWorker): void {
    this.updateBanner.hidden = false
    this.updateButton.addEventListener(
      'click',
      () => {
        this.updateRequested = true
        worker.postMessage('skipWaiting')
      },
      { once: true },
    )
  }

  private register(): void {
    // Only the first install (no worker in control yet) activates by itself; later versions wait
    // for the reader, so a page never changes under someone who is reading it.
    let reloading = false
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!this.updateRequested || reloading) return
      reloading = true
      window.location.reload()
    })
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) this.offerUpdate(registration.waiting)
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) this.offerUpdate(installing)
          })
        })
      })
      .catch(() => {
        // No offline use (e.g. a private window); the site works as before.
      })
  }
}

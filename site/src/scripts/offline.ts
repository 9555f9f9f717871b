// Offline use: registers the service worker (/sw.js, written by the build), says when the reader
// is offline, and offers a new version when one is waiting instead of keeping readers on an old one.
const offlineBanner = document.querySelector<HTMLElement>('[data-offline-banner]')
const updateBanner = document.querySelector<HTMLElement>('[data-update-banner]')

function showConnection() {
  if (offlineBanner) offlineBanner.hidden = navigator.onLine
}
window.addEventListener('online', showConnection)
window.addEventListener('offline', showConnection)
showConnection()

// Set when the reader chooses "update now": the new worker then takes over and the page reloads.
let updateRequested = false
function offerUpdate(worker: ServiceWorker) {
  if (!updateBanner) return
  updateBanner.hidden = false
  updateBanner.querySelector('button')!.addEventListener(
    'click',
    () => {
      updateRequested = true
      worker.postMessage('skipWaiting')
    },
    { once: true },
  )
}

if ('serviceWorker' in navigator) {
  // Only the first install (no worker in control yet) activates by itself; later versions wait
  // for the reader, so a page never changes under someone who is reading it.
  let reloading = false
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!updateRequested || reloading) return
    reloading = true
    window.location.reload()
  })
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing)
        })
      })
    })
    .catch(() => {
      // No offline use (e.g. a private window); the site works as before.
    })
}

// Partnership Pathfinder's service worker: after one visit the app works with no
// network. Written out at build time by the offline plugin in vite.config.ts,
// which fills in the list of built files and a version that changes with them.
// Every URL is relative to this file, so it works under any sub-path.
const CACHE = 'pathfinder-__VERSION__';
const FILES = __FILES__;
const PAGE = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pathfinder-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(PAGE)) return;
  if (request.mode === 'navigate') {
    // The page itself: the network first, so a new release shows at once; the saved copy when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(PAGE, { cacheName: CACHE }).then((page) => page ?? Response.error()),
      ),
    );
    return;
  }
  // Built files have content hashes in their names, so a saved copy is never stale.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((saved) => saved ?? fetch(request)));
});

// Offline support: every asset of the page is cached at install, under a cache named after the
// build (scripts/build stamps VERSION with a hash of the files), and served cache-first. A new
// build installs a new cache and the old ones are deleted when it activates.
const VERSION = '__PRECIS_BUILD__';
const CACHE = `precis-${VERSION}`;
const ASSETS = [
  './', 'index.html', 'style.css', 'boot.js', 'app.js', 'client.js', 'render.js', 'exporting.js', 'files.js',
  'storage.js', 'sample.js', 'worker.js', 'precis.js', 'precis_core.js', 'precis_core.wasm',
  'manifest.webmanifest', 'icon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('precis-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true }) ??
      (request.mode === 'navigate' ? await cache.match('index.html') : undefined);
    return hit ?? fetch(request);
  })());
});

// Offline support: every asset of the page is cached at install, under a cache named after the
// build (scripts/build stamps VERSION with a hash of the files), and served cache-first. A new
// build installs a new cache and the old ones are deleted when it activates.
const VERSION = '__PRECIS_BUILD__';
const CACHE = `precis-${VERSION}`;
const ASSETS = [ // scripts/bundle-web.mjs checks that this names every file of the site
  './', 'index.html', 'style.css', 'app.js', 'worker.js', 'precis_core.wasm', 'ner_en.model',
  'manifest.webmanifest', 'icon.svg', 'NOTICE.txt',
];

self.addEventListener('install', (event) => {
  // Where the browser can (Chromium 123+), it answers requests for the site's files from this
  // cache itself, without starting this worker: on a slow machine its start-up was most of a
  // return visit. Other requests (a URL with a query, say) still come to the fetch handler below.
  if (event.addRoutes && typeof URLPattern === 'function') {
    const scope = new URL(self.registration.scope);
    event.addRoutes({
      condition: {
        requestMethod: 'GET',
        urlPattern: new URLPattern({
          protocol: scope.protocol.slice(0, -1), hostname: scope.hostname, port: scope.port,
          pathname: `${scope.pathname}*`, search: '',
        }),
      },
      source: { cacheName: CACHE },
    });
  }
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

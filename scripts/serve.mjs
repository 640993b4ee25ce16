// A small static file server for dist/web: correct MIME types (application/wasm for .wasm),
// gzip when the browser accepts it (as any static host does), localhost only, no directory
// listing, no path escaping the root.
//   node scripts/serve.mjs DIR [PORT]      (PORT 0 picks a free port; the URL is printed)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function serve(dir, port = 0, host = '127.0.0.1') {
  const root = resolve(dir);
  const gzipped = new Map(); // path -> {mtimeMs, body}: compress each file version once
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { mtimeMs } = await stat(file);
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !['.png', '.ico'].includes(extname(file))) {
        let cached = gzipped.get(file);
        if (cached?.mtimeMs !== mtimeMs) gzipped.set(file, cached = { mtimeMs, body: gzipSync(body) });
        body = cached.body;
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist/web', port = '8080'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`Précis is served on http://localhost:${server.address().port}/`);
}

// A plain static file server for the built app, mounted under a sub-path, with
// no rewrites: what a real static host does. Used by the browser tests and
// budgets; given a certificate, it speaks HTTPS with HTTP/2 as well, as static
// hosts do. Usage: node scripts/serve.mjs [--dir dist] [--base /tools/pathfinder/] [--port 4173]
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/tools/pathfinder/' },
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '0.0.0.0' },
  },
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

/**
 * Each file compressed once, as hosts keep precompressed copies, so the server
 * spends no CPU while a page loads: the budgets run it beside the browser.
 */
const compressed = new Map();
function gzipped(file) {
  const { mtimeMs } = statSync(file);
  const kept = compressed.get(file);
  if (kept?.mtimeMs === mtimeMs) return kept.body;
  const body = gzipSync(readFileSync(file));
  compressed.set(file, { mtimeMs, body });
  return body;
}

/** `tls`: `{ key, cert }` (PEM) for HTTPS with HTTP/2 (HTTP/1.1 too, for clients without it). */
export function startServer({ dir = root, prefix = base, port = Number(values.port), host = values.host, tls } = {}) {
  const serve = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    // Extra static files (e.g. an example host page) are served from the site root.
    const inApp = path.startsWith(prefix);
    const relative = inApp ? path.slice(prefix.length) : path.slice(1);
    const folder = inApp ? dir : resolve('examples');
    let file = normalize(join(folder, relative || 'index.html'));
    if (!file.startsWith(folder)) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Real static hosts compress text; without it the performance budget would measure the wrong thing.
    const gzip = /^(text|application\/(json|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    if (gzip) response.end(gzipped(file));
    else createReadStream(file).pipe(response);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, serve) : createServer(serve);
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(values.port);
  await startServer({ port });
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
}

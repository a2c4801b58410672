// The demo server behind `npm start`: serves the repository root read-only on 127.0.0.1, so
// /examples/ and /dist/label-elements.bundle.js both resolve. No dependencies, no directory
// listings, no dot-files (.git), nothing outside the repository. PORT overrides the port
// (default 8000). scripts/smoke-demo.mjs imports createStaticServer() from here.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const host = '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // SVG is an image here, never a document: served as image/svg+xml with a CSP that blocks its scripts.
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.flac': 'audio/flac',
  '.woff2': 'font/woff2',
};

/** Maps a URL path to a file inside `root`, or null when it would leave it or name a dot-file. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split(/[/\\]/).some((part) => part.startsWith('.'))) return null;
  const file = resolve(root, `.${path}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/** A read-only static file server for `root` (not yet listening). `cacheSeconds` > 0 lets the
 *  browser cache responses (for fingerprinted builds such as storybook-static); the default,
 *  no-store, suits a dev server whose files change between reloads. */
export function createStaticServer(root = repoRoot, { cacheSeconds = 0 } = {}) {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
    if (url.pathname === '/') return send(res, 302, '', { location: '/examples/' });

    let file = fileFor(root, url.pathname);
    if (!file) return send(res, 403, 'forbidden\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        // `/examples` -> `/examples/` so the page's relative URLs resolve against the folder.
        if (!url.pathname.endsWith('/'))
          return send(res, 301, '', { location: `${url.pathname}/${url.search}` });
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = {
        'content-type': type,
        'content-length': info.size,
        'cache-control': cacheSeconds > 0 ? `max-age=${cacheSeconds}` : 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (type === 'image/svg+xml')
        headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      send(res, 404, 'not found\n');
    }
  });
}

function main() {
  const port = Number(process.env.PORT ?? 8000);
  const server = createStaticServer();
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE' ? `port ${port} is in use: try PORT=8001 npm start` : error.message,
    );
    process.exit(1);
  });

  server.listen(port, host, () => {
    console.log(`label-elements demo: http://${host}:${server.address().port}/examples/  (Ctrl+C to stop)`);
  });

  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

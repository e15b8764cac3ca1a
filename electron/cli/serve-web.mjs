// Serves the browser build (out/web) on 127.0.0.1 only, so the renderer can be tried without
// Electron. PORT overrides 5173 (0 picks a free port). Every response, errors included, carries
// the desktop app's headers (electron/shared/response-headers.ts: its CSP, nosniff, no referrer,
// no framing). Hostile requests get a 4xx answer and never stop the server.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
/** Longer request targets are refused before any decoding (the build's longest path is ~60). */
export const MAX_TARGET = 2048;

class Refusal extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const inside = (root, path) => path === root || path.startsWith(root + sep);

/** Maps a request target onto a file under root, or throws a Refusal saying why not. */
export function resolveTarget(root, target) {
  if (target.length > MAX_TARGET) throw new Refusal(414, 'Adresse trop longue');
  // Only origin-form targets ("/path?query"): no absolute URLs, no "*".
  if (!target.startsWith('/')) throw new Refusal(400, 'Requête mal formée');
  let path;
  try {
    path = decodeURIComponent(target.split(/[?#]/, 1)[0]);
  } catch {
    throw new Refusal(400, 'Adresse mal formée');
  }
  if (path.includes('\0')) throw new Refusal(400, 'Adresse mal formée');
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!inside(root, file)) throw new Refusal(403, 'Interdit');
  return file;
}

/** A file of the build's assets folder whose name ends with vite's content hash. */
export const HASHED = /^[\\/]assets[\\/][^\\/]+-[\w-]{8}\.(?:js|css|wasm|woff2|svg|png)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** True when an If-None-Match header names `etag` (or is `*`). */
export function fresh(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== 'string') return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/**
 * `transformHtml` rewrites HTML pages on the way out (the sharing origin in the meta CSP);
 * `htmlHeaders` adds headers of a page's own (its start-up files, electron/shared/page-preloads.ts).
 */
export function createWebServer({ root, headers, transformHtml = (html) => html, htmlHeaders = () => ({}) }) {
  const base = resolve(root);
  const send = (res, status, body, extra = {}) => {
    res.writeHead(status, {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-cache',
      ...extra,
    });
    res.end(body);
  };

  async function respond(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Méthode non autorisée', { Allow: 'GET, HEAD' });
    }
    // A page on another name that resolves to 127.0.0.1 (DNS rebinding) is not served.
    const port = req.socket.localPort;
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      return send(res, 421, 'Hôte inconnu');
    }
    const file = resolveTarget(base, req.url ?? '/');
    let real;
    try {
      real = await realpath(file);
      if (!(await stat(real)).isFile()) throw new Error('not a file');
    } catch {
      return send(res, 404, 'Introuvable');
    }
    // A symbolic link inside the build must not lead out of it.
    if (!inside(await realpath(base), real)) return send(res, 403, 'Interdit');
    // The build's scripts and styles are named after their content (assets/name-HASH.js): a
    // browser may keep them for good and start again without asking for them, as the desktop
    // app reads its own from disk. Anything else (index.html, the catalogue) is revalidated at
    // every load, and answered 304 while unchanged.
    const info = await stat(real);
    const etag = `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
    const cache = {
      ETag: etag,
      'Cache-Control': HASHED.test(file.slice(base.length)) ? IMMUTABLE : 'no-cache',
    };
    const notModified = fresh(req.headers['if-none-match'], etag);
    if (notModified && extname(real) !== '.html') {
      res.writeHead(304, { ...headers, ...cache });
      return res.end();
    }
    const raw = await readFile(real);
    const html = extname(real) === '.html' ? transformHtml(raw.toString('utf8')) : null;
    const own = html === null ? {} : htmlHeaders(html);
    if (notModified) {
      // A page's 304 repeats its own headers too: they update what the browser keeps.
      res.writeHead(304, { ...headers, ...own, ...cache });
      return res.end();
    }
    const body = html === null ? raw : Buffer.from(html);
    res.writeHead(200, {
      ...headers,
      ...own,
      'Content-Type': TYPES[extname(real)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...cache,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // Malformed HTTP itself (bad request line, oversized headers) is answered by Node's parser
  // with 400 or 431 before it reaches the handler.
  const server = createServer({ maxHeaderSize: 16_384 }, (req, res) => {
    respond(req, res).catch((error) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof Refusal) return send(res, error.status, error.message);
      send(res, 500, 'Erreur interne');
    });
  });
  // CONNECT bypasses the request handler; without this Node would just drop the socket.
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\n\r\n');
  });
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { tsImport } = await import('tsx/esm/api');
  const { responseHeaders } = await tsImport('../shared/response-headers.ts', import.meta.url);
  const { htmlWithCsp, sharingOriginOf } = await tsImport('../shared/csp.ts', import.meta.url);
  const { pageHeaders } = await tsImport('../shared/page-preloads.ts', import.meta.url);
  // Sharing (issue 18) in the browser build: the page's policy is fixed when it loads, so the
  // team's CouchDB origin is named by whoever serves the app, here, and nowhere else.
  const wanted = process.env.REPERES_SHARING_ORIGIN?.replace(/\/+$/, '') || null;
  const checked = wanted ? sharingOriginOf(`${wanted}/base`) : null;
  if (wanted && (!checked.ok || checked.origin !== wanted)) {
    console.error(
      `REPERES_SHARING_ORIGIN refusée : ${checked.ok ? 'une origine seule, sans chemin' : checked.reason}`,
    );
    process.exit(2);
  }
  const server = createWebServer({
    root: process.argv[2] ?? 'out/web',
    headers: responseHeaders(wanted),
    transformHtml: (html) => htmlWithCsp(html, wanted),
    htmlHeaders: pageHeaders,
  });
  server.listen(Number(process.env.PORT ?? 5173), '127.0.0.1', () => {
    console.log(`Repères (navigateur) : http://127.0.0.1:${server.address().port}/`);
    if (wanted) console.log(`Partage autorisé vers ${wanted}`);
  });
}

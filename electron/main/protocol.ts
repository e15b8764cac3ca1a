// Serves the built renderer from app://reperes/ instead of file://, so the page has a real
// origin (IndexedDB, CSP 'self') and can reach nothing else on disk.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { responseHeaders } from '../shared/response-headers';
import { htmlWithCsp } from '../shared/csp';
import { pageHeaders } from '../shared/page-preloads';
import { APP_PROTOCOL } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_PROTOCOL,
      // codeCache: V8 keeps the compiled renderer between launches, as it does for https pages;
      // without it a custom scheme recompiles the whole bundle at every start.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Maps a URL path onto a file under root, refusing anything that escapes it or is malformed. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null; // a broken escape such as /%E0%A4%A
  }
  if (decoded.includes('\0')) return null;
  const target = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  return target === root || target.startsWith(root + sep) ? target : null;
}

/** The app:// handler: the file, or a refusal; every response carries the CSP and security headers. */
export async function rendererResponse(
  rendererDir: string,
  url: string,
  sharingOrigin: string | null = null,
): Promise<Response> {
  const headers = responseHeaders(sharingOrigin);
  const text = { ...headers, 'Content-Type': 'text/plain; charset=utf-8' };
  const file = resolveInside(rendererDir, new URL(url).pathname);
  if (!file) return new Response('Interdit', { status: 403, headers: text });
  try {
    const raw = await readFile(file);
    // The page's meta policy names the sharing origin too, as the header does (issue 18).
    const html = extname(file) === '.html' ? htmlWithCsp(raw.toString('utf8'), sharingOrigin) : null;
    return new Response(html ?? raw, {
      headers: {
        ...headers,
        ...(html === null ? {} : pageHeaders(html)),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      },
    });
  } catch {
    return new Response('Introuvable', { status: 404, headers: text });
  }
}

export function serveRenderer(rendererDir: string, sharingOrigin: () => string | null = () => null): void {
  protocol.handle(APP_PROTOCOL, (request) => rendererResponse(rendererDir, request.url, sharingOrigin()));
}

// Serves the built renderer from app://reperes/ instead of file://, so the page has a real
// origin (IndexedDB, CSP 'self') and can reach nothing else on disk.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
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

/** Maps a URL path onto a file under root, refusing anything that escapes it. */
export function resolveInside(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const target = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  return target === root || target.startsWith(root + sep) ? target : null;
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_PROTOCOL, async (request) => {
    const file = resolveInside(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('Interdit', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('Introuvable', { status: 404 });
    }
  });
}

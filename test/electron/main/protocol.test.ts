import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RESPONSE_HEADERS } from '../../../electron/shared/response-headers';

const registerSchemesAsPrivileged = vi.fn();
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged } }));
const { registerSchemePrivileges, rendererResponse, resolveInside } =
  await import('../../../electron/main/protocol');

describe('app:// scheme privileges', () => {
  it('is a standard, secure scheme with fetch and a V8 code cache, nothing more', () => {
    registerSchemePrivileges();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });
});

describe('app:// file mapping', () => {
  const root = '/opt/reperes/out/renderer';
  it.each([
    ['/', `${root}/index.html`],
    ['/index.html', `${root}/index.html`],
    ['/assets/index-abc.js', `${root}/assets/index-abc.js`],
    ['/../../../etc/passwd', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/assets/../../main/main.js', null],
    ['/%E0%A4%A', null],
    ['/%', null],
    ['/index.html%00.js', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveInside(root, path)).toBe(expected);
  });
});

describe('app:// responses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'assets', 'a.js'), '1');

  it.each([
    ['app://reperes/', 200, 'text/html; charset=utf-8'],
    ['app://reperes/assets/a.js', 200, 'text/javascript; charset=utf-8'],
    ['app://reperes/nothing.js', 404, 'text/plain; charset=utf-8'],
    ['app://reperes/%E0%A4%A', 403, 'text/plain; charset=utf-8'],
    ['app://reperes/..%2f..%2fetc%2fpasswd', 403, 'text/plain; charset=utf-8'],
    // The URL parser already folds %2e%2e segments: this asks for <root>/etc/passwd, absent.
    ['app://reperes/%2e%2e/%2e%2e/etc/passwd', 404, 'text/plain; charset=utf-8'],
  ])('%s → %i, with the CSP and security headers', async (url, status, type) => {
    const response = await rendererResponse(dir, url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    for (const [name, value] of Object.entries(RESPONSE_HEADERS))
      expect(response.headers.get(name)).toBe(value);
  });

  it('names the page’s start-up files in a Link header, on the page only', async () => {
    writeFileSync(
      join(dir, 'start.html'),
      '<script type="module" crossorigin src="./assets/a.js"></script><link rel="stylesheet" href="./assets/a.css">',
    );
    const page = await rendererResponse(dir, 'app://reperes/start.html');
    expect(page.headers.get('link')).toBe(
      '<./assets/a.js>; rel=modulepreload, <./assets/a.css>; rel=preload; as=style',
    );
    expect((await rendererResponse(dir, 'app://reperes/')).headers.has('link')).toBe(false);
    expect((await rendererResponse(dir, 'app://reperes/assets/a.js')).headers.has('link')).toBe(false);
  });
});

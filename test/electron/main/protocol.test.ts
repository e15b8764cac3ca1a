import { describe, expect, it, vi } from 'vitest';

const registerSchemesAsPrivileged = vi.fn();
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged } }));
const { registerSchemePrivileges, resolveInside } = await import('../../../electron/main/protocol');

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
  ])('%s → %s', (path, expected) => {
    expect(resolveInside(root, path)).toBe(expected);
  });
});

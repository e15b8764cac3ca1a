import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: {} }));
const { resolveInside } = await import('../../../electron/main/protocol');

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

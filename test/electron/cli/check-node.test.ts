// The Node versions Repères asks for (package.json `engines`, enforced by the preinstall check)
// are exactly those the toolchain accepts: nothing the tools refuse, nothing they would allow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without declarations (it must run before npm installs anything)
import { satisfies } from '../../../electron/cli/check-node.mjs';

const check = satisfies as (version: string, range: string) => boolean;
const root = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const ours = pkg.engines.node;

/**
 * The tools that run on the developer's Node. Not electron: its `engines` (>= 22.12) concerns the
 * npm package's download script, which electron 45 no longer runs; the app runs on Electron's own Node.
 */
const TOOLS = [
  'vite',
  'vitest',
  'electron-vite',
  '@vitejs/plugin-react',
  'eslint',
  'typescript-eslint',
  'jsdom',
  'pdfjs-dist',
  '@playwright/test',
  'tsx',
  'electron-builder',
  'prettier',
  'typescript',
];
const toolRanges = TOOLS.map((name) => {
  const meta = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  return [name, meta.engines?.node ?? '*'] as const;
}).filter(([, range]) => range !== '*');

const SAMPLES = [18, 19, 20, 21, 22, 23, 24, 25, 26].flatMap((major) =>
  [0, 9, 12, 13, 17, 18, 19, 20, 30].flatMap((minor) => [`${major}.${minor}.0`, `${major}.${minor}.5`]),
);

describe('the Node versions Repères requires', () => {
  it('reads npm range syntax', () => {
    expect(check('20.19.0', '^20.19.0')).toBe(true);
    expect(check('20.18.9', '^20.19.0')).toBe(false);
    expect(check('21.0.0', '^20.19.0')).toBe(false);
    expect(check('0.2.5', '^0.2.3')).toBe(true);
    expect(check('0.3.0', '^0.2.3')).toBe(false);
    expect(check('22.12.0', '>= 22.12.0')).toBe(true);
    expect(check('24.1.0', '>=24')).toBe(true);
    expect(check('20.5.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(false);
    expect(check('1.2.9', '~1.2.3')).toBe(true);
    expect(check('1.3.0', '~1.2.3')).toBe(false);
    expect(check('20.1.0', '20')).toBe(true);
    expect(check('v20.19.0-nightly', '>=20.19')).toBe(true);
    expect(() => check('20.0.0', '20.x - 22')).toThrow();
  });

  it('accepts the Node running the tests and the versions around it', () => {
    expect(check(process.versions.node, ours)).toBe(true);
    for (const v of ['20.19.0', '20.20.2', '22.13.0', '22.20.0', '24.0.0', '25.2.1'])
      expect(check(v, ours), v).toBe(true);
    for (const v of ['18.20.4', '20.18.3', '21.7.3', '22.12.0', '23.11.0'])
      expect(check(v, ours), v).toBe(false);
  });

  it('is the intersection of what the toolchain declares', () => {
    expect(toolRanges.length).toBeGreaterThanOrEqual(10);
    const allowedByTools = (v: string) => toolRanges.every(([, range]) => check(v, range));
    const refusedByATool = SAMPLES.filter((v) => check(v, ours) && !allowedByTools(v));
    const needlesslyRefused = SAMPLES.filter((v) => !check(v, ours) && allowedByTools(v));
    expect({ refusedByATool, needlesslyRefused }).toEqual({ refusedByATool: [], needlesslyRefused: [] });
  });

  it('is enforced before npm installs anything, with a French message', () => {
    expect(pkg.scripts.preinstall).toBe('node electron/cli/check-node.mjs');
    const script = join(root, 'electron/cli/check-node.mjs');
    expect(spawnSync(process.execPath, [script], { cwd: root }).status).toBe(0);
    const future = join(mkdtempSync(join(tmpdir(), 'reperes-engines-')), 'package.json');
    writeFileSync(future, JSON.stringify({ engines: { node: '>=99' } }));
    const refused = spawnSync(process.execPath, [script, future], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `Repères demande Node >=99 ; cette machine a Node ${process.versions.node}.`,
    );
  });
});

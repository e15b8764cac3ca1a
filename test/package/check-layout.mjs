// Checks the package layout as far as a machine without the Electron binary allows: runs
// electron-builder's "dir" target on a stub Electron (fuses need the real binary, so they are
// checked for presence in the configuration instead), then inspects the asar and the resources.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const asar = require('@electron/asar');
const { build, Platform } = require('electron-builder');

const root = resolve(import.meta.dirname, '../..');
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};

// Release fuses are declared (they are applied by electron-builder to the real binary).
const fuses = config.electronFuses ?? {};
check('fuse RunAsNode off', fuses.runAsNode === false);
check('fuse NODE_OPTIONS off', fuses.enableNodeOptionsEnvironmentVariable === false);
check('fuse cookie encryption on', fuses.enableCookieEncryption === true);
check('fuse ASAR integrity on', fuses.enableEmbeddedAsarIntegrityValidation === true);
check('fuse only-load-from-ASAR on', fuses.onlyLoadAppFromAsar === true);
check(
  'targets AppImage, deb, NSIS, dmg',
  JSON.stringify([config.linux?.target, config.win?.target, config.mac?.target]) ===
    JSON.stringify([['AppImage', 'deb'], ['nsis'], ['dmg']]),
);

const stub = mkdtempSync(join(tmpdir(), 'stub-electron-'));
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho stub\n');
chmodSync(join(stub, 'electron'), 0o755);
const output = mkdtempSync(join(tmpdir(), 'reperes-pkg-'));
mkdirSync(output, { recursive: true });

await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget('dir'),
  config: {
    ...config,
    electronFuses: null,
    electronDist: stub,
    directories: { ...config.directories, output },
  },
  publish: 'never',
});

const appDir = join(output, 'linux-unpacked');
const asarPath = join(appDir, 'resources', 'app.asar');
check('app.asar exists', existsSync(asarPath));
const files = existsSync(asarPath) ? asar.listPackage(asarPath).map((f) => f.replaceAll('\\', '/')) : [];
check('asar holds the built main', files.includes('/out/main/main.js'));
check('asar holds the sandboxed preload', files.includes('/out/preload/preload.js'));
check('asar holds the renderer', files.includes('/out/renderer/index.html'));
check('asar holds package.json', files.includes('/package.json'));
const modules = files.filter((f) => f.includes('/node_modules/'));
check(
  'no node_modules (dev dependencies) inside the asar',
  modules.length === 0,
  modules.slice(0, 5).join(', '),
);
check(
  'only the built app inside (no browser build, no catalogue copy)',
  !files.some((f) => f.startsWith('/out/web') || f.startsWith('/out/tsc') || f.endsWith('catalogue.json')),
);
check('no source maps or sources inside the asar', !files.some((f) => /\.(map|tsx?)$/.test(f)));
const resources = join(appDir, 'resources', 'resources');
check('catalogue bundled beside the asar', existsSync(join(resources, 'catalogue.json')));
check('search index bundled beside the asar', existsSync(join(resources, 'search-index.json')));
check('original documents bundled', existsSync(join(resources, 'documents', '002_9dfa6f2beeb70477.txt')));
if (existsSync(join(resources, 'catalogue.json'))) {
  const catalogue = JSON.parse(readFileSync(join(resources, 'catalogue.json'), 'utf8'));
  check('bundled catalogue has entries', Array.isArray(catalogue.entries) && catalogue.entries.length > 0);
}
const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString());
check('package main points at the built main', pkg.main === 'out/main/main.js');

const passed = results.filter(Boolean).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);

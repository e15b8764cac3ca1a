// Checks the package as far as a machine without the Electron binary allows: runs electron-builder's
// "dir" target on a stub Electron that carries a real fuse wire (the sentinel and the nine fuses of
// Electron 45 at their defaults), once with the release configuration and once with the end-to-end
// one, reads the fuses back from each packaged binary, then inspects the asar and the resources.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { build, Platform } = require('electron-builder');
const { getConfig } = require('app-builder-lib/out/util/config/config');

const root = resolve(import.meta.dirname, '../..');
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};

// The configurations exactly as electron-builder resolves them (the e2e one extends the release one).
const release = await getConfig(root, 'electron-builder.yml');
const e2e = await getConfig(root, 'electron-builder.e2e.yml');

/** Every fuse's released position; the e2e build differs in the inspector only. */
const RELEASE_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};
const E2E_FUSES = { ...RELEASE_FUSES, EnableNodeCliInspectArguments: true };
const configKey = (name) => name[0].toLowerCase() + name.slice(1);

for (const [name, wanted] of Object.entries(RELEASE_FUSES)) {
  check(
    `release config: fuse ${name} ${wanted ? 'on' : 'off'}`,
    release.electronFuses?.[configKey(name)] === wanted,
  );
}
const { electronFuses: e2eFuses, directories: e2eDirs, extends: _e, ...e2eRest } = e2e;
const { electronFuses: _f, directories: releaseDirs, extends: _r, ...releaseRest } = release;
check(
  'e2e config: the release fuses with the inspector on, nothing else',
  JSON.stringify(e2eFuses) ===
    JSON.stringify({ ...release.electronFuses, enableNodeCliInspectArguments: true }),
);
check(
  'e2e config: otherwise the release configuration, built elsewhere',
  JSON.stringify(e2eRest) === JSON.stringify(releaseRest) &&
    e2eDirs?.output !== releaseDirs?.output &&
    e2eDirs?.buildResources === releaseDirs?.buildResources,
);
check(
  'targets AppImage, deb, NSIS, dmg',
  JSON.stringify([release.linux?.target, release.win?.target, release.mac?.target]) ===
    JSON.stringify([['AppImage', 'deb'], ['nsis'], ['dmg']]),
);

/** A stand-in for the Electron binary: a shell script holding Electron 45's fuse wire at its defaults. */
function stubElectron() {
  const dir = mkdtempSync(join(tmpdir(), 'stub-electron-'));
  const defaults = '101100011'; // RunAsNode … WasmTrapHandlers, as shipped by Electron 45
  const wire = Buffer.concat([
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, defaults.length]),
    Buffer.from(defaults),
  ]);
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\necho stub\nexit 0\n# '), wire, Buffer.from('\n')]),
  );
  chmodSync(join(dir, 'electron'), 0o755);
  return dir;
}

async function packageWith(config) {
  const output = mkdtempSync(join(tmpdir(), 'reperes-pkg-'));
  mkdirSync(output, { recursive: true });
  const { extends: _ignored, ...rest } = config;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      ...rest,
      extends: null,
      electronDist: stubElectron(),
      directories: { ...rest.directories, output },
    },
    publish: 'never',
  });
  return join(output, 'linux-unpacked');
}

async function checkFuses(label, appDir, wanted) {
  const binary = join(appDir, release.executableName ?? 'reperes');
  const wire = existsSync(binary) ? await getCurrentFuseWire(binary) : null;
  check(`${label}: packaged binary found`, wire !== null, binary);
  for (const [name, on] of Object.entries(wanted)) {
    const state = wire?.[FuseV1Options[name]];
    check(
      `${label} binary: fuse ${name} ${on ? 'on' : 'off'}`,
      state === (on ? FuseState.ENABLE : FuseState.DISABLE),
      `found ${state === undefined ? 'nothing' : String.fromCharCode(state)}`,
    );
  }
}

const appDir = await packageWith(release);
await checkFuses('release', appDir, RELEASE_FUSES);
await checkFuses('e2e', await packageWith(e2e), E2E_FUSES);

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
const bundled = existsSync(join(resources, 'catalogue.json'))
  ? JSON.parse(readFileSync(join(resources, 'catalogue.json'), 'utf8'))
  : null;
check('bundled catalogue has entries', Array.isArray(bundled?.entries) && bundled.entries.length > 0);
const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString());
check('package main points at the built main', pkg.main === 'out/main/main.js');

// Start-up (issue 16): the first screen never waits on storage or validation. Dexie and zod load after
// the first paint through dynamic imports; one static import from first-screen code pulls them back
// into the entry chunk, which the bundler accepts silently. Read the entry and what it imports statically.
const rendererDir = join(root, 'out', 'renderer');
// Every module script of the page: one, the app's (renderer/src/boot.ts is its first import).
const entryScripts = [
  ...readFileSync(join(rendererDir, 'index.html'), 'utf8').matchAll(
    /<script type="module"[^>]*src="\.\/([^"]+)"/g,
  ),
].map((m) => m[1]);
const staticChunks = new Set();
const visit = (file) => {
  if (staticChunks.has(file) || !existsSync(join(rendererDir, file))) return;
  staticChunks.add(file);
  const code = readFileSync(join(rendererDir, file), 'utf8');
  // Static imports only: `import{a}from"./x.js"` / `import"./x.js"`, never `import("./x.js")`.
  for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    visit(join(file, '..', spec));
  }
};
for (const script of entryScripts) visit(script);
check('renderer page loads one module script', entryScripts.length === 1, entryScripts.join(', '));
// The policy arrives as a header from the app's protocol; the page's meta repeats it for any
// other server, after the script and style sheet so the browser fetches them early (issue 16).
const pageHead = readFileSync(join(rendererDir, 'index.html'), 'utf8').split('</head>')[0];
check(
  'renderer page repeats the strict CSP in its head, after its script',
  /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';[^"]*"/.test(
    pageHead,
  ) && pageHead.indexOf('http-equiv="Content-Security-Policy"') > pageHead.indexOf('<script type="module"'),
);
const firstCode = [...staticChunks].map((f) => readFileSync(join(rendererDir, f), 'utf8')).join('\n');
check('renderer entry chunk found', staticChunks.size > 0, 'out/renderer/index.html');
check('first screen loads no Dexie (storage comes after the first paint)', !/\bDexie\b/.test(firstCode));
check(
  'first screen loads no zod (the bundled catalogue is checked by its hash)',
  !/ZodError/.test(firstCode),
);

const passed = results.filter(Boolean).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);

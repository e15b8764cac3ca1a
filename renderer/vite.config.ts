// One renderer configuration for both targets: electron-vite's renderer and the browser build
// (`npm run build:web`). The browser build reaches the catalogue through the web adapter, which
// fetches the same files the main process reads, copied next to index.html.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CSP } from '../electron/shared/csp';
import { Catalogue, CatalogueBodies } from '../electron/shared/schema';
import { splitForWindow } from '../electron/shared/window-catalogue';

const root = resolve(__dirname);
const resources = resolve(__dirname, '../resources');

/**
 * Workers have no DOM: packages whose "browser" entry uses `document` get their worker entry
 * (the Markdown parser decodes character references with a detached element in a page).
 */
function workerEntries(): Plugin {
  const entries: Record<string, string> = {
    'decode-named-character-reference': resolve(
      __dirname,
      '../node_modules/decode-named-character-reference/index.js',
    ),
  };
  return {
    name: 'reperes-worker-entries',
    enforce: 'pre',
    resolveId(source) {
      return entries[source] ?? null;
    },
  };
}

interface WindowFile {
  json: string;
  sha256: string;
}

const windowFile = (value: unknown): WindowFile => {
  const json = JSON.stringify(value);
  return { json, sha256: createHash('sha256').update(json, 'utf8').digest('hex') };
};

/**
 * The catalogue as the window receives it, its list and its bodies (electron/shared/window-catalogue.ts),
 * validated here once: the browser build writes these exact bytes and gives the script their
 * SHA-256, so the window checks the hash instead of running the schema at every start
 * (renderer/src/platform/bundled-catalogue.ts).
 */
function windowCatalogue(): { list: WindowFile; bodies: WindowFile } | null {
  const file = join(resources, 'catalogue.json');
  if (!existsSync(file)) return null;
  const { list, bodies } = splitForWindow(Catalogue.parse(JSON.parse(readFileSync(file, 'utf8'))));
  return { list: windowFile(Catalogue.parse(list)), bodies: windowFile(CatalogueBodies.parse(bodies)) };
}

/** Writes the built catalogue (as the window receives it), search index and documents into the renderer output. */
function bundleResources(catalogue: { list: WindowFile; bodies: WindowFile } | null): Plugin {
  let outDir = '';
  return {
    name: 'reperes-resources',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      // What the window receives in the desktop app too: without the raw copies of the text.
      if (catalogue) {
        writeFileSync(join(outDir, 'catalogue.json'), catalogue.list.json);
        writeFileSync(join(outDir, 'catalogue-bodies.json'), catalogue.bodies.json);
      }
      const index = join(resources, 'search-index.json');
      if (existsSync(index)) copyFileSync(index, join(outDir, 'search-index.json'));
      const docs = join(resources, 'documents');
      mkdirSync(join(outDir, 'documents'), { recursive: true });
      for (const f of readdirSync(docs)) copyFileSync(join(docs, f), join(outDir, 'documents', f));
    },
  };
}

/**
 * The strict CSP goes in only for builds: the dev server's React refresh needs inline script.
 * It closes the head, after the build's script and style sheet: a policy in a meta tag stops the
 * browser's preload scanner from fetching what follows it early, and the app's script was then
 * asked for only once the whole page was parsed (issue 16: 3 to 9 ms of each start). The same
 * policy comes first, as a response header, from both servers of the page (the desktop app's
 * protocol and `npm run web`: electron/shared/response-headers.ts); the meta keeps it for a page
 * served by anything else, from the moment the head is read.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'reperes-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes('</head>')) throw new Error('reperes-csp: no </head> in index.html');
        return html.replace(
          '</head>',
          `  <meta http-equiv="Content-Security-Policy" content="${CSP}" />\n  </head>`,
        );
      },
    },
  };
}

/**
 * The browser build asks for the catalogue's list as soon as the page is parsed: the download
 * and decoding then overlap the evaluation of the script instead of waiting for React to mount.
 * The desktop window gets it through IPC: no link there.
 */
function preloadCatalogue(withResources: boolean): Plugin {
  const link = '<link rel="preload" href="./catalogue.json" as="fetch" crossorigin="anonymous" />';
  return {
    name: 'reperes-preload-catalogue',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(/^\s*<!-- preload -->\n/m, withResources ? `    ${link}\n` : '');
    },
  };
}

/** `withResources`: the browser build needs the catalogue beside index.html; Electron's main serves it. */
export function rendererConfig(outDir: string, withResources: boolean): UserConfig {
  const catalogue = withResources ? windowCatalogue() : null;
  return {
    root,
    base: './',
    plugins: [
      react(),
      preloadCatalogue(withResources),
      ...(withResources ? [bundleResources(catalogue)] : []),
      contentSecurityPolicy(),
    ],
    define: catalogue
      ? {
          'import.meta.env.VITE_CATALOGUE_SHA256': JSON.stringify(catalogue.list.sha256),
          'import.meta.env.VITE_CATALOGUE_BODIES_SHA256': JSON.stringify(catalogue.bodies.sha256),
        }
      : {},
    worker: { format: 'es', plugins: () => [workerEntries()] },
    // PouchDB (sharing, issue 18) imports Node's `events`: the npm package of the same API.
    resolve: {
      alias: [{ find: 'events', replacement: resolve(__dirname, '../node_modules/events/events.js') }],
    },
    build: {
      outDir: resolve(__dirname, '..', outDir),
      emptyOutDir: true,
      target: 'es2022',
      // electron-vite leaves the renderer unminified by default: 1.5 MB for the desktop window to
      // parse at every start, against 0.6 MB minified.
      minify: 'esbuild',
      rollupOptions: {
        input: { index: resolve(root, 'index.html') },
        // A feature's index.ts only re-exports its public API: what another feature does not use
        // of it (a lazily loaded view's component and its style sheet) stays out of that chunk.
        treeshake: { moduleSideEffects: (id) => !/[\\/]features[\\/][^\\/]+[\\/]index\.ts$/.test(id) },
      },
    },
  };
}

export default rendererConfig('out/web', true);

// One renderer configuration for both targets: electron-vite's renderer and the browser build
// (`npm run build:web`). The browser build reaches the catalogue through the web adapter, which
// fetches the same files the main process reads, copied next to index.html.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CSP } from '../electron/shared/csp';

const root = resolve(__dirname);
const resources = resolve(__dirname, '../resources');

/** Copies the built catalogue, search index and original documents into the renderer output. */
function bundleResources(): Plugin {
  let outDir = '';
  return {
    name: 'reperes-resources',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const file of ['catalogue.json', 'search-index.json']) {
        const from = join(resources, file);
        if (existsSync(from)) copyFileSync(from, join(outDir, file));
      }
      const docs = join(resources, 'documents');
      mkdirSync(join(outDir, 'documents'), { recursive: true });
      for (const f of readdirSync(docs)) copyFileSync(join(docs, f), join(outDir, 'documents', f));
    },
  };
}

/** The strict CSP goes in only for builds: the dev server's React refresh needs inline script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'reperes-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}

/** `withResources`: the browser build needs the catalogue beside index.html; Electron's main serves it. */
export function rendererConfig(outDir: string, withResources: boolean): UserConfig {
  return {
    root,
    base: './',
    plugins: [react(), contentSecurityPolicy(), ...(withResources ? [bundleResources()] : [])],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, '..', outDir),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { index: resolve(root, 'index.html') } },
    },
  };
}

export default rendererConfig('out/web', true);

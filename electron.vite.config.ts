import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { Catalogue } from './electron/shared/schema';
import { rendererConfig } from './renderer/vite.config';

/**
 * The SHA-256 of the bundled catalogue's bytes, once the schema accepted them here: main then
 * checks the hash at start instead of validating the file again (electron/main/catalogue-store.ts).
 * No file, or a file the schema refuses, bakes no hash, and main validates at start as before.
 */
function catalogueSha256(): string | undefined {
  const file = resolve(__dirname, 'resources/catalogue.json');
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  if (!Catalogue.safeParse(JSON.parse(bytes.toString('utf8'))).success) return undefined;
  return createHash('sha256').update(bytes).digest('hex');
}

export default defineConfig({
  main: {
    define: { __CATALOGUE_SHA256__: JSON.stringify(catalogueSha256() ?? null) },
    build: {
      outDir: 'out/main',
      // Bundle zod and friends into main.js: the package then ships no node_modules at all.
      externalizeDeps: false,
      rollupOptions: { input: { main: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle everything it imports.
      externalizeDeps: false,
      rollupOptions: { input: { preload: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: rendererConfig('out/renderer', false),
});

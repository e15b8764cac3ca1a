import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
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
  renderer: rendererConfig('out/renderer'),
});

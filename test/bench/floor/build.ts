// Builds the start-up floor (floor.tsx: the app's React rendering one element) into out/bench-floor,
// for the bench and the A/B tool to load beside the app.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const floorOut = resolve(__dirname, '../../../out/bench-floor');

export async function buildFloor(): Promise<void> {
  await build({
    root: __dirname,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: floorOut, emptyOutDir: true, minify: 'esbuild' },
  });
}

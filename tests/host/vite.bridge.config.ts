import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The HTTP bridge, built apart from the renderer so the app bundle never contains it. */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/test-host'),
    emptyOutDir: true,
    target: 'chrome130',
    minify: false,
    lib: {
      entry: resolve(import.meta.dirname, 'http-bridge.ts'),
      formats: ['iife'],
      name: 'agendumTestHostBridge',
      fileName: () => 'bridge.js',
    },
  },
});

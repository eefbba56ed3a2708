import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer bundle: static files loaded from app:// in Electron and from the test host. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // No inline <style> or data: scripts: the CSP allows files of the app only.
    assetsInlineLimit: 0,
  },
});

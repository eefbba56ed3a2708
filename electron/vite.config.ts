import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Main and preload, bundled to CommonJS for Electron. The sandboxed preload
 * cannot require anything but electron, so everything else is bundled in.
 */
const root = resolve(import.meta.dirname, '..');

const entries = {
  main: resolve(root, 'electron/main/main.ts'),
  preload: resolve(root, 'electron/preload/preload.ts'),
};

/** One self-contained file per entry: `vite build --mode main`, then `--mode preload`. */
export default defineConfig(({ mode }) => ({
  root,
  build: {
    outDir: resolve(root, 'dist/electron'),
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    sourcemap: true,
    lib: {
      entry: mode === 'preload' ? entries.preload : entries.main,
      formats: ['cjs'],
      fileName: () => (mode === 'preload' ? 'preload.cjs' : 'main.cjs'),
    },
    rolldownOptions: {
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { codeSplitting: false },
    },
  },
}));

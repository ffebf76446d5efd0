// Builds main (ESM), the sandboxed preload (CommonJS: sandboxed preloads cannot be ESM) and the
// renderer. Native modules stay external; everything of ours is bundled.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { build as esbuild } from 'esbuild';

// The rule engine's worker: one self-contained CommonJS file beside out/main/index.js, which
// src/main/core/scheduling/validation-worker runs with `eval: true` (scripts/build-node-entries.mjs
// writes the same file for the CLI and the browser host).
const validationWorker = {
  name: 'validation-worker',
  apply: 'build' as const,
  async closeBundle() {
    await esbuild({
      entryPoints: [resolve(__dirname, 'src/main/core/scheduling/validation-worker/worker-entry.ts')],
      outfile: resolve(__dirname, 'out/main/validation-worker.cjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
  },
};

export default defineConfig({
  main: {
    plugins: [validationWorker],
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      // Maps let the security scan trace a bundle finding back to its reviewed source line;
      // electron-builder.yml keeps *.map out of the package.
      sourcemap: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // No inline scripts or styles: the CSP forbids them.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});

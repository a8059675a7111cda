// The explorer's build: `npm run build` writes it to dist/explorer, which the API serves at
// /explore (src/api/plugins/use-explorer.ts). Everything is bundled; nothing loads from outside.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The charts and the diagram are split out by dynamic import; this one report is enough.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 400,
  },
});

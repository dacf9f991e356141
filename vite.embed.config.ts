import { defineConfig } from 'vite';

// embed.js, the partner's one-line script: a classic script (IIFE, no React)
// with a fixed name beside the app's index.html, built after the app into the
// same dist/. Kept apart from the app's bundles so neither weighs on the other.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed/embed.ts',
      formats: ['iife'],
      name: 'PartnershipPathfinderEmbed',
      fileName: () => 'embed.js',
    },
  },
});

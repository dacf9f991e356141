/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineServiceWorker } from './src/offline/offlinePlugin.ts';
import { firstPaint } from './src/firstPaint/firstPaintPlugin.ts';
import { contentSecurityPolicy } from './src/security/contentSecurityPolicy.ts';
import { mostQuestions } from './src/rules/journey.ts';

// `base: './'` makes every asset URL relative, so dist/ works from any
// sub-path of a plain static server; hash routing needs no rewrites.
export default defineConfig({
  base: './',
  // The start page's "up to N questions", read from the flow once per build (and dev server, and test
  // run): exploring every path through the flow is far too slow for a phone at start-up.
  define: { __MOST_QUESTIONS__: String(mostQuestions()) },
  plugins: [react(), firstPaint(), contentSecurityPolicy(), offlineServiceWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // React DOM in a chunk of its own: first-paint.js imports each first-screen chunk separately, so
        // the phone evaluates React DOM and the app in separate tasks, never one long one.
        manualChunks: (id: string) => (/node_modules[\\/](react-dom|scheduler)[\\/]/.test(id) ? 'react-dom' : undefined),
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Generous: CI machines have two cores and the model-based tests do real work.
    testTimeout: 30_000,
  },
});

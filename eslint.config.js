// The architecture, as rules a machine checks. Each layer may import only the
// layers beneath it:
//
//   rules      the law and the decision: pure TypeScript, no React, no XState
//   machines   the statechart and its selectors: rules only
//   session    saved progress and how the app was opened: rules only
//   ui         generic components with no knowledge of the journey
//   journey    the journey context, hooks and URL paths screens and features share
//   steps, workshop, embed    screens and features: never each other, never the shell
//   firstPaint the script that plans the first paint: how the page was opened, what is saved
//   app        the shell: composes everything and provides the journey
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const LAYERS = ['rules', 'machines', 'session', 'ui', 'journey', 'steps', 'workshop', 'embed', 'offline', 'firstPaint', 'security', 'app'];

/** `layer` may import none of `forbidden`. */
const zone = (layer, forbidden, message) => ({
  target: `./src/${layer}`,
  from: forbidden.map((other) => `./src/${other}`),
  message,
});
const allBut = (...allowed) => LAYERS.filter((layer) => !allowed.includes(layer));

const VIEW_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react-router-dom', '@xstate/react', 'zustand', 'zustand/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    languageOptions: { globals: { ...globals.browser } },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      // The two classic hook rules; the React Compiler's stricter rules are for apps built with the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('rules', allBut('rules'), 'The rules are pure: they import nothing of the app.'),
            zone('machines', allBut('rules', 'machines'), 'The statechart reads only the rules.'),
            zone('session', allBut('rules', 'session'), 'Saved progress and modes read only the rules.'),
            zone('ui', allBut('ui'), 'Generic components know nothing of the journey.'),
            zone('journey', ['steps', 'workshop', 'embed', 'offline', 'app'], 'The journey module sits under the screens and features.'),
            zone('steps', ['workshop', 'embed', 'offline', 'app'], 'Screens never import the shell or another feature.'),
            zone('workshop', ['steps', 'embed', 'offline', 'app'], 'The workshop never imports the shell, the screens or another feature.'),
            zone('embed', ['steps', 'workshop', 'offline', 'app'], 'Embedding never imports the shell, the screens or another feature.'),
            zone('offline', allBut('offline'), 'The service worker stands alone.'),
            zone('firstPaint', allBut('rules', 'session', 'firstPaint'), 'The first-paint script runs before the app: it reads only how the page was opened and what is saved.'),
            zone('security', allBut('security'), 'The page policy stands alone.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/machines/**', 'src/session/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: VIEW_PACKAGES.filter((name) => !name.startsWith('zustand')), message: 'No view code here.' }] }],
    },
  },
  {
    files: ['src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...VIEW_PACKAGES, 'xstate', 'xstate/*'], message: 'The rules are pure TypeScript: no React, no XState.' }] },
      ],
    },
  },
  {
    // Scripts run in Node and hand functions to the browser (page.evaluate), so both sets of globals are real.
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'tests/e2e/**', 'src/firstPaint/firstPaintPlugin.ts', 'src/security/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The file list is written into the worker when it is built (src/offline/offlinePlugin.ts).
    files: ['src/offline/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __FILES__: 'readonly' } },
  },
);

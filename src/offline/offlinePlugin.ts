import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Writes dist/sw.js from src/offline/service-worker.js with the list of every
 * built file, so the whole app (lazy screens included) is saved on the first
 * visit. A hand-written worker instead of vite-plugin-pwa: that plugin pulls in
 * workbox-build (Babel, Rollup, terser and more) to do what these lines do.
 */
export function offlineServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'pathfinder-offline',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_, bundle) {
      const publicFiles = (publicDir ? readdirSync(publicDir, { withFileTypes: true }) : [])
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      const files = ['./', ...[...Object.keys(bundle), ...publicFiles].filter((name) => name !== 'index.html').sort().map((name) => `./${name}`)];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files)),
      });
    },
  };
}

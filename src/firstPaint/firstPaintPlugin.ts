import { fileURLToPath } from 'node:url';
import { build, runnerImport, type Plugin } from 'vite';

const FIRST_PAINT_SCRIPT = 'first-paint.js';
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** firstPaint.ts as one small classic script: it must run before the first paint, which no module script does. */
async function buildFirstPaintScript(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2020',
      lib: { entry: here('./firstPaint.ts'), formats: ['iife'], name: 'PathfinderFirstPaint', fileName: () => FIRST_PAINT_SCRIPT },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('first-paint.js was not built');
  return chunk.code;
}

/**
 * Production build only: puts the start screen, rendered by React's own server
 * renderer, inside dist/index.html's #root, so the first screen paints before
 * any JavaScript has loaded; and puts first-paint.js in <head> ahead of the
 * stylesheet and the app, to set the page's modes and hold back prerendered
 * markup that will not be shown (src/firstPaint/plan.ts).
 */
export function firstPaint(): Plugin {
  let root = '';
  return {
    name: 'pathfinder-first-paint',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // Emitted now, so the offline plugin lists it among the files the service worker saves.
      this.emitFile({ type: 'asset', name: FIRST_PAINT_SCRIPT, source: await buildFirstPaintScript(root) });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const script = Object.values(bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(FIRST_PAINT_SCRIPT));
        if (!script) throw new Error(`${FIRST_PAINT_SCRIPT} is missing from the bundle`);
        const { module } = await runnerImport<typeof import('./prerender')>(here('./prerender.tsx'), {
          configFile: false,
          root,
          logLevel: 'warn',
        });
        const startScreen = module.renderStartScreen();
        const emptyRoot = '<div id="root"></div>';
        const firstModule = html.search(/<script type="module"/);
        if (!html.includes(emptyRoot) || firstModule < 0) throw new Error('index.html needs an empty #root and a module script');
        // Classic and blocking, before the stylesheet's link so both load at once.
        const tag = `<script src="./${script.fileName}"></script>\n    `;
        return (html.slice(0, firstModule) + tag + html.slice(firstModule)).replace(emptyRoot, `<div id="root">${startScreen}</div>`);
      },
    },
  };
}

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
 * stylesheet, to set the page's modes, hold back prerendered markup that will
 * not be shown (src/firstPaint/plan.ts) and start the app (firstPaint.ts).
 */
export function firstPaint(): Plugin {
  let root = '';
  let define: Record<string, string> = {};
  return {
    name: 'pathfinder-first-paint',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      // The server render sees the same build-time constants as the app it stands in for.
      define = Object.fromEntries(Object.entries(config.define ?? {}).map(([name, value]) => [name, String(value)]));
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
        const { module } = await runnerImport<typeof import('../app/prerender')>(here('../app/prerender.tsx'), {
          configFile: false,
          root,
          logLevel: 'warn',
          define,
        });
        const startScreen = module.renderStartScreen();
        const emptyRoot = '<div id="root"></div>';
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
        if (!html.includes(emptyRoot) || !entry?.[1]) throw new Error('index.html needs an empty #root and the app as a module script');
        const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
        // first-paint.js starts the app and its imports itself, after the first paint (firstPaint.ts).
        // Classic and blocking, it goes where the app's script was, ahead of the stylesheet, so both load at once.
        const modules = preloads.map(([, href]) => href).join(' ');
        const tag = `<script src="./${script.fileName}" data-app="${entry[1]}" data-modules="${modules}"></script>\n    `;
        let page = html.replace(entry[0], tag);
        for (const [link] of preloads) page = page.replace(link, '');
        return page.replace(emptyRoot, `<div id="root">${startScreen}</div>`);
      },
    },
  };
}

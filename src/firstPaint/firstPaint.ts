/**
 * first-paint.js: a tiny classic script in <head>, run before the first paint
 * (module scripts run too late for that). It sets the page's mode classes,
 * holds back any prerendered markup that will not be shown (see plan.ts), and
 * starts the app.
 *
 * When the start screen is on show, the app's code is fetched only once that
 * screen has been painted, so on a slow connection the code does not compete
 * with the page and its stylesheet for the first paint, and on a slow phone
 * with the code already cached (the service worker) its evaluation does not
 * hold the first paint back. Anything else paints nothing until the app
 * renders, so the app starts at once.
 */
import { applyFirstPaintPlan, currentPageState, firstPaintPlan } from './plan';

const plan = firstPaintPlan(currentPageState());
applyFirstPaintPlan(plan);

// Written here by the build (firstPaintPlugin.ts): the app's entry and the modules it imports at once,
// relative to the page (not to this script).
const script = document.currentScript;
const entry = script?.dataset.app;
const modules = script?.dataset.modules?.split(' ').filter(Boolean) ?? [];

const load = (module: string) => import(/* @vite-ignore */ new URL(module, document.baseURI).href);

function startApp(app: string) {
  // Its imports are fetched alongside it, rather than one after another as each is parsed, and each
  // is evaluated on its own as it arrives, so no one task of the phone's main thread runs them all.
  for (const module of modules) void load(module);
  void load(app);
}

/**
 * Runs `start` once the browser reports the first contentful paint. An animation frame alone is not
 * enough: the paint can land after the frame's callbacks, and the app's code would then compete with it.
 * A late paint (or a browser that does not report paints) still starts the app within a few seconds.
 */
function afterFirstPaint(start: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  window.setTimeout(once, 3000);
  if (typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(once));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(once);
  });
  observer.observe({ type: 'paint', buffered: true });
}

if (entry) {
  // A hidden tab paints nothing until shown: no reason to wait there.
  if (plan.holdBack === 'hold-screen' || document.visibilityState === 'hidden') startApp(entry);
  else afterFirstPaint(() => startApp(entry));
}

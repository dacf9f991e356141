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

if (entry) {
  // A hidden tab paints nothing (and runs no animation frames) until shown: no reason to wait there.
  if (plan.holdBack === 'hold-screen' || document.visibilityState === 'hidden') startApp(entry);
  // A task queued from an animation frame runs once that frame is painted.
  else requestAnimationFrame(() => setTimeout(() => startApp(entry)));
}

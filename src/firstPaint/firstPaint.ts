/**
 * first-paint.js: a tiny classic script in <head>, loaded before the
 * stylesheet and run before the first paint (module scripts run too late for
 * that). It sets the page's mode classes and holds back any prerendered markup
 * that is not what the app will show. See plan.ts.
 */
import { applyFirstPaintPlan, currentPageState, firstPaintPlan } from './plan';

applyFirstPaintPlan(firstPaintPlan(currentPageState()));

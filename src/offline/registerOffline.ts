/**
 * Registers the service worker that keeps the app working offline after one
 * visit. Only the production build has one; a refused registration (private
 * windows, some frames) leaves the app working online as before.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  // Installing copies every built file, work that on a phone's two or four cores would compete with
  // the app starting: so only after the page's load, and once the main thread is idle where the
  // browser can say (the app itself usually starts after the load: first-paint.js starts it once the
  // start screen is painted).
  const whenIdle = () => (window.requestIdleCallback ? window.requestIdleCallback(register) : setTimeout(register));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

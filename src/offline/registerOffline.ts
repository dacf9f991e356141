/**
 * Registers the service worker that keeps the app working offline after one
 * visit. Only the production build has one; a refused registration (private
 * windows, some frames) leaves the app working online as before.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  // After the page's load, so saving every file never competes with the first screen. The app itself
  // usually starts after the load (first-paint.js starts it once the start screen is painted).
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Registers the service worker that keeps the app working offline after one
 * visit. Only the production build has one; a refused registration (private
 * windows, some frames) leaves the app working online as before.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

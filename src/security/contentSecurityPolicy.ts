import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy. The site is static, so it travels in a
 * <meta> tag in dist/index.html; a host that can send headers may send the
 * same policy as a header too (both then apply).
 *
 * Everything the app loads is its own: built scripts and chunks, one
 * stylesheet, the favicon, the service worker. Nothing inline: the prerendered
 * HTML has no style attributes, and styles React sets (the embed's accent
 * colour, dialogs) go through the CSSOM, which style-src does not govern.
 * Downloads are blob: links the browser saves, not loads, and printing and
 * the clipboard are not fetches, so none of them needs an exception.
 */
export const CONTENT_SECURITY_POLICY = [
  // Anything not named below is refused: frames, fonts, media, manifests.
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // Vite's module-preload fallback fetches chunks in browsers without modulepreload.
  "connect-src 'self'",
  // The offline service worker, sw.js.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  // Every form is handled by the app and never submitted.
  "form-action 'none'",
].join('; ');

/**
 * Production build only: Vite's dev server injects inline scripts of its own,
 * which this policy would refuse. frame-ancestors cannot be set in a <meta>
 * tag (browsers ignore it there), so framing is the host's header (README).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pathfinder-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = '<meta charset="utf-8" />';
        if (!html.includes(charset)) throw new Error('index.html must start its head with <meta charset="utf-8" />');
        // Straight after the charset: a policy in a <meta> tag governs only what comes after it.
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}

/**
 * embed.js: the partner's side. A partner page writes
 *
 *   <div data-pathfinder></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * and each `[data-pathfinder]` element gets the app in an iframe, loaded from
 * wherever this script came from. The frame is as tall as the app's content
 * (so the page has one scrollbar, the partner's), the host page scrolls back to
 * the frame's top when a step changes out of sight, and the element receives
 * bubbling `pathfinder:step` and `pathfinder:result` events.
 *
 * A classic script, built alone as an IIFE with no React: it must be small and
 * must not touch anything on the partner's page except the elements it is given.
 */
import { acceptMessage, type FrameMessage } from './protocol';

const FRAME_TITLE = 'Partnership Pathfinder: find the lawful route to partner with a social enterprise';
/**
 * What the frame may do: run the app (scripts), keep its own origin (its code
 * chunks, service worker and storage are its own site's), have its forms
 * answered by the app (without allow-forms the browser blocks a submission
 * before the app sees it), save the decision record (downloads) and open
 * legislation links in a new, unsandboxed tab. Never allow-top-navigation:
 * the app cannot move the partner's page anywhere.
 */
const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox';
/** The app's site learns the partner's origin from a request, never the page's full address. */
const FRAME_REFERRER_POLICY = 'strict-origin-when-cross-origin';
/** Until the app reports its height: roughly the first screen, so the page does not jump far. */
const FIRST_HEIGHT = '640px';

interface Embed {
  container: HTMLElement;
  frame: HTMLIFrameElement;
  stepsSeen: number;
}

/** This script's own URL: currentScript while it first runs, else the script element named embed.js. */
function scriptUrl(): URL | undefined {
  const current = document.currentScript;
  const script =
    current instanceof HTMLScriptElement && current.src
      ? current
      : [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((element) =>
          new URL(element.src, document.baseURI).pathname.endsWith('/embed.js'),
        );
  return script ? new URL(script.src, document.baseURI) : undefined;
}

function frameSource(appUrl: URL, container: HTMLElement): string {
  const url = new URL(appUrl);
  const params = new URLSearchParams({ embed: '' });
  // A page opened from a file has the opaque origin "null": the app then posts nothing.
  params.set('parentOrigin', window.location.origin);
  const accent = container.dataset.accent;
  if (accent) params.set('accent', accent);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}

function mount(container: HTMLElement, appUrl: URL): Embed {
  const frame = document.createElement('iframe');
  frame.title = FRAME_TITLE;
  // Before the source: a frame's sandbox and referrer policy apply from its next navigation.
  frame.setAttribute('sandbox', FRAME_SANDBOX);
  frame.referrerPolicy = FRAME_REFERRER_POLICY;
  frame.src = frameSource(appUrl, container);
  frame.style.cssText = `display:block;width:100%;height:${FIRST_HEIGHT};border:0;`;
  container.replaceChildren(frame);
  container.dataset.pathfinderReady = '';
  return { container, frame, stepsSeen: 0 };
}

function handle(embed: Embed, message: FrameMessage): void {
  const { container, frame } = embed;
  switch (message.type) {
    case 'height':
      frame.style.height = `${message.height}px`;
      return;
    case 'step':
      // A new step whose top is out of sight above: bring the frame's top into view.
      if (embed.stepsSeen > 0 && frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
      embed.stepsSeen += 1;
      container.dispatchEvent(new CustomEvent('pathfinder:step', { bubbles: true, detail: { step: message.step } }));
      return;
    case 'result':
      container.dispatchEvent(
        new CustomEvent('pathfinder:result', { bubbles: true, detail: { route: message.route, regime: message.regime } }),
      );
      return;
  }
}

function start(): void {
  const base = scriptUrl();
  if (!base) return;
  const appUrl = new URL('./', base);
  const embeds: Embed[] = [];

  const mountAll = () => {
    for (const container of document.querySelectorAll<HTMLElement>('[data-pathfinder]')) {
      if (container.dataset.pathfinderReady === undefined) embeds.push(mount(container, appUrl));
    }
  };

  window.addEventListener('message', (event) => {
    for (const embed of embeds) {
      const message = acceptMessage(event, { window: embed.frame.contentWindow, origin: appUrl.origin });
      if (message) return handle(embed, message);
    }
  });

  mountAll();
  // An async script can run before the rest of the page is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
}

start();

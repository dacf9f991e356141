import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

/**
 * The built page's Content-Security-Policy refuses anything the app does not
 * need, and nothing the app does is refused: a whole journey, every workshop
 * panel, the decision record, copying the link, printing and the offline
 * service worker, on the full site and inside a partner's page.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://localhost:${PORT}/tools/pathfinder/`;
const HOST = `http://127.0.0.1:${PORT}`;
const FRAME = '[data-pathfinder] iframe';

/** Records every CSP violation in every frame of the page, from before the app's first script. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

const violations = (where: Page | Frame) => where.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Scotland, a new contract with a unique partner: ten questions, a money field, check answers and the result. */
async function journeyToResult(app: Pick<Page, 'getByRole' | 'getByLabel' | 'locator'>) {
  const choose = async (label: string) => {
    await app.getByLabel(label, { exact: true }).check();
    await app.getByRole('button', { name: /^Continue/ }).click();
  };
  await app.getByRole('button', { name: /start now/i }).click();
  await app.getByRole('button', { name: /^Continue/ }).click();
  await expect(app.locator('.error-message')).toBeVisible();
  for (const answer of ['A public authority', 'Scotland', 'Yes', 'A new contract', 'Other services or goods', 'No', 'No, another authority']) await choose(answer);
  await app.getByRole('textbox').fill('£600,000');
  await app.getByRole('button', { name: /^Continue/ }).click();
  // Not a supported employment provider; a unique partner with no reasonable alternative.
  for (const answer of ['No', 'Yes', 'Yes']) await choose(answer);
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await app.getByRole('button', { name: /^Continue to your route/ }).click();
  await expect(app.locator('[data-route]')).toHaveAttribute('data-route', 'direct-award');
}

test('the built page carries the policy: own scripts only, nothing inline, no eval, no plugins, no base, no form posts', async ({ page, consoleErrors }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(policy?.split(';').map((directive) => {
    const [name = '', ...values] = directive.trim().split(/\s+/);
    return [name, values.join(' ')];
  }));
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
  expect(directives.get('form-action')).toBe("'none'");
  expect(policy).not.toContain('unsafe');

  // Enforced, not just written: an injected inline script and eval are both refused.
  await recordViolations(page);
  await page.reload();
  await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    // From a timer, as page code would: DevTools' own evaluation is exempt from the policy.
    const evalRan = await new Promise<boolean>((settled) =>
      setTimeout(() => {
        try {
          settled(eval('true') as boolean);
        } catch {
          settled(false);
        }
      }),
    );
    return { inlineRan: (window as { inlineRan?: boolean }).inlineRan === true, evalRan };
  });
  expect(outcome).toEqual({ inlineRan: false, evalRan: false });
  expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem refused inline/), expect.stringMatching(/^script-src refused eval/)]);
  // The browser logs the refused inline script as a console error (eval just throws): expected here, and only here.
  const refusals = consoleErrors.filter((error) => /Content Security Policy/.test(error));
  expect(refusals).toEqual([expect.stringMatching(/^Executing inline script violates/)]);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !refusals.includes(error)));
});

test('nothing the app does is refused: a whole journey, the workshop tools, the record, the link, print and offline', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordViolations(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await journeyToResult(page);

  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download decision record', exact: true }).click()]);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  for (const panel of ['Decision map', 'Compare routes', 'What is holding you back?']) {
    await page.getByRole('button', { name: panel }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.locator('html')).toHaveClass(/\bpresent\b/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);

  // A reload mid-journey and a shared link open under the same policy.
  await page.reload();
  await expect(page.locator('[data-route]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

/** The example partner page exactly as served, with embed.js pointed at this run's app origin. */
async function openExample(page: Page) {
  await page.route(`${HOST}/embed.html`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('http://localhost:4173/tools/pathfinder/', APP);
    await route.fulfill({ response, body });
  });
  await page.goto(`${HOST}/embed.html`);
  const frame = await (await page.locator(FRAME).elementHandle())?.contentFrame();
  if (!frame) throw new Error('no app frame');
  return frame;
}

test.describe('in a partner page', () => {
  // See embed.spec.ts: the partner page is answered by page.route, so Chromium treats it as public.
  test.use({ permissions: ['local-network-access'] });

  test('the frame is sandboxed without top navigation and sends only its origin as referrer', async ({ page }) => {
    expect(readFileSync('examples/embed.html', 'utf8')).toContain('embed.js');
    await openExample(page);
    const frame = page.locator(FRAME);
    const sandbox = ((await frame.getAttribute('sandbox')) ?? '').split(/\s+/).sort();
    expect(sandbox).toEqual(
      ['allow-downloads', 'allow-forms', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'],
    );
    await expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  });

  test('the app cannot move the partner page anywhere', async ({ page, consoleErrors }) => {
    const app = await openExample(page);
    await expect(app.getByRole('button', { name: /start now/i })).toBeVisible();
    const hostPage = page.url();
    const attempt = await app.evaluate(() => {
      try {
        window.top!.location.href = 'https://example.com/';
        return 'navigated';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(attempt).toBe('SecurityError');
    expect(page.url()).toBe(hostPage);
    // Chromium also logs the refusal.
    const refused = consoleErrors.filter((error) => /sandboxed/.test(error) && /allow-top-navigation/.test(error));
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !refused.includes(error)));
  });

  test('nothing the embedded app does is refused: a whole journey, the record and a legislation link', async ({ page, context }) => {
    await context.route('https://www.legislation.gov.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>legislation</title>' }));
    await recordViolations(page);
    const app = await openExample(page);
    await journeyToResult(app);
    await Promise.all([page.waitForEvent('download'), app.getByRole('button', { name: 'Download decision record', exact: true }).click()]);
    const [legislation] = await Promise.all([context.waitForEvent('page'), app.locator('main a[target="_blank"]').first().click()]);
    await legislation.waitForLoadState();
    expect(legislation.url()).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
    await legislation.close();
    expect(await violations(app)).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});

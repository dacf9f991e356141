import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STORAGE_KEY } from '../../src/session/storageKey';
import { QUESTIONS } from '../../src/rules';

/**
 * The start screen is in dist/index.html, so it paints before the app's code
 * has loaded. These tests hold the app's code back to look at that first
 * paint, then let it load and check what changed: nothing, for a first-time
 * visitor; and never the wrong content, whatever the mode or saved progress.
 */
const HEADING = 'Find a lawful route to partner with a social enterprise';

/** Holds the app's entry script until released, so the page shows only what the HTML and first-paint.js give it. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Sums layout shifts from the first paint on (none after a person's own input count, as in CLS). */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    Object.assign(window, { layoutShift: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

/** Saved progress as the app writes it. */
async function saveProgress(page: Page, state: { answers: Record<string, string>; settings: { textSize: string } }) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ state, version: 2 })] as const);
}

test('dist/index.html holds the start screen inside the app root', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const root = html.match(/<div id="root">([\s\S]*)<\/div>\s*<\/body>/)?.[1] ?? '';
  expect(root).toContain(`>${HEADING}</h1>`);
  expect(root).toContain('<main');
  expect(root).not.toMatch(/\sstyle="/);
});

test('a first-time visitor sees the start screen before the code loads; the app then takes it over without moving or replacing it', async ({ page }) => {
  await recordLayoutShifts(page);
  const release = await holdAppCode(page);
  await page.goto('./', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(HEADING);
  // Not yet able to act: every button waits, in its place, until it works.
  for (const button of await page.getByRole('button', { includeHidden: true }).all()) await expect(button).toBeHidden();
  await expect(page.getByText('The questions need JavaScript')).toBeHidden();
  await heading.evaluate((element) => Object.assign(element, { paintedFirst: true }));

  release();
  await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
  expect(await heading.evaluate((element) => (element as HTMLElement & { paintedFirst?: boolean }).paintedFirst)).toBe(true);
  expect(await layoutShift(page)).toBe(0);
  await page.getByRole('button', { name: /start now/i }).click();
  await expect(heading).toHaveText(/who is proposing/i);
});

test('a returning visitor is never shown "Start now": the button waits until "Continue where you left off" can show', async ({ page }) => {
  await saveProgress(page, { answers: { initiator: 'authority', nation: 'scotland' }, settings: { textSize: 'standard' } });
  const release = await holdAppCode(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING);
  await expect(page.getByRole('button', { name: /start now/i })).toBeHidden();
  release();
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toBeVisible();
  await expect(page.getByRole('button', { name: /start now/i })).toHaveCount(0);
});

test('larger text saved: the first paint is already larger, and nothing moves when the app loads', async ({ page }) => {
  await recordLayoutShifts(page);
  await saveProgress(page, { answers: {}, settings: { textSize: 'large' } });
  const release = await holdAppCode(page);
  await page.goto('./', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(HEADING);
  const sizeBeforeApp = await heading.evaluate((element) => getComputedStyle(element).fontSize);
  release();
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');
  expect(await heading.evaluate((element) => getComputedStyle(element).fontSize)).toBe(sizeBeforeApp);
  expect(sizeBeforeApp).not.toBe('38px');
  expect(await layoutShift(page)).toBe(0);
});

const OTHER_FIRST_SCREENS: [string, string, (page: Page) => Promise<void>][] = [
  ['a shared link to a question', './#/nation?initiator=authority', async (page) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.nation.text);
  }],
  ['embed mode', './?embed', async (page) => {
    await expect(page.getByText(/nothing you enter is saved/i)).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
  }],
  ['presentation mode', './?present#/', async (page) => {
    await expect(page.getByRole('button', { name: 'Keys' })).toBeVisible();
    await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
  }],
];

for (const [name, url, expectAppScreen] of OTHER_FIRST_SCREENS) {
  test(`${name}: the prerendered start screen is never painted; the app's own screen is`, async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto(url, { waitUntil: 'commit' });
    await expect(page.locator('#root')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    release();
    await expectAppScreen(page);
  });
}

/** A page with JavaScript turned off, as some locked-down council laptops have it. */
async function withoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test('without JavaScript the start screen reads correctly, says the questions need it, and offers no dead buttons', async ({ browser, baseURL }) => {
  const { context, page } = await withoutJavaScript(browser);
  await page.goto(baseURL ?? './');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING);
  await expect(page.getByRole('heading', { name: 'Who this is for' })).toBeVisible();
  await expect(page.getByText('The questions need JavaScript')).toBeVisible();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await context.close();
});

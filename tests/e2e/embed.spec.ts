import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { envelope } from '../../src/embed/protocol';

/**
 * A partner's page on one site, the app and embed.js on another: the same test
 * server answers both, at different origins (127.0.0.1 and localhost).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://localhost:${PORT}/tools/pathfinder/`;
const HOST = `http://127.0.0.1:${PORT}`;
const FRAME = '[data-pathfinder] iframe';

// The partner pages below are answered by page.route, and Chromium counts a page
// with no real server address as public, so its requests to this loopback server
// need the permission a browser asks for before a public site may reach a local one.
test.use({ permissions: ['local-network-access'] });

interface HeardEvent {
  type: string;
  detail: Record<string, string>;
  fromContainer: boolean;
}

/** Records, in the partner page, every pathfinder event that bubbles to its document. */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    Object.assign(window, { heard });
    for (const type of ['pathfinder:step', 'pathfinder:result']) {
      document.addEventListener(type, (event) => {
        const target = event.target as Element;
        heard.push({ type, detail: (event as CustomEvent).detail, fromContainer: target.matches('[data-pathfinder]') });
      });
    }
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: HeardEvent[] }).heard);

/** The example partner page exactly as served, with embed.js pointed at this run's app origin. */
async function openExample(page: Page) {
  const example = readFileSync('examples/embed.html', 'utf8');
  expect(example).toContain('<script src="http://localhost:4173/tools/pathfinder/embed.js" async></script>');
  await page.route(`${HOST}/embed.html`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('http://localhost:4173/tools/pathfinder/', APP);
    await route.fulfill({ response, body });
  });
  await listen(page);
  await page.goto(`${HOST}/embed.html`);
  return page.frameLocator(FRAME);
}

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator(FRAME).elementHandle())?.contentFrame();
  if (!frame) throw new Error('no app frame');
  return frame;
}

/** The frame is exactly as tall as its content (no blank space below), and the content has no scrollbar of its own. */
async function expectFits(page: Page, screen: string) {
  await expect
    .poll(
      async () => {
        const frame = await appFrame(page);
        const inside = await frame.evaluate(() => ({
          // The main landmark is the last thing on the page in embed mode: its foot is where content ends.
          content: (document.querySelector('main')?.getBoundingClientRect().bottom ?? 0) + window.scrollY,
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          innerHeight: window.innerHeight,
          innerWidth: window.innerWidth,
        }));
        const frameHeight = await page.locator(FRAME).evaluate((element) => element.clientHeight);
        const problems = [];
        if (Math.abs(frameHeight - inside.content) > 2) problems.push(`frame ${frameHeight}px for ${inside.content}px of content`);
        if (inside.scrollHeight > inside.innerHeight) problems.push(`scrolls inside: ${inside.scrollHeight} > ${inside.innerHeight}`);
        if (inside.scrollWidth > inside.innerWidth) problems.push(`scrolls sideways: ${inside.scrollWidth} > ${inside.innerWidth}`);
        return problems.join('; ') || 'fits';
      },
      { message: `frame height on ${screen}` },
    )
    .toBe('fits');
}

const stepInFrame = async (page: Page) => new URL((await appFrame(page)).url()).hash.replace(/^#\/?/, '').split('?')[0] || 'start';

test('the two-line snippet on another site: a titled frame that fits every screen, and events for the host', async ({ page }) => {
  const app = await openExample(page);
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('title', /Partnership Pathfinder/);
  await expect(app.getByRole('heading', { level: 1, name: /lawful route to partner/i })).toBeVisible();
  expect(new URL((await appFrame(page)).url()).origin).toBe(new URL(APP).origin);
  const hostWidth = await page.locator('[data-pathfinder]').evaluate((element) => element.clientWidth);
  expect(await frame.evaluate((element) => element.clientWidth)).toBe(hostWidth);
  await expect(app.getByRole('banner')).toBeHidden();
  await expect(app.getByRole('contentinfo')).toBeHidden();
  await expectFits(page, 'start');

  const steps = ['start'];
  const next = async (label: string) => {
    await app.getByLabel(label, { exact: true }).check();
    await app.getByRole('button', { name: /^Continue/ }).click();
    await expect.poll(() => stepInFrame(page)).not.toBe(steps.at(-1));
    steps.push(await stepInFrame(page));
    await expectFits(page, steps.at(-1) ?? '');
  };

  await app.getByRole('button', { name: /start now/i }).click();
  await expect(app.getByRole('heading', { level: 1, name: /who is proposing/i })).toBeVisible();
  steps.push(await stepInFrame(page));
  await expectFits(page, 'first question');

  await app.getByRole('button', { name: /^Continue/ }).click();
  await expect(app.getByRole('alert').or(app.locator('.error-summary'))).toBeVisible();
  await expectFits(page, 'first question with an error');

  await next('A public authority');
  await next('Scotland');

  // The frame's top just out of sight above (its heading still in view, so moving focus
  // to the next heading scrolls nothing): a new step brings the frame's top to the window's top.
  const headingTop = await app.getByRole('heading', { level: 1 }).evaluate((element) => element.getBoundingClientRect().top);
  await page.evaluate((by) => window.scrollBy(0, by), (await frame.evaluate((element) => element.getBoundingClientRect().top)) + headingTop - 10);
  expect(await frame.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(-10);
  // Not sure anything is bought: the joint investment questions come first; the authority also pays for services, so it is a contract.
  await next('Not sure yet');
  await expect.poll(() => frame.evaluate((element) => Math.abs(element.getBoundingClientRect().top))).toBeLessThanOrEqual(1);
  await next('Yes');
  await next('Yes');
  await next('A new contract');
  await next('Other services or goods');
  await next('No');
  await next('No, another authority');

  await app.getByRole('textbox').fill('a lot');
  await app.getByRole('button', { name: /^Continue/ }).click();
  await expect(app.locator('.error-message')).toBeVisible();
  await expectFits(page, 'contract value with an error');
  await app.getByRole('textbox').fill('£600,000');
  await app.getByRole('button', { name: /^Continue/ }).click();
  await expect.poll(() => stepInFrame(page)).not.toBe(steps.at(-1));
  steps.push(await stepInFrame(page));
  await expectFits(page, steps.at(-1) ?? '');

  // Not a supported employment provider; only this partner can deliver, and there is no reasonable alternative: a direct award.
  await next('No');
  await next('Yes');
  await next('Yes');
  expect(steps).toEqual([
    'start',
    'initiator',
    'nation',
    'buying',
    'coInvestment',
    'buysOutputs',
    'arrangement',
    'serviceKind',
    'concession',
    'authorityType',
    'contractValue',
    'supportedEmployment',
    'uniqueSupplier',
    'noAlternative',
    'check-answers',
  ]);

  await app.getByRole('button', { name: /^Continue to your route/ }).click();
  await expect(app.locator('[data-route]')).toHaveAttribute('data-route', 'direct-award');
  steps.push('result');
  await expectFits(page, 'result');

  await expect.poll(async () => (await heard(page)).filter((event) => event.type === 'pathfinder:result')).toEqual([
    { type: 'pathfinder:result', detail: { route: 'direct-award', regime: 'pcsr2015' }, fromContainer: true },
  ]);
  const stepEvents = (await heard(page)).filter((event) => event.type === 'pathfinder:step');
  expect(stepEvents.map((event) => event.detail.step)).toEqual(steps);
  expect(stepEvents.every((event) => event.fromContainer)).toBe(true);
  await expect(page.locator('#events')).toContainText('result: direct-award under pcsr2015');

  // Narrow and widen the window: the height follows.
  await page.setViewportSize({ width: 360, height: 640 });
  await expectFits(page, 'result in a narrow window');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectFits(page, 'result in a wide window');

  // From the foot of a long result, a new step brings the frame's top back into view.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await frame.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(0);
  await app.getByRole('button', { name: 'Start again' }).click();
  await expect(app.getByRole('heading', { level: 1, name: /lawful route to partner/i })).toBeVisible();
  await expect.poll(() => frame.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
  await expectFits(page, 'start again');
});

test('the embedded app passes axe on the partner page, at the start and on a question with an error', async ({ page }) => {
  const app = await openExample(page);
  await expect(app.getByRole('button', { name: /start now/i })).toBeVisible();
  const scan = async () => (await new AxeBuilder({ page }).include(FRAME).analyze()).violations;
  expect(await scan()).toEqual([]);
  await app.getByRole('button', { name: /start now/i }).click();
  await app.getByRole('button', { name: /^Continue/ }).click();
  await expect(app.locator('.error-message')).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('the partner page ignores messages from other windows, other origins and its own frame once navigated away', async ({ page }) => {
  const fake = [envelope({ type: 'height', height: 5 }), envelope({ type: 'result', route: 'direct-award', regime: 'pa2023' })];
  await page.route(`${HOST}/impostor.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>impostor</title><script>
        for (const data of ${JSON.stringify(fake)}) parent.postMessage(data, '*');
        parent.postMessage('impostor done', '*');
      </script>`,
    }),
  );
  const app = await openExample(page);
  await expect(app.getByRole('button', { name: /start now/i })).toBeVisible();
  await expectFits(page, 'start');
  const frame = page.locator(FRAME);
  const height = await frame.evaluate((element) => element.clientHeight);

  // The partner's own window, and a frame of its own site, post perfect protocol messages.
  await page.evaluate((messages) => {
    for (const data of messages) window.postMessage(data, '*');
    const other = document.createElement('iframe');
    other.srcdoc = `<script>for (const data of ${JSON.stringify(messages)}) parent.postMessage(data, '*');</script>`;
    document.body.append(other);
  }, fake);
  // A real step afterwards: messages are delivered in order, so the fakes were all handled before it.
  await app.getByRole('button', { name: /start now/i }).click();
  await expect.poll(async () => (await heard(page)).map((event) => event.detail.step)).toEqual(['start', 'initiator']);
  await expectFits(page, 'first question');

  // Our own frame, navigated to another origin, is no longer the app.
  const impostorDone = page.evaluate(
    () => new Promise<void>((done) => window.addEventListener('message', (event) => event.data === 'impostor done' && done())),
  );
  const before = await frame.evaluate((element) => element.clientHeight);
  await frame.evaluate((element, url) => ((element as HTMLIFrameElement).src = url), `${HOST}/impostor.html`);
  await impostorDone;
  expect(await frame.evaluate((element) => element.clientHeight)).toBe(before);
  expect(before).not.toBe(5);
  expect(height).not.toBe(5);
  expect((await heard(page)).filter((event) => event.type === 'pathfinder:result')).toEqual([]);
});

test("data-accent: a partner's colour is used where white text on it stays AA; a bad value is ignored", async ({ page }) => {
  await page.route(`${HOST}/accent.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Accent</title><link rel="icon" href="data:,">
        <div data-pathfinder data-accent="#ffdd00"></div>
        <div data-pathfinder data-accent="red;} body{display:none"></div>
        <script src="${APP}embed.js" async></script>`,
    }),
  );
  await page.goto(`${HOST}/accent.html`);
  const button = (index: number) => page.frameLocator(`[data-pathfinder] >> nth=${index} >> iframe`).getByRole('button', { name: /start now/i });
  const colours = (index: number) =>
    button(index).evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, text: style.color };
    });
  await expect(button(0)).toBeVisible();
  await expect(button(1)).toBeVisible();
  const yellow = await colours(0);
  expect(yellow.text).toBe('rgb(255, 255, 255)');
  expect(yellow.background).not.toBe('rgb(255, 221, 0)');
  expect(yellow.background).not.toBe('rgb(0, 112, 60)');
  expect(contrastWithWhite(yellow.background)).toBeGreaterThanOrEqual(4.5);
  expect(await colours(1)).toEqual({ background: 'rgb(0, 112, 60)', text: 'rgb(255, 255, 255)' });
});

test('a plain iframe with a fixed height works without the script: it scrolls inside and posts nothing', async ({ page }) => {
  await page.route(`${HOST}/plain.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Plain</title><link rel="icon" href="data:,">
        <iframe src="${APP}?embed" title="Partnership Pathfinder" style="width:100%;height:400px;border:0"></iframe>`,
    }),
  );
  await page.addInitScript(() => {
    const messages: unknown[] = [];
    Object.assign(window, { messages });
    window.addEventListener('message', (event) => messages.push(event.data));
  });
  await page.goto(`${HOST}/plain.html`);
  const app = page.frameLocator('iframe');
  await expect(app.getByRole('heading', { level: 1, name: /lawful route to partner/i })).toBeVisible();
  await expect(app.getByRole('banner')).toBeHidden();
  await expect(app.getByText(/nothing you enter is saved/i)).toBeVisible();
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  const inside = await frame?.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
  expect(inside?.innerHeight).toBe(400);
  expect(inside?.scrollHeight).toBeGreaterThan(400);
  await app.getByRole('button', { name: /start now/i }).click();
  await expect(app.getByRole('heading', { level: 1, name: /who is proposing/i })).toBeVisible();
  expect(await page.locator('iframe').evaluate((element) => element.clientHeight)).toBe(400);
  expect(await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages)).toEqual([]);
});

/** WCAG contrast of a computed `rgb(r, g, b)` against white. */
function contrastWithWhite(rgb: string): number {
  const [red = 0, green = 0, blue = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 1.05 / (0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue) + 0.05);
}

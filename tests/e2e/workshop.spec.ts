import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { QUESTIONS, QUESTION_IDS, ROUTE_IDS, answerLabel, questionsOnPath, serialiseAnswers, type Answers, type QuestionId } from '../../src/rules';
import { expectNoAxeViolations } from './checks';
import { JOURNEYS, JOURNEY_PER_ROUTE, type Journey } from '../fixtures/journeys';

/** The key that picks an answer: its position among the question's options. */
function keyFor(question: QuestionId, value: string): string {
  const q = QUESTIONS[question];
  if (q.kind !== 'choice') throw new Error(`${question} is not answered by a key`);
  return String(q.options.findIndex((option) => option.value === value) + 1);
}

async function questionOnScreen(page: Page): Promise<QuestionId | undefined> {
  const form = page.locator('form.question');
  if ((await form.count()) === 0) return undefined;
  return (await form.getAttribute('data-question')) as QuestionId;
}

// Journeys a room can take with the number keys alone (no contract value to type): the first to each route.
const keyJourneys = JOURNEYS.filter(
  (journey, index) =>
    journey.answers.contractValue === undefined &&
    JOURNEYS.findIndex((other) => other.route === journey.route && other.answers.contractValue === undefined) === index,
);

for (const journey of keyJourneys) {
  test(`presentation mode: keys alone reach ${journey.route} (${journey.name})`, async ({ page }) => {
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Presentation mode' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?present(#|$)/);
    await page.keyboard.press('Enter');
    for (let step = 0; step < QUESTION_IDS.length; step += 1) {
      await expect(page.locator('h1')).toBeFocused();
      const question = await questionOnScreen(page);
      if (!question) break;
      const value = journey.answers[question];
      expect(value, `an answer for ${question}`).toBeDefined();
      await page.keyboard.press(keyFor(question, value as string));
      await expect(page.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
      await expect(page.locator('form.question')).toHaveAttribute('data-question', question);
      await page.keyboard.press('Enter');
      await expect(page.locator('h1')).not.toHaveText(QUESTIONS[question].text);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await page.keyboard.press('Enter');
    const result = page.locator('[data-route]');
    await expect(result).toHaveAttribute('data-route', journey.route);
    await expect(result).toHaveAttribute('data-regime', journey.regime);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
}

test('presentation mode: Backspace goes back, F toggles full screen, R then Enter starts again, ? lists the keys', async ({ page }) => {
  await page.goto('./?present#/nation?initiator=authority');
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('heading', { level: 1, name: QUESTIONS.initiator.text })).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  await page.keyboard.press('F');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Presentation keys' });
  await expect(help).toContainText('Enter');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Escape keeps every answer; R then Enter starts again, with no Tab in between.
  await page.keyboard.press('r');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: QUESTIONS.initiator.text })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: 'Start again?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?present#\/$/);
  await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
});

/** For each question, the answers that lead to it, found by walking the rules along known journeys. */
function routesToEveryQuestion(): Map<QuestionId, Answers> {
  const before = new Map<QuestionId, Answers>();
  for (const journey of JOURNEYS) {
    const answers: Answers = {};
    for (const question of questionsOnPath(journey.answers)) {
      if (!before.has(question)) before.set(question, { ...answers });
      answers[question] = journey.answers[question];
    }
  }
  return before;
}

test('in presentation mode every question screen fits 1280×720 with a heading of at least 32px, with or without its error', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const reaching = routesToEveryQuestion();
  expect([...reaching.keys()].sort()).toEqual([...QUESTION_IDS].sort());
  const measure = () =>
    page.evaluate(() => ({
      scrollHeight: document.scrollingElement?.scrollHeight ?? Infinity,
      innerHeight: window.innerHeight,
      heading: parseFloat(getComputedStyle(document.querySelector('h1') as Element).fontSize),
    }));
  for (const [question, answers] of reaching) {
    const query = serialiseAnswers(answers);
    await page.goto(`./?present#/${question}${query ? `?${query}` : ''}`);
    await expect(page.locator('form.question')).toHaveAttribute('data-question', question);
    // The room presses Enter before anyone has chosen: the error must not push the options off the wall.
    for (const state of ['without its error', 'with its error']) {
      if (state === 'with its error') {
        await page.getByRole('heading', { level: 1 }).focus();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('alert')).toBeVisible();
      }
      const fit = await measure();
      // Soft, so one run names every screen that does not fit.
      expect.soft(fit.scrollHeight, `${question} fits without scrolling, ${state}`).toBeLessThanOrEqual(fit.innerHeight);
      expect.soft(fit.heading, `${question} heading size, ${state}`).toBeGreaterThanOrEqual(32);
    }
  }
});

test('the decision map shows the path taken and every route, and marks the path', async ({ page }) => {
  const journey = JOURNEYS[0] as Journey;
  await page.goto(`./#/result?${serialiseAnswers(journey.answers)}`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', journey.route);
  const opener = page.getByRole('button', { name: /map/i });
  await opener.click();
  const map = page.getByRole('dialog', { name: 'Decision map' });
  const path = ['start', ...questionsOnPath(journey.answers), journey.route];
  for (const id of [...path, ...ROUTE_IDS]) await expect(map.locator(`[data-node="${id}"]`)).toHaveCount(1);
  const onPath = await map.locator('[data-on-path="true"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node')));
  expect(onPath.sort()).toEqual([...path].sort());
  await expect(map.locator('[data-map-path] li').last()).toContainText('Route');
  await page.keyboard.press('Escape');
  await expect(map).toBeHidden();
  await expect(opener).toBeFocused();
});

interface Box {
  id: string | null;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Every text on the map that a sighted person sees, with its size as drawn (font size times any scaling on the way). */
async function drawnTextSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.locator('[role="dialog"] .map').evaluate((map) => {
    const sizes: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(map, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const drawn = range.getBoundingClientRect();
      // Visually hidden text (for screen readers) is clipped to a 1px box.
      if (drawn.width <= 1 || drawn.height <= 1 || element.closest('.visually-hidden, details:not([open]) > :not(summary)')) continue;
      const box = element.getBoundingClientRect();
      // offsetWidth is rounded to whole pixels, so only a real transform counts as scaling.
      const ratio = element.offsetWidth > 0 ? box.width / element.offsetWidth : 1;
      const scale = Math.abs(ratio - 1) < 0.05 ? 1 : ratio;
      sizes.push({ text, size: parseFloat(getComputedStyle(element).fontSize) * scale });
    }
    return sizes;
  });
}

// The longest journey the flow allows, too: the whole path must still fit beside every route.
const longestJourney = JOURNEYS.reduce((longest, journey) => (questionsOnPath(journey.answers).length > questionsOnPath(longest.answers).length ? journey : longest));

for (const journey of [...JOURNEY_PER_ROUTE, longestJourney]) {
  test(`presentation mode at 1280×720: the map shows every route and the whole ${questionsOnPath(journey.answers).length}-question path to ${journey.route} without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?present#/result?${serialiseAnswers(journey.answers)}`);
    await expect(page.locator('[data-route]')).toHaveAttribute('data-route', journey.route);
    const heading = (await page.locator('.result h1').textContent())?.trim();
    await page.keyboard.press('m');
    const map = page.getByRole('dialog', { name: 'Decision map' });
    await expect(map.locator(`[data-node="${journey.route}"]`)).toHaveAttribute('data-current', 'true');

    const scrolling = await page.evaluate(() => {
      const backdrop = document.querySelector('.dialog-backdrop') as HTMLElement;
      const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowY);
      return {
        backdrop: backdrop.scrollHeight - backdrop.clientHeight,
        inner: [...backdrop.querySelectorAll('*')].filter((element) => scrolls(element) && element.scrollHeight > element.clientHeight + 1).length,
        // The page behind the dialog is long, but the dialog stops it scrolling.
        page: getComputedStyle(document.body).overflowY,
      };
    });
    expect(scrolling, 'nothing to scroll: the dialog, anything in it, or the page').toEqual({ backdrop: 0, inner: 0, page: 'hidden' });

    const path = ['start', ...questionsOnPath(journey.answers), journey.route];
    const onPath = await map.locator('[data-on-path="true"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node')));
    expect(onPath.sort()).toEqual([...path].sort());
    const boxes: Box[] = await map.locator('[data-kind="route"], [data-on-path="true"]').evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.getAttribute('data-node'), ...node.getBoundingClientRect().toJSON() })),
    );
    expect(boxes.filter((box) => ROUTE_IDS.includes(box.id as never))).toHaveLength(ROUTE_IDS.length);
    for (const box of boxes) {
      expect.soft(box.top, `${box.id} below the top of the screen`).toBeGreaterThanOrEqual(0);
      expect.soft(box.bottom, `${box.id} above the bottom of the screen`).toBeLessThanOrEqual(720);
      expect.soft(box.left, `${box.id} right of the left edge`).toBeGreaterThanOrEqual(0);
      expect.soft(box.right, `${box.id} left of the right edge`).toBeLessThanOrEqual(1280);
    }

    const small = (await drawnTextSizes(page)).filter(({ size }) => size < 16);
    expect(small, 'labels under 16px as drawn').toEqual([]);

    // The route reached has the result's own name, and the answers are on the path's arrows.
    await expect(map.locator(`[data-node="${journey.route}"] .map__route-name`)).toHaveText(heading as string);
    for (const question of questionsOnPath(journey.answers)) {
      await expect(map.locator(`[data-edge-from="${question}"]`)).toContainText(answerLabel(question, journey.answers[question] as string));
    }
    await expectNoAxeViolations(page, `decision map for ${journey.route} in presentation mode`);
  });
}

test('at 320px the map leads with the path in words and needs no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const journey = JOURNEY_PER_ROUTE.find((candidate) => candidate.route === 'light-touch') as Journey;
  await page.goto(`./#/result?${serialiseAnswers(journey.answers)}`);
  await page.getByRole('button', { name: 'Workshop tools' }).click();
  await page.getByRole('button', { name: 'Decision map' }).click();
  const map = page.getByRole('dialog', { name: 'Decision map' });
  const list = map.locator('[data-map-path]');
  await expect(list).toBeVisible();
  const order = await map.evaluate((dialog) => {
    const list = dialog.querySelector('[data-map-path]') as Element;
    const drawing = dialog.querySelector('.map__drawing') as Element;
    return list.compareDocumentPosition(drawing) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order, 'the list comes before the drawing').toBeTruthy();
  const widths = await page.evaluate(() => {
    const backdrop = document.querySelector('.dialog-backdrop') as HTMLElement;
    return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, dialog: backdrop.scrollWidth - backdrop.clientWidth };
  });
  expect(widths).toEqual({ page: 0, dialog: 0 });
  const rights = await map.locator('[data-node], [data-edge-from]').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().right));
  for (const right of rights) expect(right).toBeLessThanOrEqual(320);
});

test('at 200% text size the map in presentation mode keeps every label whole and apart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const journey = JOURNEY_PER_ROUTE.find((candidate) => candidate.route === 'light-touch') as Journey;
  await page.goto(`./?present#/result?${serialiseAnswers(journey.answers)}`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', journey.route);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await page.keyboard.press('m');
  const map = page.getByRole('dialog', { name: 'Decision map' });
  await expect(map.locator('[data-current="true"]')).toBeVisible();
  const labels: (Box & { clipped: boolean })[] = await map
    .locator('[data-node], [data-edge-from], .map__stage-title, .map__branch, .map__heading:not(.map__heading--path)')
    .evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-node') ?? element.getAttribute('data-edge-from') ?? element.textContent,
        clipped: element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
        ...element.getBoundingClientRect().toJSON(),
      })),
    );
  const widths = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(widths, 'no sideways scrolling').toBeLessThanOrEqual(0);
  for (const label of labels) {
    expect.soft(label.clipped, `${label.id} shown whole`).toBe(false);
    expect.soft(label.right, `${label.id} within the screen`).toBeLessThanOrEqual(1280);
  }
  const overlapping = labels.flatMap((a, index) =>
    labels
      .slice(index + 1)
      .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
      .map((b) => `${a.id} / ${b.id}`),
  );
  expect(overlapping, 'labels drawn over each other').toEqual([]);
  const small = (await drawnTextSizes(page)).filter(({ size }) => size < 32);
  expect(small, 'text doubled with the reader’s setting').toEqual([]);
});

test('compare routes stacks at 320px with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const journey = JOURNEYS[0] as Journey;
  await page.goto(`./#/result?${serialiseAnswers(journey.answers)}`);
  // On a phone the workshop tools fold behind one button.
  await expect(page.getByRole('button', { name: 'Compare routes' })).toBeHidden();
  await page.getByRole('button', { name: 'Workshop tools' }).click();
  await page.getByRole('button', { name: 'Compare routes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare routes' });
  await expect(dialog.locator('[data-compare-route]').first()).toBeVisible();
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const boxes = await dialog.locator('[data-compare-route]').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
  expect(new Set(boxes).size).toBe(1);
});

test('ticked obstacles survive a reload and appear on the result', async ({ page }) => {
  const journey = JOURNEYS[0] as Journey;
  await page.goto(`./#/result?${serialiseAnswers(journey.answers)}`);
  await page.getByRole('button', { name: 'What is holding you back?' }).click();
  const dialog = page.getByRole('dialog', { name: 'What is holding you back?' });
  await dialog.getByRole('checkbox', { name: /done it like this before/i }).check();
  await expect(page).toHaveURL(/obstacles=never-done-it/);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.locator('[data-obstacle="never-done-it"]')).toBeVisible();
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', journey.route);
});

test('after one visit the app works offline', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: /start now/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUESTIONS.initiator.text })).toBeVisible();
  await page.getByLabel('A public authority', { exact: true }).check();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUESTIONS.nation.text })).toBeVisible();
  await page.getByRole('button', { name: /map/i }).click();
  await expect(page.locator('[data-node="nation"]')).toHaveAttribute('data-on-path', 'true');
  await context.setOffline(false);
});

test('the workshop panels and presentation mode pass an automated accessibility check', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const journey = JOURNEYS[0] as Journey;
  const check = async (what: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.map((violation) => `${what}: ${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
  };
  await page.goto(`./?present#/healthCare?initiator=authority&nation=england`);
  await expect(page.locator('form.question')).toBeVisible();
  await check('presentation question');
  await page.goto(`./#/result?${serialiseAnswers(journey.answers)}`);
  for (const name of ['Decision map', 'Compare routes', 'What is holding you back?']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await check(name);
    await page.keyboard.press('Escape');
  }
});

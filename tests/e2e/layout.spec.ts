import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { stepPath } from '../../src/journey/paths';
import type { Answers } from '../../src/rules';
import { browserJourneys } from '../model/journeyModel';
import { expectScreen } from './checks';

/** A link to every screen the journeys show: each question once, check answers, and every result. */
function everyScreen() {
  const screens: { name: string; url: string; step: Parameters<typeof expectScreen>[1] }[] = [];
  for (const journey of browserJourneys()) {
    const answers: Answers = {};
    for (const move of journey.moves) {
      if (journey.firstShown.has(move.step)) screens.push({ name: move.step, url: `./#${stepPath(move.step, answers)}`, step: move.step });
      if ('value' in move) answers[move.step] = move.value;
    }
    screens.push({ name: `result ${journey.route}@${journey.regime}`, url: `./#${stepPath('result', answers)}`, step: 'result' });
  }
  return screens;
}

async function expectNoHorizontalScroll(page: Page, screen: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `horizontal scroll on ${screen} (${scrollWidth} > ${clientWidth})`).toBeLessThanOrEqual(clientWidth);
}

// WCAG 1.4.10: content reflows at 320 CSS px; 1280 px at 200% zoom is 640 CSS px at twice the density.
const WIDTHS = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

for (const { name, viewport, deviceScaleFactor } of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor });
    test('every screen reflows without horizontal scrolling', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('./');
      await expectNoHorizontalScroll(page, 'start');
      for (const screen of everyScreen()) {
        await page.goto(screen.url);
        await expectScreen(page, screen.step);
        await expectNoHorizontalScroll(page, screen.name);
      }
      await page.goto('./#/nation?initiator=authority');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoHorizontalScroll(page, 'nation, with an error');
    });
  });
}

test.describe('reduced motion', () => {
  test('nothing animates or transitions when a person asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = () =>
      page.evaluate(() => {
        const seconds = (list: string) => list.split(',').map((value) => parseFloat(value) || 0);
        const found: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const durations = [...seconds(style.animationDuration), ...seconds(style.transitionDuration)];
            if (style.animationName !== 'none' && durations.some((duration) => duration > 0)) found.push(`${element.tagName}${pseudo ?? ''} animation`);
            else if (seconds(style.transitionDuration).some((duration) => duration > 0)) found.push(`${element.tagName}${pseudo ?? ''} transition`);
          }
        }
        return found;
      });
    await page.goto('./');
    expect(await moving(), 'start').toEqual([]);
    // One screen of each kind: a choice, the amount, check answers, a result.
    const kinds = ['initiator', 'contractValue', 'check-answers', 'result'];
    for (const screen of kinds.map((kind) => everyScreen().find((s) => s.step === kind)!)) {
      await page.goto(screen.url);
      await expectScreen(page, screen.step);
      expect(await moving(), screen.name).toEqual([]);
    }
  });
});

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { QUESTIONS } from '../../src/rules';
import { browserJourneys, type BrowserJourney, type Move } from '../model/journeyModel';
import { countHeadingFocus, expectFocusVisible, expectHeadingFocused, expectScreen, recordUnfocusedLook, tabTo } from './checks';

/** With the keyboard alone: Tab to the control, arrows or typing to answer, Space and Enter to act. */
async function moveByKeyboard(page: Page, move: Move) {
  await recordUnfocusedLook(page);
  if (move.step === 'start') {
    await tabTo(page, '.button--start');
    return page.keyboard.press('Enter');
  }
  if (move.step === 'check-answers') {
    await tabTo(page, 'button[type="submit"]');
    return page.keyboard.press('Enter');
  }
  const question = QUESTIONS[move.step];
  if (question.kind === 'choice') {
    await tabTo(page, `input[name="${move.step}"]`);
    const position = question.options.findIndex((option) => option.value === move.value);
    for (let i = 0; i < position; i += 1) {
      await page.keyboard.press('ArrowDown');
      await expectFocusVisible(page);
    }
    await page.keyboard.press('Space');
    await expect(page.locator(`#${move.step}-${move.value}`)).toBeChecked();
  } else {
    await tabTo(page, `#${move.step}`);
    await page.keyboard.type(move.value);
  }
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
}

/** The longest journey under each regime: together they pass most screens. */
function longestPerRegime(journeys: BrowserJourney[]) {
  const longest = new Map<string, BrowserJourney>();
  for (const journey of journeys) {
    const current = longest.get(journey.regime);
    if (!current || journey.moves.length > current.moves.length) longest.set(journey.regime, journey);
  }
  return [...longest.values()];
}

for (const journey of longestPerRegime(browserJourneys())) {
  test(`keyboard only: ${journey.name}`, async ({ page }) => {
    await countHeadingFocus(page);
    await page.goto('./');
    for (const [index, move] of journey.moves.entries()) {
      await expectScreen(page, move.step);
      if (index > 0) await expectHeadingFocused(page);
      await moveByKeyboard(page, move);
    }
    await expectScreen(page, 'result');
    await expectHeadingFocused(page);
    await expect(page.locator('[data-route]')).toHaveAttribute('data-route', journey.route);
    await expect(page.locator('[data-route]')).toHaveAttribute('data-regime', journey.regime);

    // Every control on the result shows its focus, down to "Start again", which works from the keyboard.
    await recordUnfocusedLook(page);
    await tabTo(page, '.start-again');
    await page.keyboard.press('Enter');
    await expectScreen(page, 'start');
    await expectHeadingFocused(page);
  });
}

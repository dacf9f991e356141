import { test, expect } from './fixtures';
import { browserJourneys } from '../model/journeyModel';
import { countHeadingFocus, expectHeadingFocused, expectNoAxeViolations, expectScreen, makeMove } from './checks';

/**
 * Journeys generated from the statechart (one per route under each regime that
 * reaches it, covering every screen), driven through the real UI of the built
 * app. Each screen is checked with axe (questions the first time a journey
 * shows them, every result), focus must land on each new heading, and the
 * result must be the one decide() gives.
 */
for (const journey of browserJourneys()) {
  test(`${journey.name}`, async ({ page }) => {
    await countHeadingFocus(page);
    await page.goto('./');
    for (const [index, move] of journey.moves.entries()) {
      await expectScreen(page, move.step);
      if (index > 0) await expectHeadingFocused(page);
      if (journey.firstShown.has(move.step)) await expectNoAxeViolations(page, move.step);
      await makeMove(page, move);
    }
    await expectScreen(page, 'result');
    await expectHeadingFocused(page);
    const result = page.locator('[data-route]');
    await expect(result).toHaveAttribute('data-route', journey.route);
    await expect(result).toHaveAttribute('data-regime', journey.regime);
    await expectNoAxeViolations(page, `result ${journey.route}@${journey.regime}`);
  });
}

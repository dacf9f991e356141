import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { QUESTIONS } from '../../src/rules';
import type { Move } from '../model/journeyModel';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core finds nothing against WCAG 2.2 AA on the page as it is now. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

/** The screen a move is made on has rendered (the URL and the statechart agree). */
export async function expectScreen(page: Page, step: Move['step'] | 'result') {
  if (step === 'start') await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
  else if (step === 'check-answers') await expect(page.locator('h1')).toHaveText('Check your answers');
  else if (step === 'result') await expect(page.locator('[data-route]')).toBeVisible();
  else await expect(page.locator('h1')).toHaveText(QUESTIONS[step].text);
}

/** Counts how often a heading takes focus; call before the first page load. */
export async function countHeadingFocus(page: Page) {
  await page.addInitScript(() => {
    Object.assign(window, { __headingFocus: 0 });
    document.addEventListener('focusin', (event) => {
      if (event.target instanceof HTMLHeadingElement) Object.assign(window, { __headingFocus: (window as unknown as { __headingFocus: number }).__headingFocus + 1 });
    });
  });
}

/**
 * After a step change focus is on the new screen's heading, so a screen reader
 * announces it, and only once: a heading focused twice is read out twice, and a
 * Tab pressed in between is lost.
 */
export async function expectHeadingFocused(page: Page) {
  await expect(page.locator('h1')).toBeFocused();
  const focused = await page.evaluate(
    () =>
      new Promise<number>((settled) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const state = window as unknown as { __headingFocus: number };
            settled(state.__headingFocus);
            state.__headingFocus = 0;
          }),
        ),
      ),
  );
  expect(focused, 'times the heading took focus on this step').toBe(1);
  await expect(page.locator('h1')).toBeFocused();
}

/** Moves on through the real form, with the mouse: click the option or fill the amount, then Continue. */
export async function makeMove(page: Page, move: Move) {
  if (move.step === 'start') return page.getByRole('button', { name: /start now/i }).click();
  if (move.step === 'check-answers') return page.getByRole('button', { name: 'Continue to your route' }).click();
  if (move.kind === 'choice') await page.getByRole('radio', { name: move.label, exact: true }).check();
  else await page.getByRole('textbox').fill(Number(move.value).toLocaleString('en-GB'));
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/**
 * Records how every control looks unfocused, so a later check can tell whether
 * keyboard focus changes its appearance. Custom radios draw their circle on the
 * label, so that is where their focus shows.
 */
export async function recordUnfocusedLook(page: Page) {
  await page.evaluate(() => {
    const looks = new Map<Element, string>();
    const look = (element: Element) => {
      const input = element as HTMLInputElement;
      const drawn = input.type === 'radio' && input.labels?.[0] ? getComputedStyle(input.labels[0], '::before') : getComputedStyle(element);
      return JSON.stringify([drawn.outlineStyle, drawn.outlineWidth, drawn.outlineColor, drawn.boxShadow, drawn.backgroundColor, drawn.borderColor, drawn.borderWidth]);
    };
    for (const element of document.querySelectorAll('a[href], button, input, summary, select, textarea, [tabindex="0"]')) {
      looks.set(element, look(element));
    }
    Object.assign(window, { __unfocusedLooks: looks, __look: look });
  });
}

/** The focused control looks different from its unfocused self (outline, shadow, background or border). */
export async function expectFocusVisible(page: Page) {
  const result = await page.evaluate(() => {
    const { __unfocusedLooks: looks, __look: look } = window as unknown as {
      __unfocusedLooks: Map<Element, string>;
      __look: (element: Element) => string;
    };
    const active = document.activeElement;
    if (!active || active === document.body) return { name: 'nothing', visible: false };
    const name = `${active.tagName.toLowerCase()} "${(active.textContent || (active as HTMLInputElement).value || '').trim().slice(0, 40)}"`;
    const before = looks.get(active);
    if (before === undefined) return { name, visible: false, reason: 'not recorded' };
    return { name, visible: before !== look(active), outline: getComputedStyle(active).outlineStyle };
  });
  expect(result.visible, `visible focus on ${result.name}`).toBe(true);
}

/** Presses Tab until the focused element matches the selector, checking each control passed shows its focus. */
export async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

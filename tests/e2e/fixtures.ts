import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails on a console error or an uncaught exception: "no
 * console error on any screen" is checked everywhere, not in one place.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Chooses an option by its label and continues, as a person would. */
export async function answerChoice(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: /^Continue/ }).click();
}

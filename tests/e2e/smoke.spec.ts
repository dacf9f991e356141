import { test, expect, answerChoice } from './fixtures';

test('a journey in the built app, under a sub-path, reaches the route the spec gives', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: /start now/i }).click();
  await answerChoice(page, 'A public authority');
  await answerChoice(page, 'Scotland');
  await answerChoice(page, 'Yes');
  await answerChoice(page, 'Something else');
  await answerChoice(page, 'Another authority');
  await page.getByRole('textbox').fill('£600,000');
  await page.getByRole('button', { name: /^Continue/ }).click();
  await answerChoice(page, 'No');
  await answerChoice(page, 'Yes');
  await answerChoice(page, 'No');
  await page.getByRole('button', { name: /^Continue to your route/ }).click();
  const result = page.locator('[data-route]');
  await expect(result).toHaveAttribute('data-route', 'co-investment');
  await expect(result).toHaveAttribute('data-regime', 'pcsr2015');
  await page.reload();
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'co-investment');
});

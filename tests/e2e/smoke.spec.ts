import { test, expect, answerChoice } from './fixtures';

test('a journey in the built app, under a sub-path, reaches the route the spec gives', async ({ page }) => {
  // Spec example: Scotland, not sure anything is bought; a joint investment with no payment for services.
  await page.goto('./');
  await page.getByRole('button', { name: /start now/i }).click();
  await answerChoice(page, 'A public authority');
  await answerChoice(page, 'Scotland');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is there a procurement issue?');
  await answerChoice(page, 'Not sure yet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/put money or other essential resources into a joint project/);
  await answerChoice(page, 'Yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/pay the partner to provide services/);
  await answerChoice(page, 'No');
  await page.getByRole('button', { name: /^Continue to your route/ }).click();
  const result = page.locator('[data-route]');
  await expect(result).toHaveAttribute('data-route', 'co-investment');
  await expect(result).toHaveAttribute('data-regime', 'pcsr2015');
  await page.reload();
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'co-investment');
});

test('a journey through the contract questions in the built app reaches the route the spec gives', async ({ page }) => {
  // Spec example: a Northern Ireland council, nothing special: open competition.
  await page.goto('./');
  await page.getByRole('button', { name: /start now/i }).click();
  await answerChoice(page, 'A public authority');
  await answerChoice(page, 'Northern Ireland');
  await answerChoice(page, 'No');
  await answerChoice(page, 'Yes');
  await answerChoice(page, 'A new contract');
  await answerChoice(page, 'Other services or goods');
  await answerChoice(page, 'No');
  await answerChoice(page, 'No, another authority');
  await page.getByRole('textbox').fill('£1,000,000');
  await page.getByRole('button', { name: /^Continue/ }).click();
  // Not a supported employment provider, no unique partner, nothing new to develop.
  await answerChoice(page, 'No');
  await answerChoice(page, 'No');
  await answerChoice(page, 'No');
  await page.getByRole('button', { name: /^Continue to your route/ }).click();
  const result = page.locator('[data-route]');
  await expect(result).toHaveAttribute('data-route', 'competitive-tender');
  await expect(result).toHaveAttribute('data-regime', 'pa2023');
});

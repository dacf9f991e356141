import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './checks';

test('the start screen has no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
  await expectNoAxeViolations(page, 'start');
});

test('a question answered with nothing shows an accessible error, focused, and keeps the person there', async ({ page }) => {
  await page.goto('./#/nation?initiator=authority');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Select where the public authority is.');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('#nation-error')).toContainText('Select where the public authority is.');
  await expectNoAxeViolations(page, 'nation, with an error');
  await summary.getByRole('link').click();
  await expect(page.locator('#nation-england')).toBeFocused();
});

test('an amount that is not money shows an accessible error and keeps what was typed', async ({ page }) => {
  await page.goto('./#/contractValue?arrangement=new&authorityType=central&buying=yes&concession=no&initiator=authority&nation=scotland&serviceKind=other');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is the estimated value of the contract?');
  const amount = page.getByRole('textbox', { name: /Estimated value/ });
  await amount.fill('about a million');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveValue('about a million');
  await expectNoAxeViolations(page, 'contract value, with an error');
});

import { test, expect, answerChoice } from './fixtures';
import { QUESTIONS } from '../../src/rules';

/** Scotland, a council contract for a unique artistic partner with no reasonable alternative: a direct award. */
const SCOTLAND_DIRECT_AWARD =
  'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=600000&initiator=authority&nation=scotland&noAlternative=yes&serviceKind=other&supportedEmployment=no&uniqueSupplier=yes';

/** Links that must never show a result, each with what the person should be told. */
const HOSTILE: [string, string, RegExp][] = [
  ['a truncated answer', '#/result?initiator=authority&nation=engl', /was not one of the choices/],
  ['a truncated step', '#/res?initiator=authority', /did not recognise the page/],
  ['a broken escape', '#/result?initiator=%E0%A4%A', /was not one of the choices/],
  ['a broken escape in the step', '#/%E0%A4%A?nation=%E0%A4%A', /did not recognise the page/],
  ['script in a value', `#/result?${SCOTLAND_DIRECT_AWARD.replace('nation=scotland', 'nation=%3Cscript%3Ewindow.injected%3D1%3C%2Fscript%3E')}`, /was not one of the choices/],
  ['markup in a value', `#/result?${SCOTLAND_DIRECT_AWARD.replace('buying=yes', 'buying=%3Cimg%20src%3Dx%20onerror%3D%22window.injected%3D1%22%3E')}`, /was not one of the choices/],
  ['a huge number', `#/result?${SCOTLAND_DIRECT_AWARD.replace('600000', '1e999')}`, /./],
  ['a negative value', `#/result?${SCOTLAND_DIRECT_AWARD.replace('600000', '-5')}`, /./],
  ['digits beyond any contract', `#/result?${SCOTLAND_DIRECT_AWARD.replace('600000', '99999999999999999999999999')}`, /./],
  ['markup as a key', `#/result?%3Cimg%20src%3Dx%20onerror%3D%22window.injected%3D1%22%3E=1&initiator=authority`, /not one of our questions/],
];

for (const [name, hash, message] of HOSTILE) {
  test(`a link with ${name} shows no result, a plain message and no injected markup`, async ({ page }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'We could not use all of the link' })).toContainText(message);
    await expect(page.locator('[data-route]')).toHaveCount(0);
    await expect(page.locator('main img, main script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
  });
}

test('the journey resumes at the first invalid answer, keeping the valid ones', async ({ page }) => {
  await page.goto(`./#/result?${SCOTLAND_DIRECT_AWARD.replace('600000', '-5')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.contractValue.text);
  expect(page.url()).toContain('serviceKind=other');
  expect(page.url()).toContain('concession=no');
  expect(page.url()).not.toContain('contractValue=');
  expect(page.url()).toContain('uniqueSupplier=yes');
  // Answers after the invalid one are kept: entering a value goes on through them.
  await page.getByRole('textbox').fill('600000');
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.supportedEmployment.text);
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.uniqueSupplier.text);
  await expect(page.getByLabel('Yes', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.noAlternative.text);
  await expect(page.getByLabel('Yes', { exact: true })).toBeChecked();
});

test('unknown keys and answers that do not apply are dropped and named, and the result still shows', async ({ page }) => {
  // Scotland is never asked about health care; after a firm "yes" to buying, a joint investment is never asked about.
  await page.goto(`./#/result?${SCOTLAND_DIRECT_AWARD}&utm_source=newsletter&healthCare=yes&coInvestment=yes`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'direct-award');
  await expect(page.locator('[data-route]')).toHaveAttribute('data-regime', 'pcsr2015');
  const status = page.getByRole('status').filter({ hasText: 'We could not use all of the link' });
  await expect(status).toContainText('utm_source');
  await expect(status).toContainText(/do(es)? not apply/);
  expect(page.url()).not.toContain('utm_source');
  expect(page.url()).not.toContain('healthCare');
  expect(page.url()).not.toContain('coInvestment');
});

test('a returning visitor can continue where they left off, after a reload and after closing the tab', async ({ page, context }) => {
  await page.goto('./');
  await page.getByRole('button', { name: /start now/i }).click();
  await page.getByLabel('A public authority', { exact: true }).check();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await page.getByLabel('Scotland', { exact: true }).check();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is there a procurement issue?');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is there a procurement issue?');
  await page.close();

  const again = await context.newPage();
  await again.goto('./');
  await expect(again.getByRole('heading', { name: 'You have answers saved in this browser' })).toBeVisible();
  await again.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Is there a procurement issue?');
  expect(again.url()).toContain('nation=scotland');

  await again.goto('./');
  await again.getByRole('button', { name: 'Start again' }).click();
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Who is proposing the partnership?');
  await again.goto('./#/');
  await expect(again.getByRole('button', { name: /start now/i })).toBeVisible();
});

test('corrupt saved progress gives a clean start', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('partnership-pathfinder', '{"state":{"answers":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./');
  await expect(page.getByRole('button', { name: /start now/i })).toBeVisible();
  await page.getByRole('button', { name: /start now/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is proposing the partnership?');
});

test('blocked storage costs nothing: the journey works and a result link still opens', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto(`./#/result?${SCOTLAND_DIRECT_AWARD}`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'direct-award');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: /start now/i }).click();
  await page.getByLabel('A social enterprise', { exact: true }).check();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where is the public authority?');
});

test("the browser's Back, then the same answer again, keeps every later answer", async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1 });
  await page.goto(`./#/initiator`);
  await answerChoice(page, 'A public authority');
  await answerChoice(page, 'Scotland');
  await expect(heading).toHaveText('Is there a procurement issue?');
  await answerChoice(page, 'Yes');
  await answerChoice(page, 'A new contract');
  await answerChoice(page, 'Other services or goods');
  await answerChoice(page, 'No');
  await expect(heading).toHaveText(QUESTIONS.authorityType.text);
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(heading).toHaveText('Is there a procurement issue?');
  await page.getByRole('button', { name: /^Continue/ }).click();
  // The answer given before going back is still there, and so is everything after it.
  await expect(heading).toHaveText(QUESTIONS.arrangement.text);
  await expect(page.getByLabel('A new contract', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(heading).toHaveText(QUESTIONS.serviceKind.text);
  await expect(page.getByLabel('Other services or goods', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(heading).toHaveText(QUESTIONS.concession.text);
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(heading).toHaveText(QUESTIONS.authorityType.text);
  expect(page.url()).toContain('serviceKind=other');
  expect(page.url()).toContain('concession=no');
});

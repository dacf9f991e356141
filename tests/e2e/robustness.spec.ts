import { test, expect, answerChoice } from './fixtures';

const SCOTLAND_CO_INVESTMENT =
  'authorityType=sub-central&buying=yes&coInvestment=yes&buysOutputs=no&contractValue=600000&initiator=authority&nation=scotland&serviceKind=other&uniqueSupplier=no';

/** Links that must never show a result, each with what the person should be told. */
const HOSTILE: [string, string, RegExp][] = [
  ['a truncated answer', '#/result?initiator=authority&nation=engl', /was not one of the choices/],
  ['a truncated step', '#/res?initiator=authority', /did not recognise the page/],
  ['a broken escape', '#/result?initiator=%E0%A4%A', /was not one of the choices/],
  ['a broken escape in the step', '#/%E0%A4%A?nation=%E0%A4%A', /did not recognise the page/],
  ['script in a value', `#/result?${SCOTLAND_CO_INVESTMENT.replace('nation=scotland', 'nation=%3Cscript%3Ewindow.injected%3D1%3C%2Fscript%3E')}`, /was not one of the choices/],
  ['markup in a value', `#/result?${SCOTLAND_CO_INVESTMENT.replace('buying=yes', 'buying=%3Cimg%20src%3Dx%20onerror%3D%22window.injected%3D1%22%3E')}`, /was not one of the choices/],
  ['a huge number', `#/result?${SCOTLAND_CO_INVESTMENT.replace('600000', '1e999')}`, /./],
  ['a negative value', `#/result?${SCOTLAND_CO_INVESTMENT.replace('600000', '-5')}`, /./],
  ['digits beyond any contract', `#/result?${SCOTLAND_CO_INVESTMENT.replace('600000', '99999999999999999999999999')}`, /./],
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
  await page.goto(`./#/result?${SCOTLAND_CO_INVESTMENT.replace('600000', '-5')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/estimated value/i);
  expect(page.url()).toContain('serviceKind=other');
  expect(page.url()).not.toContain('contractValue=');
  expect(page.url()).toContain('uniqueSupplier=no');
  // Answers after the invalid one are kept: entering a value goes on through them to the result.
  await page.getByRole('textbox').fill('600000');
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/only one organisation/i);
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
});

test('unknown keys and answers that do not apply are dropped and named, and the result still shows', async ({ page }) => {
  await page.goto(`./#/result?${SCOTLAND_CO_INVESTMENT}&utm_source=newsletter&healthCare=yes`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'co-investment');
  const status = page.getByRole('status').filter({ hasText: 'We could not use all of the link' });
  await expect(status).toContainText('utm_source');
  await expect(status).toContainText(/do(es)? not apply/);
  expect(page.url()).not.toContain('utm_source');
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
  await page.goto(`./#/result?${SCOTLAND_CO_INVESTMENT}`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'co-investment');
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
  await answerChoice(page, 'Something else');
  await expect(heading).toHaveText(/kind of authority/i);
  await page.goBack();
  await page.goBack();
  await expect(heading).toHaveText('Is there a procurement issue?');
  await page.getByRole('button', { name: /^Continue/ }).click();
  // The answer given before going back is still there, and so is everything after it.
  await expect(heading).toHaveText(/kind of service/i);
  await expect(page.getByLabel('Something else', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(heading).toHaveText(/kind of authority/i);
  expect(page.url()).toContain('serviceKind=other');
});

import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { GATES, QUESTIONS } from '../../src/rules';

/** Spec scenario: England, adult social care, a few others could deliver: light touch (pa2023). */
const LIGHT_TOUCH =
  'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=950000&healthCare=no&initiator=authority&mutual=no&nation=england&proportionate=yes&serviceKind=social-care&startedBefore2025=no&supportedEmployment=no&transparent=yes&userChoice=no&willing=few';
/** Direct award under the Procurement Act, reached through the unique-partner gate. */
const DIRECT_AWARD =
  'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=5000000&healthCare=no&initiator=authority&nation=england&noAlternative=yes&serviceKind=other&startedBefore2025=no&supportedEmployment=no&uniqueSupplier=yes';

test('a copied link reproduces the result in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./#/result?${LIGHT_TOUCH}`);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/localhost:\d+\/tools\/pathfinder\/#\/result\?/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const result = other.locator('[data-route]');
  await expect(result).toHaveAttribute('data-route', 'light-touch');
  await expect(result).toHaveAttribute('data-regime', 'pa2023');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(heading);
  await fresh.close();
});

test('without the clipboard, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(`./#/result?${DIRECT_AWARD}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel('Copy this link to share the result');
  await expect(field).toBeVisible();
  expect(await field.inputValue()).toContain(`#/result?${DIRECT_AWARD}`);
});

test('the downloaded decision record carries the result heading and the full reasoning', async ({ page }) => {
  await page.goto(`./#/result?${DIRECT_AWARD}`);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const gates = await page.locator('.trace__title').evaluateAll((titles) =>
    titles.map((title) => title.firstChild?.textContent?.trim() ?? ''),
  );
  const reasons = await page.locator('.trace__item > p').allInnerTexts();
  expect(gates.length).toBeGreaterThan(3);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download decision record', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^decision-record-direct-award-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown.split('\n')[0]).toBe(`# ${heading}`);
  for (const gate of gates) expect(markdown).toContain(gate);
  for (const reason of reasons) expect(markdown.replace(/\\/g, '')).toContain(reason);
  expect(markdown).toContain('Can only one organisation deliver these services or outcomes, for objective reasons?');

  await page.getByText('Other formats').click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /as data \(JSON\)/ }).click(),
  ]);
  const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(data.title).toBe(heading);
  expect(data.route.id).toBe('direct-award');
  // The record keeps every gate, including those the screen sums up as not needed.
  const recorded = data.reasoning.map((entry: { title: string }) => entry.title);
  expect(recorded).toEqual(expect.arrayContaining(gates));
  expect(recorded).toHaveLength(GATES.length);
});

// A facilitator may print from presentation mode: the paper is the same either way.
for (const mode of ['', '?present'] as const) {
  test(`printing${mode ? ' from presentation mode' : ''} hides every control, prints link targets and the QR code, and fits a typical result on two A4 pages`, async ({ page }) => {
    await page.goto(`./${mode}#/result?${LIGHT_TOUCH}`);
    await expect(page.locator('[data-route]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('link', { name: /^Change/ }).first()).toBeHidden();
    const citation = page.locator('a.print-url').first();
    const after = await citation.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('legislation.gov.uk');
    await expect(page.locator('.trace')).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code: open this result on your phone' })).toBeVisible();

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    console.log(`light-touch result${mode ? ' in presentation mode' : ''} prints on ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('check the remaining routes too: continues through the skipped gates and lists every open route', async ({ page }) => {
  await page.goto(`./#/result?${LIGHT_TOUCH}`);
  await page.getByRole('button', { name: 'Check the remaining routes too' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(QUESTIONS.uniqueSupplier.text);
  expect(page.url()).toContain('remaining=yes');
  // A unique partner with no alternative, and something new to develop and then buy.
  for (const question of ['uniqueSupplier', 'noAlternative', 'innovationNeed', 'purchaseAfter'] as const) {
    await expect(heading).toHaveText(QUESTIONS[question].text);
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: /^Continue/ }).click();
  }
  await expect(heading).toHaveText('Check your answers');
  await page.getByRole('button', { name: /^Continue to your route/ }).click();
  const routes = page.locator('[data-open-route]');
  await expect(routes).toHaveCount(3);
  expect(await routes.evaluateAll((items) => items.map((item) => item.getAttribute('data-open-route')))).toEqual([
    'light-touch',
    'direct-award',
    'innovation-partnership',
  ]);
  await expect(routes.first()).toContainText('(recommended)');

  // The remaining check is part of the link: a reload shows the same list.
  await page.reload();
  await expect(page.locator('[data-open-route]')).toHaveCount(3);
});

test('the decision record code is fetched only when someone downloads', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`./#/result?${DIRECT_AWARD}`);
  await expect(page.locator('[data-route]')).toBeVisible();
  expect(scripts.some((path) => /\/record-[^/]*\.js$/.test(path))).toBe(false);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download decision record', exact: true }).click()]);
  expect(scripts.some((path) => /\/record-[^/]*\.js$/.test(path))).toBe(true);
});

import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures';
import { expectFocusVisible, expectNoAxeViolations, recordUnfocusedLook } from './checks';
import { flippableAnswers, serialiseAnswers } from '../../src/rules';
import { routeIn } from '../../src/rules/routes';
import { JOURNEY_PER_ROUTE } from '../fixtures/journeys';

// The result in the room: a QR code of its own link for phones, and "What if?" by keyboard, at a projector's 1280×720.

/** One example per route, with the query a link to its result carries. */
const EXAMPLES = JOURNEY_PER_ROUTE.map((journey) => ({ ...journey, query: serialiseAnswers(journey.answers) }));

const QR_NAME = 'QR code: open this result on your phone';

test.use({ viewport: { width: 1280, height: 720 } });

for (const example of EXAMPLES) {
  test(`presentation mode: the QR code on a ${example.route} result opens the same result in a fresh browser`, async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?present#/result?${example.query}`);
    const result = page.locator('[data-route]');
    await expect(result).toHaveAttribute('data-route', example.route);
    const heading = await page.getByRole('heading', { level: 1 }).innerText();

    const code = page.getByRole('img', { name: QR_NAME });
    await expect(code).toBeVisible();
    const box = (await code.boundingBox())!;
    expect(box.width, 'large enough to scan across a room').toBeGreaterThanOrEqual(300);
    // On the wall with the route's name, as the result opens: nobody scrolls to scan it.
    expect(box.y, 'the whole code on screen').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'the whole code on screen').toBeLessThanOrEqual(720);
    const image = PNG.sync.read(await code.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded, 'a QR code that decodes').not.toBeNull();

    // The same link "Copy link" gives.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(decoded!.data).toBe(await page.evaluate(() => navigator.clipboard.readText()));

    const phone = await browser.newContext();
    const other = await phone.newPage();
    await other.goto(decoded!.data);
    await expect(other.locator('[data-route]')).toHaveAttribute('data-route', example.route);
    await expect(other.locator('[data-route]')).toHaveAttribute('data-regime', example.regime);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(heading);
    await phone.close();
  });
}

test('on a screen of its own the QR code stays hidden (the share link does that job); on paper it prints', async ({ page }) => {
  await page.goto(`./#/result?${EXAMPLES[0]!.query}`);
  await expect(page.locator('[data-route]')).toBeVisible();
  const code = page.getByRole('img', { name: QR_NAME, includeHidden: true });
  await expect(code).toHaveCount(1);
  await expect(code).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(code).toBeVisible();
});

const LIGHT_TOUCH = EXAMPLES.find((example) => example.route === 'light-touch')!;

test('presentation mode: "What if?" by keyboard alone, the real answers untouched until the facilitator follows', async ({ page }) => {
  await page.goto(`./?present#/result?${LIGHT_TOUCH.query}`);
  const result = page.locator('[data-route]');
  await expect(result).toHaveAttribute('data-route', LIGHT_TOUCH.route);
  const address = page.url();

  await page.keyboard.press('w');
  const dialog = page.getByRole('dialog', { name: 'What if?' });
  await expect(dialog.getByRole('heading', { name: 'What if?' })).toBeFocused();
  await recordUnfocusedLook(page);
  await expectNoAxeViolations(page, 'what if? as it opens');

  // Past Close, the question to change, chosen with the arrow keys.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close what if?' })).toBeFocused();
  await expectFocusVisible(page);
  const question = dialog.getByLabel('The answer to change');
  await page.keyboard.press('Tab');
  await expect(question).toBeFocused();
  await expectFocusVisible(page);
  const path = flippableAnswers(LIGHT_TOUCH.answers).map((answer) => answer.question);
  for (let step = 0; step < path.indexOf('buying'); step += 1) await page.keyboard.press('ArrowDown');
  await expect(question).toHaveValue('buying');
  // Its other answers are new controls: note how they look unfocused.
  await recordUnfocusedLook(page);

  // The other answer, with Tab into the group and Space, as on any form.
  await page.keyboard.press('Tab');
  const no = dialog.getByRole('radio', { name: 'No', exact: true });
  await expect(no).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Space');
  await expect(no).toBeChecked();
  const other = dialog.getByRole('region', { name: /^With “No” for / });
  await expect(other).toContainText(routeIn('no-contract', 'pa2023').name);
  await expect(dialog.getByRole('region', { name: 'With your answers' })).toContainText(routeIn('light-touch', 'pa2023').name);
  await expectNoAxeViolations(page, 'what if? beside the result');
  await recordUnfocusedLook(page);

  // Nothing has changed yet.
  expect(page.url()).toBe(address);
  await expect(result).toHaveAttribute('data-route', LIGHT_TOUCH.route);

  await page.keyboard.press('Tab');
  const follow = dialog.getByRole('button', { name: 'Follow this answer' });
  await expect(follow).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(result).toHaveAttribute('data-route', 'no-contract');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(page.url()).toMatch(/\?present#\/result\?.*buying=no/);

  // The browser's Back returns to the result the room started from.
  await page.goBack();
  await expect(result).toHaveAttribute('data-route', LIGHT_TOUCH.route);
  expect(page.url()).toBe(address);
});

test('presentation mode: Escape leaves "What if?" with nothing changed, and the keys screen lists W', async ({ page }) => {
  await page.goto(`./?present#/result?${LIGHT_TOUCH.query}`);
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', LIGHT_TOUCH.route);
  const address = page.url();
  await page.keyboard.press('W');
  const dialog = page.getByRole('dialog', { name: 'What if?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('1');
  await expect(dialog.getByRole('radio', { name: 'A social enterprise' })).toBeChecked();
  await expect(dialog.getByRole('region', { name: /^With “A social enterprise” for / })).toContainText('The same route');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(address);
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Presentation keys' });
  await expect(keys.locator('kbd', { hasText: /^W$/ })).toBeVisible();
  await expect(keys).toContainText('What if?');
});

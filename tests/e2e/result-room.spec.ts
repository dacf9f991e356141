import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures';
import { ROUTE_IDS, parseAnswers, serialiseAnswers } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json' with { type: 'json' };
import moreJourneys from '../fixtures/more-journeys.json' with { type: 'json' };

// The result in the room: a QR code of its own link for phones, at a projector's 1280×720.

interface Journey {
  name: string;
  answers: Record<string, string>;
  route: string;
  regime: string;
}

/** One example per route, with the answers a link would carry (those on the path, amounts as digits). */
const EXAMPLES = ROUTE_IDS.map((route) => {
  const journey = [...(scenarios as unknown as Journey[]), ...(moreJourneys as unknown as Journey[])].find((example) => example.route === route);
  if (!journey) throw new Error(`No example reaches ${route}`);
  return { ...journey, query: serialiseAnswers(parseAnswers(journey.answers).answers) };
});

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

import { test, expect } from './fixtures';

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const SEED = 20261126;
const ACTIONS = 300;
const KEYS = ['Tab', 'Shift+Tab', 'Enter', ' ', 'ArrowDown', 'ArrowUp', 'Escape', 'Backspace', 'Alt+ArrowLeft'];
const TYPED = ['600000', '£1,250,000', '-5', '1e999', '<b>bold</b>', 'abc', '', '0', '99999999999999999999'];
const LINKS = ['./#/result?nation=engl', './#/res', './#/result?initiator=%E0%A4%A', './#/contractValue?initiator=authority&nation=scotland&buying=yes&arrangement=new&serviceKind=other&concession=no&authorityType=central', './'];
/** Everything a person can act on, except what leaves the app (new tabs, the print dialog). */
const CONTROLS = 'main button:visible:not(:text("Print")), a[href^="#"]:visible, input:visible, summary:visible';

test(`${ACTIONS} random clicks, keys, Back and Forward (seed ${SEED}) cause no error and leave a usable screen`, async ({ page }) => {
  test.setTimeout(240_000);
  const pick = seeded(SEED);
  const screens = new Set<string>();
  await page.goto('./');
  for (let step = 0; step < ACTIONS; step += 1) {
    const kind = pick(20);
    // The page changes under us: an element can vanish between finding and clicking it. That is not an app error.
    await (async () => {
      if (kind < 7) {
        const controls = page.locator(CONTROLS);
        const count = await controls.count();
        if (count > 0) await controls.nth(pick(count)).click({ timeout: 500 });
      } else if (kind < 12) {
        // Answer whatever is on screen, as a person would, so the walk gets deep into journeys.
        const radios = page.getByRole('radio');
        const count = await radios.count();
        if (count > 0) await radios.nth(pick(count)).check({ timeout: 500 });
        else if ((await page.getByRole('textbox').count()) > 0) await page.getByRole('textbox').fill(TYPED[pick(3)]!, { timeout: 500 });
        await page.locator('main form button[type="submit"], main button.button--start').first().click({ timeout: 500 });
      } else if (kind < 14) {
        await page.keyboard.press(KEYS[pick(KEYS.length)]!);
      } else if (kind < 16) {
        const field = page.getByRole('textbox');
        if ((await field.count()) > 0) await field.first().fill(TYPED[pick(TYPED.length)]!, { timeout: 500 });
      } else if (kind < 18) {
        await (pick(2) === 0 ? page.goBack({ timeout: 3000 }) : page.goForward({ timeout: 3000 }));
      } else if (kind < 19) {
        await page.reload();
      } else {
        await page.goto(LINKS[pick(LINKS.length)]!);
      }
    })().catch((error: Error) => {
      if (!/Timeout|detached|not attached|not visible|not enabled|intercepts pointer|navigat|Target page/i.test(error.message)) throw error;
    });
    screens.add(new URL(page.url()).hash.split('?')[0]!);
  }
  console.log(`visited ${screens.size} screens: ${[...screens].join(' ')}`);
  // A walk that never left the first screens would prove little.
  expect(screens.size).toBeGreaterThan(8);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

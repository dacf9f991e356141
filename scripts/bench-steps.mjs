// Benchmark: how long from pressing Continue to the next screen's heading being
// painted, over full journeys in the built app in Chromium. Prints the median
// (target under 50 ms), and on its own the last step, "Continue to your route"
// to the result's heading, whose code loads on demand. Fails only when a median
// is far off (over 200 ms), so a busy CI machine does not make it flaky.
// Usage: npm run build && node scripts/bench-steps.mjs
// Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_PORT (default 4185), BENCH_ROUNDS (default 5).
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const TARGET_MS = 50;
const FAIL_MS = 200;
const PORT = Number(process.env.BENCH_PORT ?? 4185);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** A short look at the check-answers screen, far less than anyone takes to read it. */
const READING_MS = 1000;

// The longest journey there is (27 questions: a change to a 2015 Regulations contract that no ground
// allows, so a new contract under the Procurement Act 2023, ending on an innovation partnership): every kind of screen.
const JOURNEY = [
  ['choice', 'A public authority'],
  ['choice', 'England'],
  ['choice', 'A mix of health care and other services'],
  ['choice', 'No'],
  ['choice', 'Yes'],
  ['choice', 'Not sure yet'],
  ['choice', 'Yes'],
  ['choice', 'Yes'],
  ['choice', 'A change to a contract we already have with this partner'],
  ['choice', 'Social care'],
  ['choice', 'No'],
  ['choice', 'No, another authority'],
  ['money', '663540'],
  ['choice', 'No'],
  ['choice', 'No'],
  ['choice', 'Not sure yet'],
  ['choice', 'No'],
  ['choice', 'Yes'],
  ['choice', 'No'],
  ['choice', 'Yes'],
  ['choice', 'None: only this partner'],
  ['choice', 'Yes'],
  ['choice', 'No'],
  ['choice', 'Yes'],
  ['choice', 'No'],
  ['choice', 'Yes'],
  ['choice', 'Yes'],
  ['check', 'Continue to your route'],
];

/**
 * In the page: from the click's own timestamp until the frame after a new h1
 * appears has been painted (a task queued from requestAnimationFrame runs
 * after that frame).
 */
function measureSteps() {
  window.__stepTimes = [];
  window.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('button[type="submit"]')) return;
      const start = event.timeStamp;
      const before = document.querySelector('h1');
      const observer = new MutationObserver(() => {
        const heading = document.querySelector('h1');
        if (!heading || heading === before) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => window.__stepTimes.push(performance.now() - start)));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
    true,
  );
}

const server = await startServer({ port: PORT, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let times = [];
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.addInitScript(measureSteps);
  await page.goto(`http://127.0.0.1:${PORT}/tools/pathfinder/`);
  for (let round = 0; round < ROUNDS; round += 1) {
    await page.getByRole('button', { name: /start now/i }).click();
    for (const [kind, answer] of JOURNEY) {
      const measured = await page.evaluate(() => window.__stepTimes.length);
      if (kind === 'choice') await page.getByRole('radio', { name: answer, exact: true }).check();
      if (kind === 'money') await page.getByRole('textbox').fill(answer);
      // People read their answers before going on: the result's code is fetched meanwhile.
      if (kind === 'check') await page.waitForTimeout(READING_MS);
      await page.getByRole('button', { name: kind === 'check' ? answer : 'Continue', exact: true }).click();
      await page.waitForFunction((count) => window.__stepTimes.length > count, measured);
    }
    await page.locator('[data-route="innovation-partnership"]').waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
  }
  times = await page.evaluate(() => window.__stepTimes);
} finally {
  await browser.close();
  server.close();
}

const sortedTimes = (list) => [...list].sort((a, b) => a - b);
const at = (list, fraction) => list[Math.min(list.length - 1, Math.floor(list.length * fraction))];
const ms = (value) => `${value.toFixed(1)} ms`;
const sorted = sortedTimes(times);
// Each journey measures one step per entry of JOURNEY, in order: its last is the result.
const toResult = times.filter((_, index) => index % JOURNEY.length === JOURNEY.length - 1);
const sortedToResult = sortedTimes(toResult);
console.log(`Continue → next heading painted, ${sorted.length} step changes over ${ROUNDS} journeys:`);
console.log(`  median ${ms(at(sorted, 0.5))} (target under ${TARGET_MS} ms), 90th percentile ${ms(at(sorted, 0.9))}, slowest ${ms(sorted.at(-1))}`);
console.log(`Continue to your route → result heading painted, ${toResult.length} journeys:`);
console.log(`  median ${ms(at(sortedToResult, 0.5))}, first journey ${ms(toResult[0])} (the result shown for the first time), slowest ${ms(sortedToResult.at(-1))}`);
let failed = false;
for (const [what, list] of [['step changes have', sorted], ['the step to the result has', sortedToResult]]) {
  if (at(list, 0.5) <= FAIL_MS) continue;
  console.error(`Median over ${FAIL_MS} ms: ${what} become slow.`);
  failed = true;
}
if (failed) process.exit(1);
const withinTarget = at(sorted, 0.5) <= TARGET_MS && at(sortedToResult, 0.5) <= TARGET_MS;
console.log(withinTarget ? 'Within target.' : `Over the ${TARGET_MS} ms target, but under the ${FAIL_MS} ms failure line.`);

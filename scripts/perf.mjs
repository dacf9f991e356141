// Budget: Lighthouse on a simulated mid-range phone (its default mobile
// profile, simulated throttling), median of three runs against the built app
// served from a sub-path. Fails under performance 0.95, accessibility 1.0 or
// best practices 0.95. Usage: npm run build && node scripts/perf.mjs
// Environment: CHROME_PATH (default /usr/bin/chromium), PERF_PORT (default 4183),
// PERF_DEBUG_PORT (default 4184), PERF_RUNS (default 3).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.PERF_PORT ?? 4183);
const DEBUG_PORT = Number(process.env.PERF_DEBUG_PORT ?? 4184);
const RUNS = Number(process.env.PERF_RUNS ?? 3);
const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 0.95 };
const URL_TO_TEST = `http://localhost:${PORT}/tools/pathfinder/`;

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** Chromium with a DevTools port for Lighthouse; the same no-network flags as the browser tests. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'pathfinder-perf-'));
  const chromium = spawn(
    CHROME,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--remote-debugging-port=${DEBUG_PORT}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  const stop = async () => {
    if (chromium.exitCode === null) chromium.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`);
      if (response.ok) return { stop };
    } catch {
      // Not listening yet.
    }
    if (chromium.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`Chromium at ${CHROME} did not open its DevTools port ${DEBUG_PORT}`);
}

const server = await startServer({ port: PORT, host: '127.0.0.1' });
const chromium = await launchChromium();
const runs = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await lighthouse(URL_TO_TEST, {
      port: DEBUG_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGET),
    });
    const { categories, audits } = result.lhr;
    const figures = {
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      'best-practices': categories['best-practices'].score,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
    };
    runs.push(figures);
    console.log(
      `run ${run}: performance ${figures.performance} accessibility ${figures.accessibility} best practices ${figures['best-practices']}` +
        ` | FCP ${Math.round(figures.fcp)} ms, LCP ${Math.round(figures.lcp)} ms, TBT ${Math.round(figures.tbt)} ms, CLS ${figures.cls.toFixed(3)}`,
    );
    const failing = Object.values(result.lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    if (run === 1 && failing.length > 0) console.log(`  failing audits: ${failing.map((audit) => audit.id).join(', ')}`);
  }
} finally {
  await chromium.stop();
  server.close();
}

const at = (key) => median(runs.map((figures) => figures[key]));
console.log(`\nMedian of ${RUNS} runs (mobile, simulated throttling):`);
console.log(`  LCP ${Math.round(at('lcp'))} ms, TBT ${Math.round(at('tbt'))} ms, FCP ${Math.round(at('fcp'))} ms, CLS ${at('cls').toFixed(3)}`);
let failed = false;
for (const [category, minimum] of Object.entries(BUDGET)) {
  const score = at(category);
  const ok = score >= minimum;
  failed ||= !ok;
  console.log(`  ${category.padEnd(15)} ${score.toFixed(2)} (budget ≥ ${minimum.toFixed(2)}) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(failed ? 1 : 0);

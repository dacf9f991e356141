// embed.js goes on partners' pages, so it stays small and separate: a classic
// script (no module syntax), no React, within budget, and none of it inside the
// app's own bundles. Prints the figures; exits non-zero over budget.
// Usage (after `npm run build`): node scripts/embed-budget.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 3 * 1024;
const script = readFileSync('dist/embed.js', 'utf8');
const gzip = gzipSync(script).length;
const problems = [];

console.log(`embed.js: ${script.length} bytes, ${gzip} bytes gzip (budget ${BUDGET_GZIP_BYTES})`);
if (gzip > BUDGET_GZIP_BYTES) problems.push(`embed.js is ${gzip} bytes gzip, over its ${BUDGET_GZIP_BYTES}-byte budget`);
if (/^\s*(import|export)\s/m.test(script)) problems.push('embed.js has module syntax; partners load it as a classic script');
if (/react/i.test(script)) problems.push('embed.js contains React');
for (const file of readdirSync('dist/assets').filter((name) => name.endsWith('.js'))) {
  if (readFileSync(`dist/assets/${file}`, 'utf8').includes('[data-pathfinder]')) problems.push(`${file} contains embed.js code`);
}

for (const problem of problems) console.error(`FAIL ${problem}`);
process.exit(problems.length ? 1 : 0);

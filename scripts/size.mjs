// Budget: the JavaScript the first screen loads, gzipped, must stay within
// 125 kB, so the first question is quick on a phone: every script and module
// preload in dist/index.html, and the app's entry and the modules it imports
// at once, which first-paint.js starts after the first paint (its data-app and
// data-modules attributes). Anything else must load on demand.
// Usage: npm run build && node scripts/size.mjs [--dir dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const BUDGET = 125_000;
const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });

const html = readFileSync(join(values.dir, 'index.html'), 'utf8');
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const files = tags.flatMap((tag) => {
  const isScript = /^<script\b/.test(tag);
  const isPreload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag);
  const url = tag.match(/\b(?:src|href)="([^"]+)"/)?.[1];
  const startedByScript = [tag.match(/\bdata-app="([^"]+)"/)?.[1], ...(tag.match(/\bdata-modules="([^"]*)"/)?.[1].split(' ') ?? [])];
  return [...((isScript || isPreload) && url ? [url] : []), ...startedByScript.filter(Boolean)];
});
if (files.length === 0) {
  console.error(`No entry script found in ${values.dir}/index.html: build first (npm run build).`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let total = 0;
console.log('JavaScript loaded by the first screen (gzip -9):');
for (const url of files) {
  const source = readFileSync(join(values.dir, url.replace(/^\.?\//, '')));
  const gzipped = gzipSync(source, { level: 9 }).length;
  total += gzipped;
  console.log(`  ${url.padEnd(40)} ${kB(source.length).padStart(10)} raw ${kB(gzipped).padStart(10)} gzip`);
}
console.log(`  ${'total'.padEnd(40)} ${''.padStart(14)} ${kB(total).padStart(10)} gzip (budget ${kB(BUDGET)})`);
if (total > BUDGET) {
  console.error(`Over budget by ${kB(total - BUDGET)}: load what the first question does not need on demand.`);
  process.exit(1);
}
console.log(`Within budget, ${kB(BUDGET - total)} to spare.`);

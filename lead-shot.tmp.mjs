import { chromium } from '@playwright/test';
const [,, url, out, w, h, action] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(w||1024), height: Number(h||800) } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url); await page.waitForTimeout(600);
if (action === 'map') { await page.getByRole('button', { name: /map/i }).first().click(); await page.waitForTimeout(600); }
await page.screenshot({ path: out, fullPage: action !== 'map' });
console.log('scroll', await page.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]), 'errors', errors);
await browser.close();

import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto('http://localhost:4190/tools/pathfinder/#/result?buying=yes&contractValue=950000&healthCare=no&initiator=authority&mutual=no&nation=england&proportionate=yes&serviceKind=social-care&startedBefore2025=no&transparent=yes&userChoice=no&willing=no&uniqueSupplier=no&coInvestment=no&innovationNeed=no');
await page.waitForTimeout(300);
console.log('url after load', page.url());
await page.getByRole('button', { name: 'What is holding you back?' }).click();
await page.waitForTimeout(300);
const cb = page.getByRole('dialog').getByRole('checkbox').nth(4);
await cb.click();
for (let i = 0; i < 5; i++) { console.log(i, await cb.isChecked(), page.url()); await page.waitForTimeout(100); }
await browser.close();

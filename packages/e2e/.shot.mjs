// Temporary screenshot helper (not part of the suite): node .shot.mjs role path out.png [clickText...]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [role, path, out, ...clicks] = process.argv.slice(2);
const creds = JSON.parse(readFileSync('/tmp/bn/data/demo-credentials.json', 'utf8')).users.find((u) => u.role === role);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ baseURL: 'http://127.0.0.1:4100', viewport: { width: 1280, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
await page.goto('/admin/');
await page.getByLabel('E-post').fill(creds.email);
await page.getByLabel('Passord').fill(creds.password);
await page.getByRole('button', { name: 'Logg inn' }).click();
await page.getByRole('button', { name: 'Logg ut' }).waitFor();
await page.goto(`/admin${path}`);
await page.waitForTimeout(1500);
for (const c of clicks) {
  const [kind, name] = c.split('=');
  await page.getByRole(kind, { name, exact: false }).first().click();
  await page.waitForTimeout(800);
}
if (process.env.CLIPS) {
  let n = 0;
  for (const part of process.env.CLIPS.split(',')) {
    const [y, h] = part.split(':').map(Number);
    await page.screenshot({ path: out.replace('.png', `-${n++}.png`), fullPage: true, clip: { x: 0, y, width: 1280, height: h } });
  }
} else await page.screenshot({ path: out, fullPage: true });
await browser.close();

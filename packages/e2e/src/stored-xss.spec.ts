// Stored XSS (issue 10): a patient's name and remark with markup in them are stored as given and shown as text in
// both SPAs — the agent's «Mine bookinger», the clinic's calendar, the booking's details and the patient card — and
// the markup never runs; the clinic finds the patient again by national id without the number in any address. The
// booking itself is made over the API from the agent's browser context (booking-api.ts), so the test spends its time
// on what it checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatDate, osloDate } from '@bn/domain';
import { launch, newPage, signIn } from './browser.js';
import { openSection, uniqueTag } from './configuration-helpers.js';
import { bookAsAgent, syntheticNationalId } from './network-api.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Markup that would run if it were ever put into the page as HTML: each sets a flag the test looks for. */
const markup = (tag: string) => ({
  name: `<img src=x onerror="window.__xss='navn'">Kari ${tag}</b>`,
  remark: `<script>window.__xss='bemerkning'</script><svg onload="window.__xss='svg'"> ${tag}`,
});

/** Nothing the markup would have done: no flag set, no element it would have made. */
async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss), `markup ran in ${where}`).toBeUndefined();
  expect(
    await page.locator('img[src="x"], svg[onload], script:not([src]):has-text("__xss")').count(),
    `markup became elements in ${where}`,
  ).toBe(0);
}

describe('names and remarks with markup', () => {
  it('are shown as text in the agent SPA and the admin SPA, and never run', async () => {
    const tag = uniqueTag();
    const patient = { ...markup(tag), nationalId: syntheticNationalId() };

    // The agent's browser context signs in and books over its API; its pages then share the session.
    const agent = await newPage(browser);
    const hit = await bookAsAgent(
      agent.context.request,
      { nationalId: patient.nationalId, name: patient.name },
      null,
      patient.remark,
    );
    const startAt = new Date(hit.startAt);
    const day = osloDate(startAt);

    await agent.page.goto(`/agent/mine-bookinger?fra=${day}&til=${day}`);
    await agent.page.getByRole('cell', { name: patient.name, exact: true }).waitFor();
    await expectInert(agent.page, '«Mine bookinger»');
    await agent.context.close();

    const { context, page } = await newPage(browser);
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    await signIn(page, 'admin', 'clinic_admin');
    await page.getByRole('heading', { level: 1, name: 'Majorstuen Fysioterapi og Kiropraktikk' }).waitFor();
    await openSection(page, 'Timebok');
    await page.getByLabel('Gå til dato').fill(formatDate(startAt));
    await page.getByLabel('Gå til dato').press('Enter');
    await page.waitForURL(new RegExp(`dato=${day}`));
    const booking = page.getByRole('button', { name: new RegExp(`Kari ${tag}`) });
    await booking.waitFor();
    expect(await booking.innerText(), 'the calendar shows the name as typed').toContain(patient.name);
    await expectInert(page, 'the calendar');

    await booking.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(patient.remark, { exact: false }).waitFor();
    await expectInert(page, 'the booking’s details');

    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await page.getByRole('heading', { level: 3, name: patient.name }).waitFor();
    await expectInert(page, 'the patient card');

    // Found again by national id: the look-up is a POST, so the number is in no address the browser requested.
    await openSection(page, 'Pasientkort');
    await page.getByLabel('Fødselsnummer').fill(patient.nationalId);
    await page.getByRole('button', { name: 'Finn pasient' }).click();
    await page.getByRole('heading', { level: 3, name: patient.name }).waitFor();
    await expectInert(page, 'the patient card found by national id');
    expect(
      requested.filter((url) => url.includes(patient.nationalId)),
      'addresses carrying the national id',
    ).toEqual([]);
    await context.close();
  });
});

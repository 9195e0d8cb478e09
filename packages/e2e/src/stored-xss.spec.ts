// Stored XSS (issue 10): a patient's name and remark with markup in them are stored as given and shown as text in
// both SPAs — the agent's «Mine bookinger», the clinic's calendar, the booking's details and the patient card — and
// the markup never runs; the clinic finds the patient again by national id without the number in any address. The
// booking itself is made over the API from the agent's browser context (network-api.ts), so the test spends its time
// on what it checks.
import type { Page } from '@playwright/test';
import { formatDate, osloDate } from '@bn/domain';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { bookAsAgent, syntheticNationalId, uniqueTag } from './network-api.js';
import { MAJORSTUEN, SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.storedXss;
test.beforeAll(() => seedPractitioner(practitioner));

/** Markup that would run if it were ever put into the page as HTML: each sets a flag the test looks for. */
const markup = (tag: string) => ({
  name: `<img src=x onerror="window.__xss='navn'">Kari ${tag}</b>`,
  remark: `<script>window.__xss='bemerkning'</script><svg onload="window.__xss='svg'"> ${tag}`,
});

/** Nothing the markup would have done: no flag set, no element it would have made. */
async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss), `markup ran in ${where}`).toBeUndefined();
  await expect(
    page.locator('img[src="x"], svg[onload], script:not([src]):has-text("__xss")'),
    `markup became elements in ${where}`,
  ).toHaveCount(0);
}

test.describe('names and remarks with markup', () => {
  test('are shown as text in the agent SPA and the admin SPA, and never run', async ({ browser }) => {
    const tag = uniqueTag();
    const patient = { ...markup(tag), nationalId: syntheticNationalId() };

    // The agent's browser context signs in and books over its API; its pages then share the session.
    const agent = await browser.newContext();
    const hit = await bookAsAgent(
      agent.request,
      practitioner,
      { nationalId: patient.nationalId, name: patient.name },
      null,
      patient.remark,
    );
    const startAt = new Date(hit.startAt);
    const day = osloDate(startAt);

    const agentPage = await agent.newPage();
    await agentPage.goto(`/agent/mine-bookinger?fra=${day}&til=${day}`);
    await expect(agentPage.getByRole('cell', { name: patient.name, exact: true })).toBeVisible();
    await expectInert(agentPage, '«Mine bookinger»');
    await agent.close();

    const clinic = await browser.newContext();
    const page = await clinic.newPage();
    const requested: string[] = [];
    clinic.on('request', (r) => requested.push(r.url()));
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
    await openSection(page, 'Timebok');
    await page.getByLabel('Gå til dato').fill(formatDate(startAt));
    await page.getByLabel('Gå til dato').press('Enter');
    await expect(page).toHaveURL(new RegExp(`dato=${day}`));
    const booking = page.getByRole('button', { name: new RegExp(`Kari ${tag}`) });
    await expect(booking, 'the calendar shows the name as typed').toContainText(patient.name);
    await expectInert(page, 'the calendar');

    await booking.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(patient.remark, { exact: false })).toBeVisible();
    await expectInert(page, 'the booking’s details');

    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await expect(page.getByRole('heading', { level: 3, name: patient.name })).toBeVisible();
    await expectInert(page, 'the patient card');

    // Found again by national id: the look-up is a POST, so the number is in no address the browser requested.
    await openSection(page, 'Pasientkort');
    await expect(page.getByRole('heading', { level: 3, name: patient.name }), 'the card left').toHaveCount(0);
    await page.getByLabel('Fødselsnummer').fill(patient.nationalId);
    await page.getByRole('button', { name: 'Finn pasient' }).click();
    await expect(page.getByRole('heading', { level: 3, name: patient.name })).toBeVisible();
    await expectInert(page, 'the patient card found by national id');
    expect(
      requested.filter((url) => url.includes(patient.nationalId)),
      'addresses carrying the national id',
    ).toEqual([]);
    await clinic.close();
  });
});

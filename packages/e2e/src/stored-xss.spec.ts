// Stored XSS (issue 10): a patient's name and remark with markup in them are stored as given and shown as text in
// both SPAs — the agent's «Mine bookinger», the clinic's calendar, the booking's details and the patient card — and
// the markup never runs; the clinic finds the patient again by national id without the number in any address. The
// booking itself is made through the API from the agent's signed-in page (as its SPA would), so the test spends its
// time on what it checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, addDays, formatDate, isValidNationalId, osloDate } from '@bn/domain';
import { launch, newPage, signIn } from './browser.js';
import { openSection, uniqueTag } from './configuration-helpers.js';

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

/** A synthetic national id (month + 80) different on every run, so no earlier card of the clinic is found. */
function syntheticId(): string {
  for (;;) {
    const digits = `${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}${81 + Math.floor(Math.random() * 12)}${60 + Math.floor(Math.random() * 39)}${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
    if (isValidNationalId(digits)) return digits;
  }
}

interface Hit {
  startAt: string;
  bookId: string;
  typeId: string;
  tariffCode: string;
  departmentId: string;
}

/**
 * Searches Kari Nordmann's B1010 times and books one of the first at random for the patient, from the agent's page:
 * tRPC over fetch with the SPA's client header; a time another test took meanwhile is skipped.
 */
async function bookThroughTheApi(page: Page, patient: { name: string; remark: string; nationalId: string }): Promise<Date> {
  const from = addDays(osloDate(new Date()), 3 + Math.floor(Math.random() * 10));
  return page.evaluate(
    async ({ from, to, patient, header }) => {
      const call = async (path: string, input: unknown, method: 'GET' | 'POST') => {
        const body = JSON.stringify({ json: input });
        const res = await fetch(method === 'GET' ? `/trpc/${path}?input=${encodeURIComponent(body)}` : `/trpc/${path}`, {
          method,
          headers: { 'content-type': 'application/json', [header.name]: header.value },
          body: method === 'POST' ? body : undefined,
        });
        return { status: res.status, body: (await res.json()) as { result?: { data: { json: unknown } } } };
      };
      const search = await call('search.network', { from, to, tariffCode: 'B1010', practitionerName: 'Kari Nordmann', limit: 40 }, 'GET');
      const hits = (search.body.result?.data.json as { hits: Hit[] } | undefined)?.hits ?? [];
      for (const hit of hits.sort(() => Math.random() - 0.5)) {
        const startAt = new Date(hit.startAt);
        const held = await call('booking.hold', { bookId: hit.bookId, typeId: hit.typeId, tariffCode: hit.tariffCode, departmentId: hit.departmentId, startAt: startAt.toISOString() }, 'POST');
        if (held.status !== 200) continue;
        const { holdId } = held.body.result!.data.json as { holdId: string };
        const confirmed = await call(
          'booking.confirm',
          { holdId, patient: { nationalId: patient.nationalId, name: patient.name, email: 'xss.sjekk@example.no' }, patientRemark: patient.remark },
          'POST',
        );
        if (confirmed.status === 200) return startAt;
        throw new Error(`booking.confirm answered ${confirmed.status}: ${JSON.stringify(confirmed.body)}`);
      }
      throw new Error(`no time of Kari Nordmann could be held (${search.status}, ${hits.length} hits)`);
    },
    { from, to: addDays(from, 14), patient, header: { name: CLIENT_HEADER, value: CLIENT_HEADER_VALUE } },
  ).then((iso) => new Date(iso));
}

/** Nothing the markup would have done: no flag set, no element it would have made. */
async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss), `markup ran in ${where}`).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], script:not([src]):has-text("__xss")').count(), `markup became elements in ${where}`).toBe(0);
}

describe('names and remarks with markup', () => {
  it('are shown as text in the agent SPA and the admin SPA, and never run', async () => {
    const tag = uniqueTag();
    const patient = { ...markup(tag), nationalId: syntheticId() };

    const agent = await newPage(browser);
    await signIn(agent.page, 'agent', 'insurer_agent');
    await agent.page.getByRole('heading', { name: 'Finn behandler', level: 1 }).waitFor();
    const startAt = await bookThroughTheApi(agent.page, patient);
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
    expect(requested.filter((url) => url.includes(patient.nationalId)), 'addresses carrying the national id').toEqual([]);
    await context.close();
  });
});

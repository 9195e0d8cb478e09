// «Finn booking» across colleagues (issue 14): Storebrand's demo agent books two patients of one family for the spec's
// own practitioner (one with a SakID, the other then cancelled); a colleague at Storebrand, signed in on its own,
// finds the booking by SakID, national id, the booking reference and the patient's name in any order, sees who booked
// it, and narrows by status and by agent; an agent of another insurer finds none of it.
import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, signInWith, test } from './fixtures.js';
import { newAgentAccount, type Account } from './agent-accounts.js';
import { runtime } from './env.js';
import { bookAsAgent, call, syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.colleagues;
// Letters only: a family name of this run's own, so earlier runs' bookings against the same server never match.
const tag = uniqueTag().replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
const family = `Kollegasen${tag}`;
const vigdis = { nationalId: syntheticNationalId(), name: `Vigdis ${family}` };
const trond = { nationalId: syntheticNationalId(), name: `Trond ${family}` };
const caseId = `KS${tag.toUpperCase()}`;
const BOOKED_BY = 'Per Agent';
let reference = '';
let colleague: Account;
let otherInsurer: Account;

test.beforeAll(async () => {
  await seedPractitioner(practitioner);
  const request = await playwrightRequest.newContext({ baseURL: runtime().baseUrl });
  await bookAsAgent(request, practitioner, vigdis, caseId);
  const cancelled = await bookAsAgent(request, practitioner, trond, null);
  await call(request, 'mutation', 'booking.cancel', {
    appointmentId: cancelled.appointmentId,
    idempotencyKey: crypto.randomUUID(),
  });
  const found = await call<{ reference: string }[]>(request, 'mutation', 'booking.find', { query: caseId });
  expect(found).toHaveLength(1);
  reference = found[0]!.reference;
  await request.dispose();
  colleague = await newAgentAccount('Storebrand', `Kaja Kollega ${tag}`);
  otherInsurer = await newAgentAccount('Falck Helse', `Frida Falck ${tag}`);
});

/**
 * «Finn booking» on «Mine bookinger»: the lookup section; a lookup of `text` in it; and a filter's choice. Each waits
 * for the server's answer and its rendering, so the rows read after it are never the previous lookup's.
 */
function findBooking(page: Page) {
  const section = page.getByRole('region', { name: 'Finn booking' });
  const answered = async (act: () => Promise<unknown>) => {
    const response = page.waitForResponse((r) => r.url().includes('/trpc/booking.find'));
    await act();
    await response;
    await expect(section.getByText('Leter etter bookinger …')).toHaveCount(0);
  };
  return {
    section,
    find: (text: string) =>
      answered(async () => {
        await section.getByLabel('Bookingreferanse, fødselsnummer, SakID eller pasientens navn').fill(text);
        await section.getByRole('button', { name: 'Finn', exact: true }).click();
      }),
    choose: (filter: 'Status' | 'Bestilt av', label: string) =>
      answered(() => section.getByLabel(filter).selectOption({ label })),
  };
}

async function openBookings(page: Page, account: Account): Promise<void> {
  await signInWith(page, 'agent', account);
  await page.goto('/agent/mine-bookinger');
  await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
}

test('a colleague finds the booking by SakID, national id, reference and name, and narrows by status and agent', async ({
  page,
}) => {
  await openBookings(page, colleague);
  const { section, find, choose } = findBooking(page);
  const rows = section.locator('tbody tr');
  const only = async (patient: string) => {
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(patient);
  };

  // The SakID as the patient says it, in lower case: the booking, who booked it, its reference and status.
  await find(caseId.toLowerCase());
  await only(vigdis.name);
  for (const text of [caseId, reference, practitioner.name, BOOKED_BY, 'Bestilt'])
    await expect(rows.first()).toContainText(text);

  await find(vigdis.nationalId);
  await only(vigdis.name);
  await find(reference.toLowerCase().replace('-', ''));
  await only(vigdis.name);
  await find(`${family.toLowerCase()} vigdis`);
  await only(vigdis.name);

  // The family name finds both; status narrows to the cancelled one or the booked one.
  await find(family);
  await expect(rows).toHaveCount(2);
  await choose('Status', 'Avbestilt');
  await only(trond.name);
  await expect(rows.first()).toContainText('Avbestilt');
  await choose('Status', 'Bestilt');
  await only(vigdis.name);
  await choose('Status', 'Alle statuser');
  await expect(rows).toHaveCount(2);

  // By agent: the one who booked, then the colleague itself, who booked neither.
  const agent = section.getByLabel('Bestilt av');
  await choose('Bestilt av', BOOKED_BY);
  await expect(rows).toHaveCount(2);
  await choose('Bestilt av', colleague.name);
  await expect(section.getByText(`Fant ingen booking for «${family}» hos forsikringsselskapet ditt.`)).toBeVisible();
  await expect(rows).toHaveCount(0);
  // The other insurer's agent is no choice here.
  await expect(agent.getByRole('option', { name: otherInsurer.name })).toHaveCount(0);
});

test('an agent of another insurer finds none of it', async ({ page }) => {
  await openBookings(page, otherInsurer);
  const { section, find } = findBooking(page);
  for (const text of [caseId, vigdis.nationalId, reference, `Vigdis ${family}`]) {
    await find(text);
    await expect(section.getByText(`Fant ingen booking for «${text}» hos forsikringsselskapet ditt.`)).toBeVisible();
    await expect(section.locator('tbody tr')).toHaveCount(0);
  }
  await expect(section.getByLabel('Bestilt av').getByRole('option', { name: BOOKED_BY })).toHaveCount(0);
});

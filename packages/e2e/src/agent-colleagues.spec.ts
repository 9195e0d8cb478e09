// «Finn booking» across colleagues (issue 14): Storebrand's demo agent books two patients of one family for the spec's
// own practitioner (one with a SakID, the other then cancelled); a colleague at Storebrand, signed in on its own,
// finds the booking by SakID, national id, the booking reference and the patient's name in any order, sees who booked
// it, and narrows by status and by agent; by its practitioner's name and by its date (alone or with the name), in
// Bokmål and once in English; an agent of another insurer finds none of it.
import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, signInWith, test } from './fixtures.js';
import { newAgentAccount, type Account } from './agent-accounts.js';
import { runtime } from './env.js';
import { addDays, bookAsAgent, call, displayOf, osloIsoDate, syntheticNationalId, uniqueTag } from './network-api.js';
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
/** The Oslo day of Vigdis's appointment (YYYY-MM-DD). */
let vigdisDay = '';
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
  const found = await call<{ reference: string; startAt: string }[]>(request, 'mutation', 'booking.find', {
    query: caseId,
  });
  expect(found).toHaveLength(1);
  reference = found[0]!.reference;
  vigdisDay = osloIsoDate(found[0]!.startAt);
  await request.dispose();
  colleague = await newAgentAccount('Storebrand', `Kaja Kollega ${tag}`);
  otherInsurer = await newAgentAccount('Falck Helse', `Frida Falck ${tag}`);
});

/**
 * «Finn booking» on «Mine bookinger»: the lookup section; a lookup of `text` in it; and a filter's choice. Each waits
 * for the server's answer and its rendering, so the rows read after it are never the previous lookup's.
 */
function findBooking(page: Page, words = NB) {
  const section = page.getByRole('region', { name: words.heading });
  const answered = async (act: () => Promise<unknown>) => {
    const response = page.waitForResponse((r) => r.url().includes('/trpc/booking.find'));
    await act();
    await response;
    await expect(section.getByText(words.loading)).toHaveCount(0);
  };
  const fill = async (text: string, from = '', to = '') => {
    await section.getByLabel(words.label).fill(text);
    await section.getByRole('textbox', { name: words.from }).fill(from && displayOf(from));
    await section.getByRole('textbox', { name: words.to }).fill(to && displayOf(to));
    await section.getByRole('button', { name: words.submit, exact: true }).click();
  };
  return {
    section,
    find: (text: string, from = '', to = '') => answered(() => fill(text, from, to)),
    /** «Finn» with what the form refuses before asking the server. */
    refused: fill,
    choose: (filter: 'Status' | 'Bestilt av', label: string) =>
      answered(() => section.getByLabel(filter).selectOption({ label })),
  };
}

const NB = {
  heading: 'Finn booking',
  loading: 'Leter etter bookinger …',
  label: 'Bookingreferanse, fødselsnummer, SakID, pasientens eller behandlerens navn',
  from: 'Timedato fra',
  to: 'Timedato til',
  submit: 'Finn',
};
const EN = {
  heading: 'Find a booking',
  loading: 'Looking for bookings …',
  label: 'Booking reference, national id, case id, patient or practitioner name',
  from: 'Appointment date from',
  to: 'Appointment date to',
  submit: 'Find',
};

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

test('a colleague finds the booking by its practitioner and by its date, alone or with a name', async ({ page }) => {
  await openBookings(page, colleague);
  const { section, find, refused } = findBooking(page);
  const rows = section.locator('tbody tr');
  const vigdisRow = rows.filter({ hasText: vigdis.name });

  // The practitioner's name, the words turned round, without the ø and in capitals.
  await find('KOLLEGA kolbjorn');
  await expect(vigdisRow).toHaveCount(1);
  await expect(rows.filter({ hasText: trond.name })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText(practitioner.name);

  // Her day alone: the insurer's bookings of that day, hers among them, each on that day.
  await find('', vigdisDay);
  await expect(section.getByRole('table')).toHaveAccessibleName(`Bookinger funnet for ${displayOf(vigdisDay)}`);
  await expect(vigdisRow).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText(displayOf(vigdisDay));
  // A range ending on her day, with her name: hers; the day after, with her name: none.
  await find(vigdis.name, addDays(vigdisDay, -2), vigdisDay);
  await expect(rows).toHaveCount(1);
  await expect(vigdisRow).toHaveCount(1);
  await find(vigdis.name, addDays(vigdisDay, 1));
  await expect(
    section.getByText(
      `Fant ingen booking for «${vigdis.name}» ${displayOf(addDays(vigdisDay, 1))} hos forsikringsselskapet ditt.`,
    ),
  ).toBeVisible();

  // The range's limit and order are said by «Timedato til», and nothing is asked.
  let asked = false;
  page.on('request', (r) => {
    if (r.url().includes('/trpc/booking.find')) asked = true;
  });
  await refused('', vigdisDay, addDays(vigdisDay, 32));
  await expect(section.getByRole('textbox', { name: 'Timedato til' })).toHaveAccessibleDescription(
    /Velg høyst 31 dager om gangen\./,
  );
  await refused('', vigdisDay, addDays(vigdisDay, -1));
  await expect(section.getByRole('textbox', { name: 'Timedato til' })).toHaveAccessibleDescription(
    /Til dato kan ikke være før fra dato\./,
  );
  await refused('');
  await expect(
    section.getByText('Skriv en bookingreferanse, et fødselsnummer, en SakID eller et navn, eller velg en dato.'),
  ).toBeVisible();
  expect(asked).toBe(false);
});

test('in English: by the practitioner and by the date', async ({ page }) => {
  await openBookings(page, colleague);
  await page.getByLabel('Språk').selectOption('en');
  const { section, find, refused } = findBooking(page, EN);
  const vigdisRow = section.locator('tbody tr').filter({ hasText: vigdis.name });
  await find('Kolbjørn Kollega', vigdisDay);
  await expect(section.getByRole('table')).toHaveAccessibleName(
    `Bookings found for “Kolbjørn Kollega” ${displayOf(vigdisDay)}`,
  );
  await expect(vigdisRow).toHaveCount(1);
  await refused('', vigdisDay, addDays(vigdisDay, 40));
  await expect(section.getByText('Choose at most 31 days at a time.')).toBeVisible();
});

test('an agent of another insurer finds none of it', async ({ page }) => {
  await openBookings(page, otherInsurer);
  const { section, find } = findBooking(page);
  for (const text of [caseId, vigdis.nationalId, reference, `Vigdis ${family}`, practitioner.name]) {
    await find(text);
    await expect(section.getByText(`Fant ingen booking for «${text}» hos forsikringsselskapet ditt.`)).toBeVisible();
    await expect(section.locator('tbody tr')).toHaveCount(0);
  }
  await expect(section.getByLabel('Bestilt av').getByRole('option', { name: BOOKED_BY })).toHaveCount(0);
  await find(vigdis.name, vigdisDay);
  await expect(section.locator('tbody tr')).toHaveCount(0);
});

// Every field error of issue 15 in the UI language beside its field, once: the specific sentence (never zod's «For
// stort …» nor a bare «Ugyldige data.»), tied to the field as its description, the field marked invalid and holding the
// keyboard and what was typed, the summary only counting the fields, and nothing saved. Each case in Bokmål, and
// several again in English through «Språk». The week count of the work plan is configuration-schedule-editors.spec's.
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { openMenu, openReadiness, openSection } from './configuration-helpers.js';
import { apiAs, call, uniqueTag } from './network-api.js';
import { MAJORSTUEN, SPEC_PRACTITIONERS } from './spec-practitioners.js';

const own = SPEC_PRACTITIONERS.fieldErrors;
const ownType = { id: 'e2e-field-errors-type', name: 'Feltfeiltime 30 min' };
/** Another clinic's physiotherapist (Ålesund's Astrid Myklebust in the demo network). */
const TAKEN_HPR = '5200028';
const LONG = 'x'.repeat(10_000);
let clinicId = '';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.beforeAll(async () => {
  const admin = await apiAs('clinic_admin');
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  const practitioner = { id: own.id, clinicId, name: own.name, profession: 'physiotherapist' };
  await call(admin, 'mutation', 'practitioners.upsert', { ...practitioner, hprNumber: own.hprNumber });
  await call(admin, 'mutation', 'books.upsert', {
    id: own.bookId,
    clinicId,
    name: own.name,
    ownerKind: 'practitioner',
    ownerPractitionerId: own.id,
    onlineBooking: true,
    patientLists: ['all_patients'],
  });
  await call(admin, 'mutation', 'types.upsert', { ...ownType, clinicId, durationMinutes: 30, bookableOnline: true });
  await admin.dispose();
});

// The spec leaves Majorstuen as it found it: its practitioner's row (with T2's long hint) would otherwise stand in the
// readiness grid of the specs after it.
test.afterAll(async () => {
  const admin = await apiAs('clinic_admin');
  const config = await call<{ rules: { id: string; bookId: string }[] }>(admin, 'query', 'clinicConfig.get', {
    clinicId,
  });
  for (const rule of config.rules.filter((r) => r.bookId === own.bookId))
    await call(admin, 'mutation', 'rules.delete', { id: rule.id });
  await call(admin, 'mutation', 'books.delete', { id: own.bookId });
  await call(admin, 'mutation', 'types.delete', { id: ownType.id });
  await call(admin, 'mutation', 'practitioners.delete', { id: own.id });
  await admin.dispose();
});

/** What the summary by the save button says instead of repeating the message. */
const SUMMARY = {
  nb: 'Ett felt må rettes; meldingen står ved feltet.',
  en: 'One field needs correcting; its message is beside it.',
} as const;

/**
 * The refusal a user sees: `message` beside `field` (its description, the field marked invalid), once on the page, the
 * summary only counting the fields (no «Ugyldige data.», no zod wording), the typed value kept. Right after the failed
 * save (in Bokmål) the keyboard is on the field; after the language switch the switch has it.
 */
async function expectRefusedAt(
  page: Page,
  field: Locator,
  message: string,
  { typed, locale = 'nb' }: { typed?: string; locale?: 'nb' | 'en' } = {},
): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(escape(message)));
  if (locale === 'nb') await expect(field).toBeFocused();
  if (typed !== undefined) await expect(field).toHaveValue(typed);
  await expect(page.getByText(message, { exact: true })).toHaveCount(1);
  const summary = page.getByRole('alert');
  await expect(summary.locator('.alert-title')).toHaveText(SUMMARY[locale]);
  await expect(summary).not.toContainText(message);
  await expect(page.getByText(/Ugyldige data|Invalid input|For stor|Too big/)).toHaveCount(0);
}

/** The same refusal after «Språk» is switched to English, and back. */
async function expectInEnglish(page: Page, field: Locator, message: string, typed?: string): Promise<void> {
  await page.getByLabel('Språk').selectOption('en');
  await expectRefusedAt(page, field, message, { typed, locale: 'en' });
  await page.getByLabel('Language').selectOption('nb');
}

async function asClinicAdmin(page: Page, section: string): Promise<void> {
  await signIn(page, 'admin', 'clinic_admin');
  await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
  await openSection(page, section);
}

test.describe('every field error beside its field, once, in both languages', () => {
  test('a 10,000-character practitioner name is refused with its length limit in words', async ({ page }) => {
    await asClinicAdmin(page, 'Behandlere');
    const name = `Lang ${uniqueTag()} ${LONG}`;
    await page.getByRole('button', { name: 'Ny behandler' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(name);
    // A profession without an HPR number: the name is the one field to correct.
    await page.getByLabel('Yrke').selectOption({ label: 'Osteopat' });
    await page.getByRole('button', { name: 'Lagre behandler' }).click();
    const field = page.getByLabel('Navn', { exact: true });
    await expectRefusedAt(page, field, 'Høyst 200 tegn.', { typed: name });
    await expectInEnglish(page, page.getByLabel('Name', { exact: true }), 'At most 200 characters.', name);
    await page.reload();
    await expect(page.getByRole('rowheader', { name: name.slice(0, 20) })).toHaveCount(0);
  });

  test('a 10,000-character type name is refused with its length limit in words', async ({ page }) => {
    await asClinicAdmin(page, 'Timetyper');
    const name = `Lang ${uniqueTag()} ${LONG}`;
    await page.getByRole('button', { name: 'Ny timetype' }).click();
    await page.getByLabel('Navn på timetypen').fill(name);
    await page.getByLabel('Varighet (minutter)').fill('30');
    await page.getByRole('button', { name: 'Lagre timetype' }).click();
    await expectRefusedAt(page, page.getByLabel('Navn på timetypen'), 'Høyst 200 tegn.', { typed: name });
    await page.reload();
    await expect(page.getByRole('rowheader', { name: name.slice(0, 20) })).toHaveCount(0);
  });

  test('a week template without windows, and a break on a day without a window, are refused', async ({ page }) => {
    await asClinicAdmin(page, 'Ukemaler og arbeidsplan');
    await page.getByLabel('Timebok', { exact: true }).selectOption({ label: own.name });
    await expect(page.getByRole('heading', { name: `Ukemaler for ${own.name}` })).toBeVisible();
    const name = `Tom uke ${uniqueTag()}`;
    await page.getByRole('button', { name: 'Ny ukemal' }).click();
    await page.getByLabel('Navn på ukemalen').fill(name);
    await page.getByRole('button', { name: 'Lagre ukemal' }).click();
    // The fix is a window: the keyboard is on «Legg til tidsvindu», which the message describes.
    const add = page.getByRole('button', { name: 'Legg til tidsvindu' });
    await expectRefusedAt(page, add, 'Legg til minst ett tidsvindu i ukemalen.');
    await expectInEnglish(
      page,
      page.getByRole('button', { name: 'Add a time window' }),
      'Add at least one time window to the week template.',
    );
    await expect(page.getByLabel('Navn på ukemalen')).toHaveValue(name);

    // Monday's window, Tuesday's break.
    await add.click();
    const window1 = page.getByRole('group', { name: 'Tidsvindu 1' });
    await window1.getByLabel('Ukedag').selectOption({ label: 'Mandag' });
    await window1.getByRole('checkbox', { name: `${ownType.name} (30 min)`, exact: true }).check();
    await page.getByRole('button', { name: 'Legg til pause' }).click();
    const weekday = page.getByRole('group', { name: 'Pause 1' }).getByLabel('Ukedag');
    await weekday.selectOption({ label: 'Tirsdag' });
    await page.getByRole('button', { name: 'Lagre ukemal' }).click();
    await expectRefusedAt(
      page,
      weekday,
      'Pausen ligger på en dag uten tidsvindu. Legg til et vindu den dagen, eller velg en annen dag.',
      { typed: '2' },
    );
    await expect(add).not.toHaveAttribute('aria-invalid');
    await expectInEnglish(
      page,
      page.getByRole('group', { name: 'Break 1' }).getByLabel('Weekday'),
      'The break is on a day without a time window. Add a window that day, or choose another day.',
      '2',
    );

    await page.reload();
    await expect(page.getByRole('heading', { name: `Ukemaler for ${own.name}` })).toBeVisible();
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
  });

  test('another practitioner’s HPR number is refused at the HPR field', async ({ page }) => {
    await asClinicAdmin(page, 'Behandlere');
    const name = `Dobbel Hpr ${uniqueTag()}`;
    await page.getByRole('button', { name: 'Ny behandler' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('Yrke').selectOption({ label: 'Fysioterapeut' });
    await page.getByLabel('HPR-nummer').fill(TAKEN_HPR);
    await page.getByRole('button', { name: 'Lagre behandler' }).click();
    const hpr = page.getByLabel('HPR-nummer');
    await expectRefusedAt(page, hpr, 'HPR-nummeret er allerede registrert på en annen behandler i nettverket.', {
      typed: TAKEN_HPR,
    });
    await expectInEnglish(
      page,
      page.getByLabel('HPR number'),
      'The HPR number is already registered to another practitioner in the network.',
      TAKEN_HPR,
    );
    await expect(page.getByLabel('Navn', { exact: true })).toHaveValue(name);
    await page.reload();
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
  });

  test('a second department at an existing address is refused at the street', async ({ page }) => {
    await asClinicAdmin(page, 'Avdelinger');
    const name = `Bislett igjen ${uniqueTag()}`;
    await page.getByRole('button', { name: 'Ny avdeling' }).click();
    await page.getByLabel('Navn på avdelingen').fill(name);
    // Bislett's Thereses gate 12, 0358 Oslo, as someone else types it.
    await page.getByLabel('Gateadresse').fill('thereses  gate 12');
    await page.getByLabel('Postnummer').fill('0358');
    await page.getByLabel('Poststed').fill('OSLO');
    await page.getByRole('button', { name: 'Lagre avdeling' }).click();
    const street = page.getByLabel('Gateadresse');
    await expectRefusedAt(page, street, 'Klinikken har allerede en avdeling på denne adressen (Bislett).', {
      typed: 'thereses  gate 12',
    });
    await page.reload();
    await expect(page.getByRole('list', { name: 'Kontaktkort' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
  });

  test('a tariff code typed in lower case is the B-code (operator)', async ({ page }) => {
    await signIn(page, 'admin', 'network_operator');
    await openMenu(page, 'Takster');
    // A new «b1010» is B1010, which exists: refused as taken, not as «only B-codes».
    await page.getByRole('button', { name: 'Ny takst' }).click();
    await page.getByRole('group', { name: 'Type takst' }).getByLabel('Forsikringstakst').check();
    await page.getByLabel('Takstkode').fill('b1010');
    await page.getByLabel('Navn', { exact: true }).fill('Fysioterapi igjen');
    await page.getByRole('button', { name: 'Lagre takst' }).click();
    const code = page.getByLabel('Takstkode');
    await expectRefusedAt(page, code, 'Takstkoden B1010 finnes allerede (Fysioterapi konsultasjon).', {
      typed: 'b1010',
    });
    await page.getByRole('button', { name: 'Avbryt' }).click();

    // B1010 itself saved with its code typed in lower case: accepted, and still B1010 in the list.
    await page.getByRole('button', { name: 'Endre B1010' }).click();
    await page.getByLabel('Takstkode').fill('b1010');
    await page.getByRole('button', { name: 'Lagre takst' }).click();
    await expect(page.getByRole('status').filter({ hasText: /«B1010» er lagret\./ })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'B1010', exact: true })).toHaveCount(1);
    await expect(page.getByRole('rowheader', { name: 'b1010', exact: true })).toHaveCount(0);
  });

  test('a chiropractor’s B1011 on a physiotherapist’s rule: the hint names the physiotherapist’s B-tariffs', async ({
    page,
  }) => {
    await asClinicAdmin(page, 'Timetyper');
    await page.getByRole('button', { name: `Endre ${ownType.name}` }).click();
    await page.getByRole('button', { name: 'Ny regel' }).click();
    await page.getByLabel('Timebok', { exact: true }).selectOption({ label: own.name });
    await page.getByLabel('Pasientliste som kan bestille').selectOption({ label: 'Alle pasienter' });
    await page
      .getByRole('group', { name: 'Forsikringstakster (B-takster)' })
      .getByRole('checkbox', { name: 'B1011 Kiropraktikk konsultasjon' })
      .check();
    await page.getByRole('button', { name: 'Lagre regel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Regelen er lagret.' })).toBeVisible();

    const details = await openReadiness(page, own.name, ownType.name);
    const hint =
      'Regelen mangler en forsikringstakst for fysioterapeut. Legg B1010 Fysioterapi konsultasjon til på regelen.';
    await expect(details.getByText(hint)).toHaveCount(1);
    await expect(details).not.toContainText('f.eks. B1011');
    await page.getByLabel('Språk').selectOption('en');
    await expect(
      details.getByText(
        'The rule has no insurance tariff for a physiotherapist. Add B1010 Fysioterapi konsultasjon to the rule.',
      ),
    ).toHaveCount(1);
  });
});

// Issue #12's whole path in the browser: an insurer's agent books with a case id; the clinic completes the booking's
// claim from the case on the patient card, sets its Helfo price, opens the appointment's billing card — the Helfo line
// first, the insurance tariff the claim brought after it — removes a line that does not apply, prices the B-code,
// bills, and downloads the insurer's EHF invoice, whose case id, B-code, parties and sums are checked here.
import { readFile } from 'node:fs/promises';
import { addDays, osloDate } from '@bn/domain';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { readEhf } from './ehf-reader.js';
import {
  apiAs,
  bookAsAgent,
  call,
  osloDisplayDate,
  osloIsoDate,
  osloTime,
  syntheticNationalId,
  uniqueTag,
} from './network-api.js';
import { MAJORSTUEN, SPEC_PRACTITIONERS, SPEC_TYPE, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.billing;
const STOREBRAND = 'Storebrand';

/** The synthetic national id's birth date (day, month + 80, a 1900s year: syntheticNationalId's numbers). */
const birthDateOf = (nationalId: string) =>
  `19${nationalId.slice(4, 6)}-${String(Number(nationalId.slice(2, 4)) - 80).padStart(2, '0')}-${nationalId.slice(0, 2)}`;

/**
 * The spec's practitioner, whose type's rule carries the Helfo tariff A3a beside B1010 (T4); the clinic as a seller in
 * Foretaksregisteret with a bank account, Storebrand as a buyer with an address.
 */
test.beforeAll(async () => {
  await seedPractitioner(practitioner);
  const [admin, operator] = [await apiAs('clinic_admin'), await apiAs('network_operator')];
  const tariffs = await call<{ id: string; code: string }[]>(admin, 'query', 'tariffs.list', undefined);
  const id = (code: string) => tariffs.find((t) => t.code === code)!.id;
  await call(admin, 'mutation', 'rules.upsert', {
    id: `${practitioner.bookId}-rule`,
    typeId: SPEC_TYPE.id,
    bookId: practitioner.bookId,
    patientList: 'all_patients',
    tariffIds: [id('B1010'), id('A3a')],
  });
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  await call(admin, 'mutation', 'billing.setSellerDetails', {
    clinicId: clinics.find((c) => c.name === MAJORSTUEN)!.id,
    legalName: 'Majorstuen Fysioterapi og Kiropraktikk AS',
    street: 'Kirkeveien 64',
    postcode: '0364',
    city: 'Oslo',
    bankAccount: '15031000006',
    inBusinessRegister: true,
  });
  const insurers = await call<{ id: string; name: string }[]>(operator, 'query', 'insurers.list', undefined);
  await call(operator, 'mutation', 'billing.setBuyerDetails', {
    insurerId: insurers.find((i) => i.name === STOREBRAND)!.id,
    legalName: 'Storebrand Forsikring AS',
    street: 'Professor Kohts vei 9',
    postcode: '1366',
    city: 'Lysaker',
    reference: 'Behandlingsforsikring',
  });
  await Promise.all([admin.dispose(), operator.dispose()]);
});

test('a booking with a case id is billed to the insurer, and its EHF invoice carries the case id, the B-code and the sums', async ({
  page,
  request,
}) => {
  const tag = uniqueTag().toUpperCase();
  const caseId = `RB${tag}`;
  const nationalId = syntheticNationalId();
  const name = `Rolf Regning ${tag}`;
  const today = osloDate(new Date());

  // Storebrand's case, as the network operator registers it: 5 treatments, for this patient's birth date.
  const operator = await apiAs('network_operator');
  const insurers = await call<{ id: string; name: string }[]>(operator, 'query', 'insurers.list', undefined);
  await call(operator, 'mutation', 'cases.register', {
    cases: [
      {
        caseId,
        insurerId: insurers.find((i) => i.name === STOREBRAND)!.id,
        birthDate: birthDateOf(nationalId),
        createdOn: today,
        validTo: addDays(today, 120),
        grant: { type: 'total', treatments: 5 },
      },
    ],
  });
  await operator.dispose();
  // The agent books with the case id (K5: the booking makes the card's claim).
  const hit = await bookAsAgent(request, practitioner, { nationalId, name }, caseId);

  // ---- the patient card: the booking's claim, completed from the case ----
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Pasientkort');
  await page.getByLabel('Navn, telefon eller fødselsnummer').fill(nationalId);
  await page.getByRole('button', { name: 'Finn pasient' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  const claims = page.getByRole('region', { name: 'Forsikringskrav' });
  await claims.getByRole('button', { name: `Hent saken ${caseId}` }).click();
  const importForm = page.getByRole('form', { name: 'Legg til krav med SakID' });
  await expect(importForm.getByLabel('SakID', { exact: true })).toHaveValue(caseId);
  await importForm.getByRole('button', { name: 'Hent saken' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Kravet med SakID ${caseId} har fått sakens behandlinger og gyldighet.` }),
  ).toBeVisible();
  await expect(claims.getByRole('row').filter({ hasText: caseId })).toContainText('Brukt 0 av 5, 5 igjen');

  // ---- the clinic's price list: the Helfo tariff's price, in kroner ----
  await openSection(page, 'Prisliste');
  const a3a = page.getByLabel('Pris for A3a i kroner');
  await a3a.fill('412,50');
  await a3a.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Prisen er lagret.' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'A3a' })).toContainText(
    osloDisplayDate(new Date().toISOString()),
  );

  // ---- the appointment's billing card ----
  await openSection(page, 'Timebok');
  await page.getByLabel('Gå til dato').fill(osloDisplayDate(hit.startAt));
  await page.getByLabel('Gå til dato').press('Enter');
  await expect(page).toHaveURL(new RegExp(`dato=${osloIsoDate(hit.startAt)}`));
  await page
    .getByRole('button', { name: new RegExp(name) })
    .filter({ hasText: `${osloTime(hit.startAt)}–` })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Regningskort' }).click();
  const card = page.getByRole('article', { name: `Regningskort: ${name}, ${osloDisplayDate(hit.startAt)}` });
  await expect(card).toBeVisible();
  await expect(card.getByText('Utkast', { exact: true })).toBeVisible();
  await expect(card.getByRole('region', { name: 'Forsikringskrav' })).toContainText(`${STOREBRAND} · SakID ${caseId}`);

  // The Helfo line first, with the price list's price; the insurance tariff the claim brought after it.
  const lines = card.getByRole('region', { name: 'Linjer' }).getByRole('row');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(1)).toContainText('A3a');
  await expect(lines.nth(1)).toContainText('Helfo-takst');
  await expect(lines.nth(1).getByLabel('Pris for A3a i kroner')).toHaveValue('412,50');
  await expect(lines.nth(2)).toContainText('B1010');
  await expect(lines.nth(2)).toContainText('Forsikringstakst');

  // A line that does not apply is added and removed again, by keyboard.
  await card.getByLabel('Takst', { exact: true }).selectOption({ label: 'E100 Treningsveiledning i sal (egen takst)' });
  await card.getByRole('button', { name: 'Legg til linje' }).click();
  await expect(lines).toHaveCount(4);
  await card.getByRole('button', { name: 'Fjern E100' }).focus();
  await page.keyboard.press('Enter');
  await expect(lines).toHaveCount(3);

  // The B-code's price, typed in kroner; the total is formatted from øre.
  const b1010 = card.getByLabel('Pris for B1010 i kroner');
  await b1010.fill('850');
  await b1010.press('Enter');
  await expect(card.getByText('Prisen er endret.')).toBeVisible();
  await expect(card).toContainText('Sum 1 262,50 kr');
  await expect(card).toContainText('betales av Storebrand');

  // Billed: the card is never edited again.
  await card.getByRole('button', { name: 'Fakturer' }).click();
  await expect(card.getByText('Fakturert', { exact: true })).toBeVisible();
  await expect(card.getByLabel('Pris for B1010 i kroner')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Krediter' })).toBeVisible();

  // ---- the insurer's EHF invoice ----
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Last ned EHF-faktura (XML)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^faktura-.+\.xml$/);
  const xml = await readFile(await download.path(), 'utf8');
  const ehf = await readEhf(page, xml);
  expect(ehf).toMatchObject({
    root: 'Invoice',
    customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    profileId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    currency: 'NOK',
    orderReference: caseId,
    sellerEndpoint: { scheme: '0192', id: '921400012' },
    sellerTaxSchemes: expect.arrayContaining(['Foretaksregisteret']),
  });
  expect(ehf.buyerEndpoint.scheme).toBe('0192');
  expect(ehf.buyerEndpoint.id).toMatch(/^\d{9}$/);
  expect(ehf.lines.map((l) => [l.properties.TreatmentId, l.quantity, l.price, l.lineExtension, l.taxCategory])).toEqual(
    [
      ['A3a', '1', '412.50', '412.50', 'E'],
      ['B1010', '1', '850.00', '850.00', 'E'],
    ],
  );
  const b = ehf.lines[1]!.properties;
  expect(b.TreatmentDateTime).toContain(osloIsoDate(hit.startAt));
  expect(b.TreatmentDuration).toBe(String(SPEC_TYPE.minutes));
  expect(b.TherapistHpr).toBe(practitioner.hprNumber);
  expect(b.TherapistName).toBe(practitioner.name);
  // VAT-exempt health services (category E, rate 0): one breakdown over every line, no tax; the sums add up.
  expect(ehf.taxAmount).toBe('0.00');
  expect(ehf.taxSubtotals).toEqual([
    { taxable: '1262.50', tax: '0.00', category: 'E', exemptionReason: expect.stringContaining('§ 3-2') },
  ]);
  expect(ehf.totals).toMatchObject({
    LineExtensionAmount: '1262.50',
    TaxExclusiveAmount: '1262.50',
    TaxInclusiveAmount: '1262.50',
    PayableAmount: '1262.50',
  });
  // ---- the claim on the patient card: one treatment used; deleting it refused in words while the card bills it ----
  await card.getByRole('link', { name }).click();
  const claimRow = page.getByRole('region', { name: 'Forsikringskrav' }).getByRole('row').filter({ hasText: caseId });
  await expect(claimRow).toContainText('Brukt 1 av 5, 4 igjen');
  await claimRow.getByRole('button', { name: `Slett kravet ${caseId}` }).click();
  await expect(claimRow.getByRole('alert')).toHaveText(
    'Kravet brukes på et regningskort og kan ikke slettes. Slett eller krediter regningskortet først.',
  );

  // ---- credited: the treatment given back, and the credit note as EHF ----
  await page.goBack();
  await card.getByRole('button', { name: 'Krediter' }).click();
  await expect(card.getByText('Kreditert', { exact: true })).toBeVisible();
  const creditDownload = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Last ned EHF-kreditnota (XML)' }).click();
  const credit = await readEhf(page, await readFile(await (await creditDownload).path(), 'utf8'));
  expect(credit).toMatchObject({ root: 'CreditNote', orderReference: caseId });
  expect(credit.lines.map((l) => [l.properties.TreatmentId, l.quantity, l.lineExtension])).toEqual([
    ['A3a', '1', '412.50'],
    ['B1010', '1', '850.00'],
  ]);
  expect(credit.totals).toMatchObject({ LineExtensionAmount: '1262.50', PayableAmount: '1262.50' });
  await card.getByRole('link', { name }).click();
  await expect(claimRow).toContainText('Brukt 0 av 5, 5 igjen');
  // ---- the clinic's EHF documents to Storebrand this month, as one archive ----
  await openSection(page, 'Regning');
  const archive = page.getByRole('form', { name: 'EHF-arkiv' });
  await archive.getByLabel('Forsikringsselskap').selectOption({ label: STOREBRAND });
  const zipDownload = page.waitForEvent('download');
  await archive.getByRole('button', { name: 'Last ned EHF-arkiv (zip)' }).click();
  expect((await zipDownload).suggestedFilename()).toMatch(/^ehf-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByRole('status').filter({ hasText: /\d+ dokumenter lastet ned\./ })).toBeVisible();
});

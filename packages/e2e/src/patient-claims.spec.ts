// Claims on the patient card (issue #12, P2): a case id looked up and imported — refused in words when the case's
// birth date is not the patient's — and a claim registered by hand without a case id, per tariff with its validity.
import { addDays, osloDate } from '@bn/domain';
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { apiAs, call, displayOf, syntheticNationalId, uniqueTag } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const STOREBRAND = 'Storebrand';

/** The synthetic national id's birth date (day, month + 80, a 1900s year: syntheticNationalId's numbers). */
const birthDateOf = (nationalId: string) =>
  `19${nationalId.slice(4, 6)}-${String(Number(nationalId.slice(2, 4)) - 80).padStart(2, '0')}-${nationalId.slice(0, 2)}`;

test('the clinic imports a case onto the card, is told when its birth date is another’s, and registers a claim by hand', async ({
  page,
}) => {
  const tag = uniqueTag().toUpperCase();
  const nationalId = syntheticNationalId();
  const name = `Klara Krav ${tag}`;
  const today = osloDate(new Date());
  const [matching, mismatching] = [`KR${tag}`, `KX${tag}`];

  // The insurer's cases, as the network operator registers them; the second is for someone born another day.
  const [operator, admin] = [await apiAs('network_operator'), await apiAs('clinic_admin')];
  const insurers = await call<{ id: string; name: string }[]>(operator, 'query', 'insurers.list', undefined);
  const insurerId = insurers.find((i) => i.name === STOREBRAND)!.id;
  const birthDate = birthDateOf(nationalId);
  const grant = { type: 'total', treatments: 8 };
  await call(operator, 'mutation', 'cases.register', {
    cases: [
      { caseId: matching, insurerId, birthDate, createdOn: today, validTo: addDays(today, 90), grant },
      { caseId: mismatching, insurerId, birthDate: addDays(birthDate, 1), createdOn: today, validTo: null, grant },
    ],
  });
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  const clinicId = clinics.find((c) => c.name === MAJORSTUEN)!.id;
  await call(admin, 'mutation', 'patients.create', { clinicId, nationalId, name, phone: null, email: null });
  await Promise.all([operator.dispose(), admin.dispose()]);

  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Pasientkort');
  await page.getByLabel('Navn, telefon eller fødselsnummer').fill(nationalId);
  await page.getByRole('button', { name: 'Finn pasient' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  const claims = page.getByRole('region', { name: 'Forsikringskrav' });
  await expect(claims.getByText('Pasienten har ingen forsikringskrav.')).toBeVisible();

  // The case of someone born another day: refused in words, nothing on the card.
  await claims.getByRole('button', { name: 'Legg til krav med SakID' }).click();
  const importForm = page.getByRole('form', { name: 'Legg til krav med SakID' });
  await importForm.getByLabel('Forsikringsselskap').selectOption({ label: STOREBRAND });
  await importForm.getByLabel('SakID', { exact: true }).fill(mismatching.toLowerCase());
  await importForm.getByRole('button', { name: 'Hent saken' }).click();
  await expect(importForm.getByRole('alert')).toContainText(
    'Fødselsdatoen i saken stemmer ikke med pasientens fødselsnummer.',
  );
  await expect(claims.getByText('Pasienten har ingen forsikringskrav.')).toBeVisible();

  // The patient's own case: imported, valid from 14 days before it was created, 8 treatments in total.
  await importForm.getByLabel('SakID', { exact: true }).fill(matching);
  await importForm.getByRole('button', { name: 'Hent saken' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Kravet med SakID ${matching} er lagt til.` })).toBeVisible();
  const imported = claims.getByRole('row').filter({ hasText: matching });
  await expect(imported).toContainText('Gyldig');
  await expect(imported).toContainText(`gyldig ${displayOf(addDays(today, -14))}–${displayOf(addDays(today, 90))}`);
  await expect(imported).toContainText('Brukt 0 av 8, 8 igjen');

  // A claim without a case id, by hand: a count per treatment type, with its period.
  await claims.getByRole('button', { name: 'Registrer krav uten SakID' }).click();
  const byHand = page.getByRole('form', { name: 'Registrer krav uten SakID' });
  await byHand.getByLabel('Forsikringsselskap').selectOption({ label: STOREBRAND });
  await byHand.getByLabel('Saksnummer').fill(`S-${tag}`);
  await byHand.getByLabel('Et antall per behandlingstype').check();
  await byHand.getByLabel('Takst 1', { exact: true }).selectOption('B1010');
  await byHand.getByLabel('Antall behandlinger for takst 1').fill('3');
  await byHand.getByLabel('Gyldig til').fill(displayOf(addDays(today, 60)));
  await byHand.getByRole('button', { name: 'Registrer kravet' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Kravet med saksnummer S-${tag} er registrert.` }),
  ).toBeVisible();
  const manual = claims.getByRole('row').filter({ hasText: `saksnr. S-${tag}` });
  await expect(manual).toContainText('registrert manuelt');
  await expect(manual).toContainText('B1010: brukt 0 av 3, 3 igjen');
  await expect(manual).toContainText(`gyldig ${displayOf(today)}–${displayOf(addDays(today, 60))}`);
  // A claim no billing card uses is deleted.
  await manual.getByRole('button', { name: `Slett kravet S-${tag}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Kravet S-${tag} er slettet.` })).toBeVisible();
  await expect(manual).toHaveCount(0);
});

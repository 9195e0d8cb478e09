// The clinic's patient list (issue #12): a card the clinic makes itself — the birth date taken from the national id, a
// second card for the same national id refused in words with the way to the card it has — and the search by name or
// phone, sent in a POST body so that nothing searched for ends up in an address.
import { expect, signIn, test } from './fixtures.js';
import { openSection } from './configuration-helpers.js';
import { syntheticNationalId, uniqueTag } from './network-api.js';

test('the clinic makes a patient card, is told when it has one already, and finds it by name and phone', async ({
  page,
}) => {
  const tag = uniqueTag();
  const nationalId = syntheticNationalId();
  const name = `Nora Ny ${tag}`;
  const phone = `9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));

  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Pasientkort');
  await page.getByRole('button', { name: 'Ny pasient' }).click();
  const form = page.getByRole('form', { name: 'Ny pasient' });
  // The form opens with the keyboard in its first field.
  await expect(form.getByLabel('Fødselsnummer')).toBeFocused();
  await page.keyboard.type(nationalId);
  await form.getByLabel('Pasientens navn').fill(name);
  await form.getByLabel('Telefon (valgfritt)').fill(phone);
  await form.getByRole('button', { name: 'Opprett pasient' }).click();

  await expect(page.getByRole('status').filter({ hasText: `Pasientkortet for ${name} er opprettet.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  const birth = `${nationalId.slice(0, 2)}.${String(Number(nationalId.slice(2, 4)) - 80).padStart(2, '0')}.19${nationalId.slice(4, 6)}`;
  await expect(page.getByText(birth, { exact: true })).toBeVisible();
  await expect(page.getByText(`+47${phone}`, { exact: true })).toBeVisible();

  // The same national id again: refused in words, nothing made, and the way to the card the clinic has.
  await page.getByRole('button', { name: 'Ny pasient' }).click();
  await form.getByLabel('Fødselsnummer').fill(nationalId);
  await form.getByLabel('Pasientens navn').fill('Noen Annen');
  await form.getByRole('button', { name: 'Opprett pasient' }).click();
  await expect(form.getByRole('alert')).toContainText('Klinikken har allerede en pasient med dette fødselsnummeret.');
  await expect(page.getByRole('link', { name: 'Åpne pasientkortet klinikken allerede har' })).toBeVisible();
  await form.getByRole('button', { name: 'Avbryt' }).click();

  // Found by a part of the name, and by the phone number written with spaces.
  const search = page.getByRole('search', { name: 'Finn pasient' });
  await search.getByLabel('Navn, telefon eller fødselsnummer').fill(`ny ${tag}`);
  await search.getByRole('button', { name: 'Finn pasient' }).click();
  const hits = page.getByRole('region', { name: '1 pasient passer søket' });
  await expect(hits.getByRole('row')).toHaveCount(2);
  await expect(hits.getByRole('row').nth(1)).toContainText(nationalId);
  await search.getByLabel('Navn, telefon eller fødselsnummer').fill(`${phone.slice(0, 3)} ${phone.slice(3)}`);
  await search.getByRole('button', { name: 'Finn pasient' }).click();
  await expect(page.getByRole('region', { name: '1 pasient passer søket' }).getByRole('row').nth(1)).toContainText(
    name,
  );
  await page.getByRole('link', { name: `Åpne pasientkortet til ${name}` }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();

  // Nothing anyone searched for or typed is in an address the browser asked for.
  expect(requested.filter((u) => u.includes(nationalId) || u.includes(phone) || u.includes(tag))).toEqual([]);

  // A search that matches nobody says so.
  await search.getByLabel('Navn, telefon eller fødselsnummer').fill(`ingen-${tag}`);
  await search.getByRole('button', { name: 'Finn pasient' }).click();
  await expect(page.getByText('Ingen pasienter i klinikkens pasientliste passer søket.')).toBeVisible();
});

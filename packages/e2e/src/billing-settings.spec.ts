// What billing and the EHF need set up, as a new network and clinic would set it (issue #12): the network operator
// imports insurer cases from CSV lines — every line's problems shown before anything is sent — and the clinic's admin
// gives its seller details, refused in words where the API would refuse them.
import { addDays, osloDate } from '@bn/domain';
import { expect, signIn, test } from './fixtures.js';
import { openClinic, openMenu, openSection } from './configuration-helpers.js';
import { displayOf, uniqueTag } from './network-api.js';

test('the network operator imports cases into the register, seeing each line’s problems before sending', async ({
  page,
}) => {
  const tag = uniqueTag().toUpperCase();
  const [total, perTariff] = [`IT${tag}`, `IP${tag}`];
  const today = osloDate(new Date());
  const createdOn = displayOf(today);
  const validTo = displayOf(addDays(today, 120));

  await signIn(page, 'admin', 'network_operator');
  await openMenu(page, 'Saksregister');
  await expect(page.getByRole('heading', { level: 1, name: 'Saksregister' })).toBeVisible();
  await page.getByLabel('Forsikringsselskap').selectOption({ label: 'Storebrand' });
  await expect(page.getByRole('heading', { level: 2, name: 'Saker hos Storebrand' })).toBeVisible();
  await page.getByRole('button', { name: 'Importer saker' }).click();

  // A header line is skipped; a birth date that is no date, a non-B tariff and a repeated case id are named per line.
  const lines = page.getByLabel('Linjer som skal importeres');
  await lines.fill(
    [
      'SakID;Fødselsdato;Opprettet;Gyldig til;Behandlinger',
      `${total};31.02.1985;${createdOn};${validTo};10`,
      `${perTariff};07.03.1992;${createdOn};;A3a:2`,
      `${total.toLowerCase()};15.05.1985;${createdOn};${validTo};4`,
    ].join('\n'),
  );
  await expect(page.getByText('3 linjer av 3 har feil.', { exact: false })).toBeVisible();
  const preview = page.getByRole('table', { name: 'Dette blir importert' });
  await expect(preview.getByRole('row').filter({ hasText: '31.02.1985' })).toHaveCount(0);
  const row = (line: number) =>
    preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });
  await expect(row(2)).toContainText('Fødselsdato: Skriv datoen som dd.mm.åååå, for eksempel 15.05.1985.');
  await expect(row(3)).toContainText('Bare forsikringstakster (B-takster, f.eks. B1010) kan stå på et krav.');
  await expect(row(4)).toContainText('Samme SakID som linje 2.');
  await expect(page.getByRole('button', { name: /^Importer \d+ saker$/ })).toBeDisabled();

  // Fixed, the two cases are ready; the import saves both, and the register lists them as the clinics will read them.
  await lines.fill(
    [`${total};15.05.1985;${createdOn};${validTo};10`, `${perTariff};07.03.1992;${createdOn};;B1010:6 B1020:4`].join(
      '\n',
    ),
  );
  await expect(page.getByText('2 saker er klare til import.')).toBeVisible();
  await expect(row(1)).toContainText('Klar');
  await expect(row(2)).toContainText('B1010: 6 · B1020: 4');
  await page.getByRole('button', { name: 'Importer 2 saker' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 saker er importert.' })).toBeVisible();
  const register = page.getByRole('table', { name: 'Saker hos Storebrand' });
  const first = register.getByRole('row').filter({ hasText: total });
  await expect(first).toContainText('15.05.1985');
  await expect(first).toContainText(`${displayOf(addDays(today, -14))}–${validTo}`);
  await expect(first).toContainText('10 behandlinger totalt');
  const second = register.getByRole('row').filter({ hasText: perTariff });
  await expect(second).toContainText(`fra ${displayOf(addDays(today, -14))}, uten sluttdato`);
  await expect(second).toContainText('B1010: 6 · B1020: 4');

  // Importing one of them again is named before sending: the register holds it already.
  await page.getByRole('button', { name: 'Importer saker' }).click();
  await lines.fill(`${total};15.05.1985;${createdOn};;3`);
  await expect(row(1)).toContainText(`SakID ${total} er allerede registrert for dette forsikringsselskapet.`);
  await expect(page.getByRole('button', { name: 'Importer 1 sak' })).toBeDisabled();
});

test('the clinic admin gives the clinic’s seller details for the EHF, refused in words where they are wrong', async ({
  page,
}) => {
  await signIn(page, 'admin', 'clinic_admin');
  await openSection(page, 'Fakturaopplysninger');
  const form = page.getByRole('form', { name: 'Fakturaopplysninger' });
  // The organisation number is the network's, shown but not edited here.
  await expect(form.getByText('Organisasjonsnummer')).toBeVisible();
  await expect(form.getByText(/\d{3} \d{3} \d{3}/)).toBeVisible();

  // A postcode of three digits and an account number whose check digit is wrong: refused before anything is sent.
  await form.getByLabel('Postnummer').fill('036');
  await form.getByLabel('Kontonummer').fill('1503 10 00007');
  await form.getByRole('button', { name: 'Lagre fakturaopplysninger' }).click();
  await expect(form.getByText('Postnummeret må ha fire siffer.').first()).toBeVisible();
  await expect(form.getByText('Ugyldig kontonummer.').first()).toBeVisible();
  await expect(form.getByLabel('Postnummer')).toBeFocused();

  // The same details the billing spec's invoices are made with, so the two specs never disagree about them.
  await form.getByLabel('Registrert navn').fill('Majorstuen Fysioterapi og Kiropraktikk AS');
  await form.getByLabel('Gateadresse').fill('Kirkeveien 64');
  await form.getByLabel('Postnummer').fill('0364');
  await form.getByLabel('Poststed').fill('Oslo');
  await form.getByLabel('Kontonummer').fill('15031000006');
  await form.getByLabel('Registrert i Foretaksregisteret').check();
  await form.getByLabel('Registrert i Merverdiavgiftsregisteret').uncheck();
  await form.getByLabel('Tar betalt for sen avbestilling').uncheck();
  await form.getByLabel('Tar betalt når pasienten ikke møter').uncheck();
  await form.getByRole('button', { name: 'Lagre fakturaopplysninger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fakturaopplysningene er lagret.' })).toBeVisible();
  await expect(page.getByText('Klinikken har det en EHF-faktura trenger.')).toBeVisible();

  // Read again from the server: what was saved is what the form shows.
  await page.reload();
  const again = page.getByRole('form', { name: 'Fakturaopplysninger' });
  await expect(again.getByLabel('Gateadresse')).toHaveValue('Kirkeveien 64');
  await expect(again.getByLabel('Kontonummer')).toHaveValue('15031000006');
  await expect(again.getByLabel('Registrert i Foretaksregisteret')).toBeChecked();
});

test('the network operator keeps an insurer’s buyer details and an agreement’s B-tariff price in kroner', async ({
  page,
}) => {
  await signIn(page, 'admin', 'network_operator');

  // Vertikal Helse as buyer: a postcode of three digits is refused in words; its reference saved.
  await openMenu(page, 'Forsikringsselskaper');
  await page.getByRole('button', { name: 'Fakturaopplysninger for Vertikal Helse' }).click();
  const buyer = page.getByRole('form', { name: 'Fakturaopplysninger for Vertikal Helse' });
  await expect(buyer.getByLabel('Gateadresse')).toHaveValue('Tordenskiolds gate 8');
  await buyer.getByLabel('Postnummer').fill('016');
  await buyer.getByRole('button', { name: 'Lagre fakturaopplysninger' }).click();
  await expect(buyer.getByText('Postnummeret må ha fire siffer.').first()).toBeVisible();
  await buyer.getByLabel('Postnummer').fill('0160');
  await buyer.getByLabel('Kjøpers referanse').fill('Helseforsikring');
  await buyer.getByRole('button', { name: 'Lagre fakturaopplysninger' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Fakturaopplysningene for Vertikal Helse er lagret.' }),
  ).toBeVisible();

  // If Skadeforsikring – Bergen: the B-tariff prices in kroner; a negative amount and a word are refused in words.
  await openMenu(page, 'Avtaler');
  await page
    .getByRole('button', { name: 'B-takstpriser for If Skadeforsikring – Bergen Helse og Bevegelse' })
    .first()
    .click();
  const prices = page.getByRole('region', { name: 'B-takstpriser: If Skadeforsikring – Bergen Helse og Bevegelse' });
  const b1030 = prices.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'B1030', exact: true }) });
  await expect(b1030).toContainText('900,00 kr');
  const price = b1030.getByLabel('Pris for B1030 i kroner');
  await price.fill('-5');
  await b1030.getByRole('button', { name: 'Lagre' }).click();
  await expect(b1030.getByRole('alert')).toHaveText('Beløpet kan ikke være negativt.');
  await price.fill('ni hundre');
  await price.press('Enter');
  await expect(b1030.getByRole('alert')).toHaveText(
    'Skriv et beløp i kroner med høyst to desimaler, f.eks. 650 eller 650,50.',
  );
  await price.fill('925,50');
  await price.press('Enter');
  await expect(b1030).toContainText('925,50 kr');
  await expect(b1030.getByRole('alert')).toHaveCount(0);

  // A clinic's seller details are the clinic's to keep: the network reads them, with no form to change them.
  await openClinic(page, 'Majorstuen Fysioterapi og Kiropraktikk');
  await openSection(page, 'Fakturaopplysninger');
  await expect(page.getByText('Kirkeveien 64, 0364 Oslo')).toBeVisible();
  await expect(page.getByText('Majorstuen Fysioterapi og Kiropraktikk AS')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lagre fakturaopplysninger' })).toHaveCount(0);
});

// Bad input is refused with its own Norwegian message next to the field, the form keeps what the user typed,
// and nothing is saved.
import { expect, signIn, test } from './fixtures.js';
import { openMenu, openSection } from './configuration-helpers.js';
import { uniqueTag } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

test.describe('bad input in the configuration forms', () => {
  test('an overlapping template window gets its message next to its start time, and the template is not saved', async ({
    page,
  }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
    await openSection(page, 'Ukemaler og arbeidsplan');
    await page.getByLabel('Timebok', { exact: true }).selectOption({ label: 'Kari Nordmann' });
    await expect(page.getByRole('heading', { name: 'Ukemaler for Kari Nordmann' })).toBeVisible();

    const name = `Overlapp ${uniqueTag()}`;
    await page.getByRole('button', { name: 'Ny ukemal' }).click();
    await page.getByLabel('Navn på ukemalen').fill(name);
    await page.getByRole('button', { name: 'Legg til tidsvindu' }).click();
    const first = page.getByRole('group', { name: 'Tidsvindu 1' });
    await first.getByLabel('Ukedag').selectOption({ label: 'Mandag' });
    await first.getByLabel('Fra').fill('08:00');
    await first.getByLabel('Til').fill('12:00');
    await first.getByRole('checkbox', { name: 'Fysioterapi 30 min (30 min)', exact: true }).check();
    await page.getByRole('button', { name: 'Legg til tidsvindu' }).click();
    const second = page.getByRole('group', { name: 'Tidsvindu 2' });
    await second.getByLabel('Ukedag').selectOption({ label: 'Mandag' });
    await second.getByLabel('Fra').fill('11:00');
    await second.getByLabel('Til').fill('14:00');
    await page.getByRole('button', { name: 'Lagre ukemal' }).click();

    const start = second.getByLabel('Fra');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAccessibleDescription(
      /Tidsvinduet 11:00–14:00 overlapper vinduet 08:00–12:00 samme dag\./,
    );
    // The keyboard is put where the fix is, and what the user typed is still there.
    await expect(start).toBeFocused();
    await expect(start).toHaveValue('11:00');
    await expect(page.getByLabel('Navn på ukemalen')).toHaveValue(name);
    await expect(first.getByLabel('Fra')).not.toHaveAttribute('aria-invalid');
    await expect(page.getByRole('alert').filter({ hasText: 'Ingenting er lagret.' })).toBeVisible();

    // Nothing was saved: after a reload the template is not among Kari's.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ukemaler for Kari Nordmann' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Standard uke' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
  });

  test('an invalid HPR number and a type longer than its window are refused at their fields', async ({ page }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();

    const name = `Feil Hpr ${uniqueTag()}`;
    await openSection(page, 'Behandlere');
    await page.getByRole('button', { name: 'Ny behandler' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('Yrke').selectOption({ label: 'Kiropraktor' });
    await page.getByLabel('HPR-nummer').fill('12a');
    await page.getByRole('button', { name: 'Lagre behandler' }).click();
    const hpr = page.getByLabel('HPR-nummer');
    await expect(hpr).toHaveAttribute('aria-invalid', 'true');
    await expect(hpr).toHaveAccessibleDescription(/Ugyldig HPR-nummer \(4–9 siffer\)\./);
    await expect(hpr).toBeFocused();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);

    await openSection(page, 'Ukemaler og arbeidsplan');
    await page.getByLabel('Timebok', { exact: true }).selectOption({ label: 'Kari Nordmann' });
    await page.getByRole('button', { name: 'Ny ukemal' }).click();
    await page.getByLabel('Navn på ukemalen').fill(`For kort ${uniqueTag()}`);
    await page.getByRole('button', { name: 'Legg til tidsvindu' }).click();
    const window1 = page.getByRole('group', { name: 'Tidsvindu 1' });
    await window1.getByLabel('Fra').fill('08:00');
    await window1.getByLabel('Til').fill('08:20');
    await window1.getByRole('checkbox', { name: 'Fysioterapi 30 min (30 min)', exact: true }).check();
    await page.getByRole('button', { name: 'Lagre ukemal' }).click();
    const types = window1.getByRole('group', { name: 'Timetyper i vinduet' });
    await expect(types.locator('[aria-invalid="true"]')).toBeFocused();
    await expect(types).toHaveAccessibleDescription(
      /Timetypen «Fysioterapi 30 min» varer 30 min og får ikke plass i vinduet 08:00–08:20\./,
    );
  });

  test('an invalid org number, a non-B insurance tariff and an agreement ending before it starts are refused at their fields', async ({
    page,
  }) => {
    await signIn(page, 'admin', 'network_operator');

    await openMenu(page, 'Forsikringsselskaper');
    await page.getByRole('button', { name: 'Nytt forsikringsselskap' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(`Feil Forsikring ${uniqueTag()}`);
    await page.getByLabel('Organisasjonsnummer').fill('123456789');
    await page.getByRole('button', { name: 'Lagre forsikringsselskap' }).click();
    const org = page.getByLabel('Organisasjonsnummer');
    await expect(org).toHaveAttribute('aria-invalid', 'true');
    await expect(org).toHaveAccessibleDescription(/Ugyldig organisasjonsnummer/);

    await openMenu(page, 'Takster');
    await page.getByRole('button', { name: 'Ny takst' }).click();
    await page.getByRole('group', { name: 'Type takst' }).getByLabel('Forsikringstakst').check();
    await page.getByLabel('Takstkode').fill('X100');
    await page.getByLabel('Navn', { exact: true }).fill('Feil takst');
    await page.getByRole('button', { name: 'Lagre takst' }).click();
    const code = page.getByLabel('Takstkode');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(
      /Bare B-takster \(f\.eks\. B1011\) kan brukes som forsikringstakst i nettverket\./,
    );
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('rowheader', { name: 'X100' })).toHaveCount(0);

    await openMenu(page, 'Avtaler');
    await page.getByRole('button', { name: 'Ny avtale' }).click();
    await page.getByLabel('Forsikringsselskap').selectOption({ label: 'Vertikal Helse' });
    await page.getByLabel('Klinikk', { exact: true }).selectOption({ label: 'Bergen Helse og Bevegelse' });
    await page.getByLabel('Gyldig fra').fill('01.03.2027');
    await page.getByLabel('Gyldig til').fill('01.02.2027');
    await page.getByRole('button', { name: 'Lagre avtale' }).click();
    const validTo = page.getByLabel('Gyldig til');
    await expect(validTo).toHaveAttribute('aria-invalid', 'true');
    await expect(validTo).toHaveAccessibleDescription(/Avtalen kan ikke slutte før den starter\./);
    await expect(validTo).toHaveValue('01.02.2027');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('row').filter({ hasText: '01.03.2027' })).toHaveCount(0);
  });
});

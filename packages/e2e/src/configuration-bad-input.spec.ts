// Bad input is refused with its own Norwegian message next to the field, the form keeps what the user typed,
// and nothing is saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import { MAJORSTUEN, descriptionOf, openMenu, openSection, uniqueTag } from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('bad input in the configuration forms', () => {
  it('an overlapping template window gets its message next to its start time, and the template is not saved', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await page.getByRole('heading', { level: 1, name: MAJORSTUEN }).waitFor();
    await openSection(page, 'Ukemaler og arbeidsplan');
    await page.getByLabel('Timebok', { exact: true }).selectOption({ label: 'Kari Nordmann' });
    await page.getByRole('heading', { name: 'Ukemaler for Kari Nordmann' }).waitFor();

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
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(start)).toContain('Tidsvinduet 11:00–14:00 overlapper vinduet 08:00–12:00 samme dag.');
    // The keyboard is put where the fix is, and what the user typed is still there.
    expect(await start.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await start.inputValue()).toBe('11:00');
    expect(await page.getByLabel('Navn på ukemalen').inputValue()).toBe(name);
    expect(await first.getByLabel('Fra').getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('alert').filter({ hasText: 'Ingenting er lagret.' }).waitFor();

    // Nothing was saved: after a reload the template is not among Kari's.
    await page.reload();
    await page.getByRole('heading', { name: 'Ukemaler for Kari Nordmann' }).waitFor();
    await page.getByRole('rowheader', { name: 'Standard uke' }).waitFor();
    expect(await page.getByRole('rowheader', { name }).count()).toBe(0);
    await context.close();
  });

  it('an invalid HPR number and a type longer than its window are refused at their fields', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await page.getByRole('heading', { level: 1, name: MAJORSTUEN }).waitFor();

    const name = `Feil Hpr ${uniqueTag()}`;
    await openSection(page, 'Behandlere');
    await page.getByRole('button', { name: 'Ny behandler' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('Yrke').selectOption({ label: 'Kiropraktor' });
    await page.getByLabel('HPR-nummer').fill('12a');
    await page.getByRole('button', { name: 'Lagre behandler' }).click();
    const hpr = page.getByLabel('HPR-nummer');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await descriptionOf(hpr)).toContain('Ugyldig HPR-nummer (4–9 siffer).');
    expect(await hpr.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.getByRole('rowheader', { name }).count()).toBe(0);

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
    await types.locator('[aria-invalid="true"]').waitFor();
    expect(await descriptionOf(types)).toContain(
      'Timetypen «Fysioterapi 30 min» varer 30 min og får ikke plass i vinduet 08:00–08:20.',
    );
    expect(await types.locator('[aria-invalid="true"]').evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('an invalid org number, a non-B insurance tariff and an agreement ending before it starts are refused at their fields', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'network_operator');

    await openMenu(page, 'Forsikringsselskaper');
    await page.getByRole('button', { name: 'Nytt forsikringsselskap' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(`Feil Forsikring ${uniqueTag()}`);
    await page.getByLabel('Organisasjonsnummer').fill('123456789');
    await page.getByRole('button', { name: 'Lagre forsikringsselskap' }).click();
    const org = page.getByLabel('Organisasjonsnummer');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await descriptionOf(org)).toContain('Ugyldig organisasjonsnummer');

    await openMenu(page, 'Takster');
    await page.getByRole('button', { name: 'Ny takst' }).click();
    await page.getByRole('group', { name: 'Type takst' }).getByLabel('Forsikringstakst').check();
    await page.getByLabel('Takstkode').fill('X100');
    await page.getByLabel('Navn', { exact: true }).fill('Feil takst');
    await page.getByRole('button', { name: 'Lagre takst' }).click();
    const code = page.getByLabel('Takstkode');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await descriptionOf(code)).toContain(
      'Bare B-takster (f.eks. B1011) kan brukes som forsikringstakst i nettverket.',
    );
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.getByRole('rowheader', { name: 'X100' }).count()).toBe(0);

    await openMenu(page, 'Avtaler');
    await page.getByRole('button', { name: 'Ny avtale' }).click();
    await page.getByLabel('Forsikringsselskap').selectOption({ label: 'Vertikal Helse' });
    await page.getByLabel('Klinikk', { exact: true }).selectOption({ label: 'Bergen Helse og Bevegelse' });
    await page.getByLabel('Gyldig fra').fill('2027-03-01');
    await page.getByLabel('Gyldig til').fill('2027-02-01');
    await page.getByRole('button', { name: 'Lagre avtale' }).click();
    const validTo = page.getByLabel('Gyldig til');
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await descriptionOf(validTo)).toContain('Avtalen kan ikke slutte før den starter.');
    expect(await validTo.inputValue()).toBe('2027-02-01');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.getByRole('row').filter({ hasText: '01.03.2027' }).count()).toBe(0);
    await context.close();
  });
});

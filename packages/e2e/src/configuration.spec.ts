// A clinic admin sets up a practitioner from nothing until the readiness check is green; the network operator does
// the two steps only the network can do (membership, agreement) in a second browser.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import {
  failingChecks,
  insurerLine,
  openChange,
  openMenu,
  openReadiness,
  openSection,
} from './configuration-helpers.js';
import { uniqueTag } from './network-api.js';
import { MAJORSTUEN } from './spec-practitioners.js';

const tag = uniqueTag();
const practitioner = `Siri Testesen ${tag}`;
const book = `Siri ${tag}`;
const type = `Testtime 30 min ${tag}`;

async function saved(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

async function adminSetsUpEverything(page: Page): Promise<void> {
  // A practitioner with profession and HPR number (N1, N2), and the application for membership.
  await openSection(page, 'Behandlere');
  await page.getByRole('button', { name: 'Ny behandler' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(practitioner);
  await page.getByLabel('Yrke').selectOption({ label: 'Fysioterapeut' });
  await page.getByLabel('HPR-nummer').fill('1234567');
  await page.getByRole('button', { name: 'Lagre behandler' }).click();
  await saved(page, `«${practitioner}» er lagret.`);
  await page.getByRole('button', { name: `Søk om medlemskap for ${practitioner}` }).click();
  await expect(
    page.getByRole('row').filter({ hasText: practitioner }).getByText('Venter på godkjenning'),
  ).toBeVisible();

  // A book owned by the practitioner, online, for «Alle pasienter» (B1–B4).
  await openSection(page, 'Timebøker');
  await page.getByRole('button', { name: 'Ny timebok' }).click();
  await page.getByLabel('Navn på timeboken').fill(book);
  await page.getByRole('group', { name: 'Eier' }).getByLabel('Én behandler').check();
  await page.getByLabel('Behandler som eier timeboken').selectOption({ label: practitioner });
  await page.getByLabel('Åpen for online booking').check();
  await page.getByRole('group', { name: 'Pasientlister som kan bestille online' }).getByLabel('Alle pasienter').check();
  await page.getByRole('button', { name: 'Lagre timebok' }).click();
  await saved(page, `«${book}» er lagret.`);

  // A type, online, with a rule for the book carrying a B-tariff (T2).
  await openSection(page, 'Timetyper');
  await page.getByRole('button', { name: 'Ny timetype' }).click();
  await page.getByLabel('Navn på timetypen').fill(type);
  await page.getByLabel('Varighet (minutter)').fill('30');
  await page.getByLabel('Kan bestilles online').check();
  await page.getByRole('button', { name: 'Lagre timetype' }).click();
  await saved(page, `«${type}» er lagret. Legg til regler per timebok nedenfor.`);
  await page.getByRole('button', { name: 'Ny regel' }).click();
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: book });
  await page.getByLabel('Pasientliste som kan bestille').selectOption({ label: 'Alle pasienter' });
  await page
    .getByRole('group', { name: 'Forsikringstakster (B-takster)' })
    .getByRole('checkbox', { name: 'B1010 Fysioterapi konsultasjon' })
    .check();
  await page.getByRole('button', { name: 'Lagre regel' }).click();
  await saved(page, 'Regelen er lagret.');

  // A week template with a window holding the type, and a work plan using it for the coming weeks (S1).
  await openSection(page, 'Ukemaler og arbeidsplan');
  await page.getByLabel('Timebok', { exact: true }).selectOption({ label: book });
  await expect(page.getByRole('heading', { name: `Ukemaler for ${book}` })).toBeVisible();
  await page.getByRole('button', { name: 'Ny ukemal' }).click();
  await page.getByLabel('Navn på ukemalen').fill('Standard uke');
  await page.getByRole('button', { name: 'Legg til tidsvindu' }).click();
  const window1 = page.getByRole('group', { name: 'Tidsvindu 1' });
  await window1.getByLabel('Ukedag').selectOption({ label: 'Mandag' });
  await window1.getByLabel('Fra').fill('08:00');
  await window1.getByLabel('Til').fill('15:00');
  await window1.getByRole('checkbox', { name: `${type} (30 min)` }).check();
  await page.getByRole('button', { name: 'Lagre ukemal' }).click();
  await saved(page, '«Standard uke» er lagret.');
  await page.getByLabel('Ukemal', { exact: true }).selectOption({ label: 'Standard uke' });
  await page.getByLabel('Antall uker').fill('12');
  await page.getByRole('button', { name: 'Sett ukemalen på ukene' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ukemalen er satt på 12 uker.' })).toBeVisible();
  await page.getByRole('button', { name: 'Lagre arbeidsplan' }).click();
  await saved(page, `Arbeidsplanen for ${book} er lagret.`);
}

async function operatorApproves(page: Page): Promise<void> {
  await openMenu(page, 'Medlemskap');
  await page.getByRole('button', { name: `Godkjenn medlemskap for ${practitioner}` }).click();
  await expect(page.getByRole('row').filter({ hasText: practitioner }).getByText('Godkjent medlem')).toBeVisible();

  // A personal agreement with an insurer the clinic has no valid agreement with yet (N3).
  await openMenu(page, 'Avtaler');
  await page.getByRole('button', { name: 'Ny avtale' }).click();
  await page.getByLabel('Forsikringsselskap').selectOption({ label: 'Vertikal Helse' });
  await page.getByRole('group', { name: 'Avtalen gjelder' }).getByLabel('En behandler personlig').check();
  await page.getByLabel('Klinikk', { exact: true }).selectOption({ label: MAJORSTUEN });
  await expect(
    page.getByLabel('Behandler', { exact: true }).locator('option', { hasText: practitioner }),
  ).toBeAttached();
  await page.getByLabel('Behandler', { exact: true }).selectOption({ label: practitioner });
  await page.getByLabel('Status').selectOption({ label: 'Godkjent' });
  await page.getByRole('button', { name: 'Lagre avtale' }).click();
  await saved(page, 'Avtalen er lagret.');
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: `${practitioner} (personlig)` })
      .getByText('Godkjent'),
  ).toBeVisible();
}

test.describe('configuring a practitioner for network booking', () => {
  // Two browsers and some twenty saves: more than the default minute on a busy two-core machine.
  test.setTimeout(180_000);

  test('a clinic admin sets up everything; once the network approves, every check is green and insurers can book', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'admin', 'clinic_admin');
    await expect(page.getByRole('heading', { level: 1, name: MAJORSTUEN })).toBeVisible();
    await adminSetsUpEverything(page);

    // Everything the clinic can do is done: only the membership, which the network decides, is missing.
    let details = await openReadiness(page, book, type);
    await expect(details).toContainText('1 av');
    await expect(failingChecks(details)).toHaveCount(1);
    await expect(failingChecks(details)).toContainText('N2');
    await expect(failingChecks(details)).toContainText('Kontakt nettverket');
    await expect(insurerLine(details, 'Vertikal Helse')).toContainText('Kan ikke booke');

    const operator = await browser.newContext();
    const operatorPage = await operator.newPage();
    await signIn(operatorPage, 'admin', 'network_operator');
    await operatorApproves(operatorPage);
    await operator.close();

    await page.reload();
    details = await openReadiness(page, book, type);
    await expect(details).toContainText('Alle kontrollene er i orden.');
    await expect(failingChecks(details)).toHaveCount(0);
    await expect(insurerLine(details, 'Vertikal Helse')).toContainText('Kan booke');
    await expect(insurerLine(details, 'Storebrand')).toContainText('Kan booke');
    await expect(insurerLine(details, 'Storebrand')).toContainText('«Bli frisk»');

    // The change log shows who changed what, field by field.
    await openSection(page, 'Endringslogg');
    const entry = page.getByRole('listitem').filter({ hasText: `opprettet behandleren «${practitioner}»` });
    await openChange(entry);
    await expect(entry.getByRole('row').filter({ hasText: 'HPR-nummer' })).toContainText('1234567');
  });
});

// A clinic admin sets up a practitioner from nothing until the readiness check is green; the network operator does
// the two steps only the network can do (membership, agreement) in a second browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import {
  MAJORSTUEN,
  openMenu,
  failingChecks,
  insurerLine,
  openReadiness,
  openSection,
  uniqueTag,
  waitForText,
} from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const tag = uniqueTag();
const practitioner = `Siri Testesen ${tag}`;
const book = `Siri ${tag}`;
const type = `Testtime 30 min ${tag}`;

async function saved(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
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
  await page.getByRole('row').filter({ hasText: practitioner }).getByText('Venter på godkjenning').waitFor();

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
  await page.getByRole('heading', { name: `Ukemaler for ${book}` }).waitFor();
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
  await page.getByRole('status').filter({ hasText: 'Ukemalen er satt på 12 uker.' }).waitFor();
  await page.getByRole('button', { name: 'Lagre arbeidsplan' }).click();
  await saved(page, `Arbeidsplanen for ${book} er lagret.`);
}

async function operatorApproves(page: Page): Promise<void> {
  await openMenu(page, 'Medlemskap');
  await page.getByRole('button', { name: `Godkjenn medlemskap for ${practitioner}` }).click();
  await page.getByRole('row').filter({ hasText: practitioner }).getByText('Godkjent medlem').waitFor();

  // A personal agreement with an insurer the clinic has no valid agreement with yet (N3).
  await openMenu(page, 'Avtaler');
  await page.getByRole('button', { name: 'Ny avtale' }).click();
  await page.getByLabel('Forsikringsselskap').selectOption({ label: 'Vertikal Helse' });
  await page.getByRole('group', { name: 'Avtalen gjelder' }).getByLabel('En behandler personlig').check();
  await page.getByLabel('Klinikk', { exact: true }).selectOption({ label: MAJORSTUEN });
  await page
    .getByLabel('Behandler', { exact: true })
    .locator('option', { hasText: practitioner })
    .waitFor({ state: 'attached' });
  await page.getByLabel('Behandler', { exact: true }).selectOption({ label: practitioner });
  await page.getByLabel('Status').selectOption({ label: 'Godkjent' });
  await page.getByRole('button', { name: 'Lagre avtale' }).click();
  await saved(page, 'Avtalen er lagret.');
  await page
    .getByRole('row')
    .filter({ hasText: `${practitioner} (personlig)` })
    .getByText('Godkjent')
    .waitFor();
}

describe('configuring a practitioner for network booking', () => {
  it('a clinic admin sets up everything; once the network approves, every check is green and insurers can book', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin', 'clinic_admin');
    await admin.page.getByRole('heading', { level: 1, name: MAJORSTUEN }).waitFor();
    await adminSetsUpEverything(admin.page);

    // Everything the clinic can do is done: only the membership, which the network decides, is missing.
    let details = await openReadiness(admin.page, book, type);
    await waitForText(details, '1 av');
    const failing = await failingChecks(details);
    expect(failing).toHaveLength(1);
    expect(failing[0]).toContain('N2');
    expect(failing[0]).toContain('Kontakt nettverket');
    await waitForText(insurerLine(details, 'Vertikal Helse'), 'Kan ikke booke');

    const operator = await newPage(browser);
    await signIn(operator.page, 'admin', 'network_operator');
    await operatorApproves(operator.page);
    await operator.context.close();

    await admin.page.reload();
    details = await openReadiness(admin.page, book, type);
    await waitForText(details, 'Alle kontrollene er i orden.');
    expect(await failingChecks(details)).toEqual([]);
    await waitForText(insurerLine(details, 'Vertikal Helse'), 'Kan booke');
    await waitForText(insurerLine(details, 'Storebrand'), 'Kan booke');
    expect(await insurerLine(details, 'Storebrand').innerText()).toContain('«Bli frisk»');

    // The change log shows who changed what, field by field.
    await openSection(admin.page, 'Endringslogg');
    const entry = admin.page.getByRole('listitem').filter({ hasText: `opprettet behandleren «${practitioner}»` });
    await entry.waitFor();
    expect(await entry.getByRole('row').filter({ hasText: 'HPR-nummer' }).innerText()).toContain('1234567');
    await admin.context.close();
    // Two browsers and some twenty saves: more than the default minute on a busy two-core machine.
  }, 180_000);
});

// The clinic's patient card is the clinic's (issue #7): a booking made with other details than the card leaves the card
// as it is; the clinic sees the difference in the appointment dialog and on the card and takes it over in one action.
// And a case id another patient already has is refused beside the agent's case id field, the hold kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signIn } from './browser.js';
import { fieldError, searchKari } from './agent-helpers.js';
import { bookAsAgent, oslo, osloIsoDate, osloTime, syntheticNationalId } from './network-api.js';
import { openSection, uniqueTag } from './configuration-helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the patient card is the clinic’s', () => {
  it('the clinic sees a booking made with other details than its card, and takes them over', async () => {
    const tag = uniqueTag();
    const nationalId = syntheticNationalId();
    const onCard = { name: `Ida Kort ${tag}`, email: 'ida@example.no' };
    const booked = { name: `Ida Annen ${tag}`, email: 'annen@example.com' };

    // The first booking makes the card; the second, for the same person with other details, must not change it.
    const agent = await newPage(browser);
    await bookAsAgent(agent.context.request, { nationalId, ...onCard }, null);
    const hit = await bookAsAgent(agent.context.request, { nationalId, ...booked }, null);
    await agent.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'admin', 'clinic_admin');
    await openSection(page, 'Timebok');
    await page.getByLabel('Gå til dato').fill(oslo(hit.startAt, { day: '2-digit', month: '2-digit', year: 'numeric' }));
    await page.getByLabel('Gå til dato').press('Enter');
    await page.waitForURL(new RegExp(`dato=${osloIsoDate(hit.startAt)}`));
    // The calendar names the card's patient; the booking is the one at the second booking's time.
    const appointment = page
      .getByRole('button', { name: new RegExp(onCard.name) })
      .filter({ hasText: `${osloTime(hit.startAt)}–` });
    await appointment.click();

    const dialog = page.getByRole('dialog');
    const differences = dialog.getByRole('region', {
      name: 'Timen er bestilt med andre opplysninger enn pasientkortet',
    });
    await differences.waitFor();
    const rows = await differences.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['Navn', onCard.name, booked.name],
      ['E-post', onCard.email, booked.email],
    ]);
    // By keyboard: the action is a button that Enter presses.
    await differences.getByRole('button', { name: 'Ta over opplysningene fra timen' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Pasientkortet har nå navn og e-post fra timen.' }).waitFor();
    await differences.waitFor({ state: 'detached' });

    // The card now holds the booking's details; the first booking is now the one that says something else.
    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await page.getByRole('heading', { level: 3, name: booked.name }).waitFor();
    await page.getByText(booked.email, { exact: true }).first().waitFor();
    const section = page.getByRole('region', { name: 'Opplysninger som avviker fra pasientkortet' });
    await section.waitFor();
    expect(
      await section
        .getByRole('button', {
          name: /^Ta over opplysningene fra timen \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(Storebrand\)$/,
        })
        .count(),
    ).toBe(1);
    await page
      .getByRole('region', { name: 'Tilgangslogg', exact: true })
      .first()
      .getByRole('row')
      .filter({ hasText: 'Endret pasientkortet' })
      .filter({ hasText: 'navn og e-post tatt over fra timen' })
      .waitFor();
    await context.close();
  });

  it('the agent is told beside the case id field that the case id is another patient’s, and books on the same hold', async () => {
    const caseId = `K${uniqueTag().toUpperCase()}`;
    const agent = await newPage(browser);
    await bookAsAgent(agent.context.request, { nationalId: syntheticNationalId(), name: 'Første Sakseier' }, caseId);
    await agent.context.close();

    const { context, page } = await newPage(browser);
    const kari = await searchKari(page);
    await kari
      .getByRole('link', { name: /^Bestill / })
      .last()
      .click();
    await page.getByRole('timer').waitFor();
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
    await page.getByLabel('Pasientens navn').fill('Andre Pasient');
    await page.getByLabel('E-post').fill('andre@example.no');
    await page.getByLabel('SakID (valgfritt)').fill(caseId.toLowerCase());
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await page.getByRole('region', { name: 'Oppsummering' }).getByRole('button', { name: 'Bekreft booking' }).click();

    // Back in the form, the keyboard in the case id field, the sentence under it; the time is still held.
    const sentence =
      'Denne SakID-en hører til en annen pasient hos forsikringsselskapet ditt. Sjekk SakID-en og fødselsnummeret – timen er ikke bestilt ennå.';
    await page.waitForFunction(() => document.activeElement?.id === 'patient-caseId');
    expect(await fieldError(page, 'SakID (valgfritt)')).toBe(sentence);
    await page.getByRole('timer').waitFor();

    await page.getByLabel('SakID (valgfritt)').fill('');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await page.getByRole('region', { name: 'Oppsummering' }).getByRole('button', { name: 'Bekreft booking' }).click();
    await page.getByRole('heading', { name: 'Timen er bestilt', level: 1 }).waitFor();
    await page.getByText('Uten SakID betaler pasienten timen selv.').waitFor();
    await context.close();
  });
});

// The clinic's patient card is the clinic's (issue #7): a booking made with other details than the card leaves the card
// as it is; the clinic sees the difference in the appointment dialog and on the card and takes it over in one action.
// And a case id another patient already has is refused beside the agent's case id field, the hold kept.
import { expect, signIn, test } from './fixtures.js';
import { confirmSummary, expectFieldError, searchPractitioner } from './agent-helpers.js';
import { openSection } from './configuration-helpers.js';
import { bookAsAgent, osloDisplayDate, osloIsoDate, osloTime, syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.patientCard;
test.beforeAll(() => seedPractitioner(practitioner));

test.describe('the patient card is the clinic’s', () => {
  test('the clinic sees a booking made with other details than its card, and takes them over', async ({
    page,
    request,
  }) => {
    const tag = uniqueTag();
    const nationalId = syntheticNationalId();
    const onCard = { name: `Ida Kort ${tag}`, email: 'ida@example.no' };
    const booked = { name: `Ida Annen ${tag}`, email: 'annen@example.com' };

    // The first booking makes the card; the second, for the same person with other details, must not change it.
    await bookAsAgent(request, practitioner, { nationalId, ...onCard }, null);
    const hit = await bookAsAgent(request, practitioner, { nationalId, ...booked }, null);

    await signIn(page, 'admin', 'clinic_admin');
    await openSection(page, 'Timebok');
    await page.getByLabel('Gå til dato').fill(osloDisplayDate(hit.startAt));
    await page.getByLabel('Gå til dato').press('Enter');
    await expect(page).toHaveURL(new RegExp(`dato=${osloIsoDate(hit.startAt)}`));
    // The calendar names the card's patient; the booking is the one at the second booking's time.
    const appointment = page
      .getByRole('button', { name: new RegExp(onCard.name) })
      .filter({ hasText: `${osloTime(hit.startAt)}–` });
    await appointment.click();

    const dialog = page.getByRole('dialog');
    const differences = dialog.getByRole('region', {
      name: 'Timen er bestilt med andre opplysninger enn pasientkortet',
    });
    const rows = differences.getByRole('row');
    await expect(rows).toHaveCount(3);
    const texts = await rows.allInnerTexts();
    expect(texts.slice(1).map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['Navn', onCard.name, booked.name],
      ['E-post', onCard.email, booked.email],
    ]);
    // By keyboard: the action is a button that Enter presses.
    await differences.getByRole('button', { name: 'Ta over opplysningene fra timen' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      dialog.getByRole('status').filter({ hasText: 'Pasientkortet har nå navn og e-post fra timen.' }),
    ).toBeVisible();
    await expect(differences).toHaveCount(0);

    // The card now holds the booking's details; the first booking is now the one that says something else.
    await dialog.getByRole('link', { name: 'Åpne pasientkortet' }).click();
    await expect(page.getByRole('heading', { level: 3, name: booked.name })).toBeVisible();
    await expect(page.getByText(booked.email, { exact: true }).first()).toBeVisible();
    const section = page.getByRole('region', { name: 'Opplysninger som avviker fra pasientkortet' });
    await expect(
      section.getByRole('button', {
        name: /^Ta over opplysningene fra timen \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(Storebrand\)$/,
      }),
    ).toHaveCount(1);
    await expect(
      page
        .getByRole('region', { name: 'Tilgangslogg', exact: true })
        .first()
        .getByRole('row')
        .filter({ hasText: 'Endret pasientkortet' })
        .filter({ hasText: 'navn og e-post tatt over fra timen' }),
    ).toBeVisible();
  });

  test('the agent is told beside the case id field that the case id is another patient’s, and books on the same hold', async ({
    page,
    request,
  }) => {
    const caseId = `K${uniqueTag().toUpperCase()}`;
    await bookAsAgent(request, practitioner, { nationalId: syntheticNationalId(), name: 'Første Sakseier' }, caseId);

    const hit = await searchPractitioner(page, practitioner);
    await hit
      .getByRole('link', { name: /^Bestill / })
      .last()
      .click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticNationalId());
    await page.getByLabel('Pasientens navn').fill('Andre Pasient');
    await page.getByLabel('E-post').fill('andre@example.no');
    await page.getByLabel('SakID (valgfritt)').fill(caseId.toLowerCase());
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await confirmSummary(page);

    // Back in the form, the keyboard in the case id field, the sentence under it; the time is still held.
    await expect(page.locator('#patient-caseId')).toBeFocused();
    await expectFieldError(
      page,
      'SakID (valgfritt)',
      'Denne SakID-en hører til en annen pasient hos forsikringsselskapet ditt. Sjekk SakID-en og fødselsnummeret – timen er ikke bestilt ennå.',
    );
    await expect(page.getByRole('timer')).toBeVisible();

    await page.getByLabel('SakID (valgfritt)').fill('');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await confirmSummary(page);
    await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
    await expect(page.getByText('Uten SakID betaler pasienten timen selv.')).toBeVisible();
  });
});

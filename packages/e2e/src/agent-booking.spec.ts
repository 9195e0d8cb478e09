// Storebrand's agent books the spec's own practitioner (Lysaker, B1010) for patients. Each test uses its own patients,
// so the book's limit of online bookings per patient is never what decides.
import { expect, test } from './fixtures.js';
import { confirmSummary, expectFieldError, searchPractitioner } from './agent-helpers.js';
import { SPEC_PRACTITIONERS, seedPractitioner, SPEC_TYPE, TEST_DEPARTMENT } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.agentBooking;
test.beforeAll(() => seedPractitioner(practitioner));
const ADDRESS = `${TEST_DEPARTMENT.name}, ${TEST_DEPARTMENT.address}`;

test.describe('the insurer agent books a time for a patient', () => {
  test('holds the time with a countdown, checks the national id, confirms the summary once, and finds it in «Mine bookinger»', async ({
    page,
  }) => {
    const hit = await searchPractitioner(page, practitioner);
    const time = hit
      .getByRole('link', {
        name: new RegExp(`^Bestill \\d{2}:\\d{2} \\d{2}\\.\\d{2}\\.\\d{4} hos ${practitioner.name}, `),
      })
      .first();
    const [, hhmm, date] = /^Bestill (\d{2}:\d{2}) (\S+)/.exec((await time.getAttribute('aria-label'))!)!;
    await time.click();
    await expect(page).toHaveURL(/\/agent\/bestill\?/);
    await expect(page.getByRole('heading', { name: 'Bestill time', level: 1 })).toBeVisible();

    // The time is held at once, with a visible mm:ss countdown of at most five minutes.
    await expect(page.getByRole('timer')).toHaveText(/^0[0-5]:[0-5]\d$/);
    const slot = page.locator('.booking-slot');
    await expect(slot.getByText(ADDRESS)).toBeVisible();
    await expect(slot.getByText(date!)).toBeVisible();
    await expect(slot.getByText(new RegExp(`^${hhmm}–\\d{2}:\\d{2}$`))).toBeVisible();
    await expect(slot.getByText(SPEC_TYPE.name)).toBeVisible();

    // A national id with a wrong check digit: the domain's own sentence, next to the field, when leaving it.
    await page.getByLabel('Fødselsnummer eller D-nummer').fill('30108299921');
    await page.getByLabel('Pasientens navn').focus();
    await expectFieldError(page, 'Fødselsnummer eller D-nummer', 'Fødselsnummeret har feil kontrollsiffer.');
    await page.getByLabel('Pasientens navn').fill('Åse Bookingtest');
    await page.getByLabel('Mobilnummer').fill('912 34 567');
    await page.getByLabel('SakID (valgfritt)').fill('6qp');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    // Still the form; the keyboard is in the first field to fix.
    await expect(page.locator('#patient-nationalId')).toBeFocused();
    await expectFieldError(page, 'SakID (valgfritt)', null);

    await page.getByLabel('Fødselsnummer eller D-nummer').fill('301082 99920');
    await page.getByLabel('SakID (valgfritt)').fill('6qptr');
    await page.getByRole('button', { name: 'Gå videre' }).click();

    // The summary: the time, the patient with the national id masked, the case id as the insurer writes it.
    const summary = page.getByRole('region', { name: 'Oppsummering' });
    for (const text of [
      practitioner.name,
      'Majorstuen Fysioterapi og Kiropraktikk',
      ADDRESS,
      '30 minutter',
      'Åse Bookingtest',
      '301082*****',
      '6QPTR',
      '+4791234567',
    ]) {
      await expect(summary.getByText(text).first()).toBeVisible();
    }
    await expect(summary).not.toContainText('30108299920');
    await expect(page.locator('#summary-heading')).toBeFocused();

    // A double click books once: the same idempotency key, and the button waits.
    await confirmSummary(page, 'dblclick');
    await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
    await expect(page.getByText('Et forsikringskrav med SakID 6QPTR er opprettet på pasientkortet.')).toBeVisible();
    const referenceText = page.locator('.booking-reference');
    await expect(referenceText).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const reference = (await referenceText.textContent())!;

    // A reload shows the receipt again; it never holds or books anew.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
    await expect(referenceText).toHaveText(reference);

    await page.getByRole('link', { name: 'Se mine bookinger' }).click();
    await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
    const rows = page.getByRole('row').filter({ hasText: 'Åse Bookingtest' });
    await expect(rows).toHaveCount(1);
    for (const text of [date!, hhmm!, practitioner.name, 'B1010', '6QPTR', 'Bestilt'])
      await expect(rows).toContainText(text);
  });

  test('tells a second agent trying the same time that it is taken, and gives it back when the first one leaves', async ({
    browser,
  }) => {
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    const hitFirst = await searchPractitioner(first, practitioner);
    const hitSecond = await searchPractitioner(second, practitioner);

    const time = hitFirst.getByRole('link', { name: /^Bestill / }).first();
    const href = (await time.getAttribute('href'))!;
    const sameTime = hitSecond.locator(`a[href="${href}"]`);
    await expect(sameTime).toBeVisible();

    await time.click();
    await expect(first.getByRole('timer')).toBeVisible();
    // A reload continues the same hold (the attempt's idempotency key is in the history entry), never a second one.
    await first.reload();
    await expect(first.getByRole('timer')).toBeVisible();
    await expect(first.getByRole('heading', { name: 'Timen kunne ikke holdes av' })).toHaveCount(0);

    await sameTime.click();
    await expect(second.getByRole('heading', { name: 'Timen kunne ikke holdes av' })).toBeVisible();
    await expect(second.getByText('Timen er nettopp tatt av noen andre. Velg en annen tid.')).toBeVisible();
    await expect(second.getByRole('textbox', { name: 'Pasientens navn' })).toHaveCount(0);

    // «Avbryt» gives the time back: the second agent can hold it now.
    await first.getByRole('button', { name: 'Avbryt' }).click();
    await expect(first.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await second.getByRole('link', { name: 'Tilbake til søket' }).first().click();
    await expect(second.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await second.reload();
    await second.locator(`a[href="${href}"]`).click();
    await expect(second.getByRole('timer')).toBeVisible();
    await second.getByRole('button', { name: 'Avbryt' }).click();
    await expect(second.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
    await first.context().close();
    await second.context().close();
  });

  test('says when the hold has run out, and holds the time again keeping what was typed', async ({ page }) => {
    // The page's clock is ours to move; the server's is not, so its hold is still there when the page's runs out.
    await page.clock.install();
    const hit = await searchPractitioner(page, practitioner);
    await hit
      .getByRole('link', { name: /^Bestill / })
      .last()
      .click();
    const timer = page.getByRole('timer');
    await expect(timer).toBeVisible();
    await page.getByLabel('Pasientens navn').fill('Cecilie Tidsfrist');

    // Five minutes and a second on, the page's clock stops: its countdown ticks no more, so what it shows stays put
    // while the test reads it and presses «Hold av timen på nytt».
    await page.clock.pauseAt(Date.now() + 5 * 60_000 + 1_000);
    await expect(page.getByRole('alert').filter({ hasText: 'Tiden for å holde av timen er ute' })).toBeVisible();
    await expect(
      page.getByText('Timen er ikke bestilt, og andre kan nå bestille den.', { exact: false }),
    ).toBeVisible();
    await expect(timer).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Tilbake til søket' }).last()).toBeVisible();

    // Back to the real time, then hold again: the old hold is given back first, so the new one is not refused. The
    // clock runs again once the button is pressed, and the new hold counts down from (nearly) five minutes.
    await page.clock.setSystemTime(Date.now());
    await page.getByRole('button', { name: 'Hold av timen på nytt' }).click();
    await page.clock.resume();
    await expect(timer).toHaveText(/^0[45]:[0-5]\d$/);
    await expect(page.getByLabel('Pasientens navn')).toHaveValue('Cecilie Tidsfrist');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('heading', { name: 'Finn behandler', level: 1 })).toBeVisible();
  });

  test('books from the week view without a case id and cancels in «Mine bookinger»', async ({ page }) => {
    const hit = await searchPractitioner(page, practitioner);
    await hit.getByRole('link', { name: /Se uke/ }).click();
    await expect(page.getByRole('heading', { name: `Ledige timer – ${practitioner.name}`, level: 1 })).toBeVisible();
    // Two weeks ahead: well before the 24-hour cancellation deadline of the book.
    const caption = page.locator('.week-caption');
    for (let i = 0; i < 2; i++) {
      const shown = (await caption.textContent())!;
      await page.getByRole('button', { name: /Neste uke/ }).click();
      await expect(caption).not.toHaveText(shown);
    }
    const time = page
      .locator('.week-time')
      .getByRole('link', { name: /^Bestill / })
      .first();
    const [, hhmm, date] = /^Bestill (\d{2}:\d{2}) (\S+)/.exec((await time.getAttribute('aria-label'))!)!;
    await time.click();
    await expect(page.getByRole('timer')).toBeVisible();

    await page.getByLabel('Fødselsnummer eller D-nummer').fill('02013299997');
    await page.getByLabel('Pasientens navn').fill('Bjørn Avbestilling');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await expectFieldError(
      page,
      'Mobilnummer',
      'Oppgi telefonnummer eller e-postadresse, så pasienten får bekreftelsen.',
    );
    await page.getByLabel('E-post').fill('bjorn@example.no');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    const summary = page.getByRole('region', { name: 'Oppsummering' });
    await expect(summary.getByText('Ingen SakID – pasienten betaler selv')).toBeVisible();
    await summary.getByRole('button', { name: 'Endre' }).click();
    // «Endre» keeps what was typed.
    await expect(page.getByLabel('Pasientens navn')).toHaveValue('Bjørn Avbestilling');
    await page.getByRole('button', { name: 'Gå videre' }).click();
    // Two weeks ahead the booking can still be changed: no warning, nothing to tick.
    await expect(summary.getByRole('button', { name: 'Bekreft booking' })).toBeEnabled();
    await expect(summary.getByText('Timen kan ikke endres eller avbestilles')).toHaveCount(0);
    await expect(summary.getByRole('checkbox')).toHaveCount(0);
    await summary.getByRole('button', { name: 'Bekreft booking' }).click();
    await expect(page.getByRole('heading', { name: 'Timen er bestilt', level: 1 })).toBeVisible();
    await expect(page.getByText('Uten SakID betaler pasienten timen selv.')).toBeVisible();

    await page.getByRole('link', { name: 'Mine bookinger' }).first().click();
    await expect(page.getByRole('heading', { name: 'Mine bookinger', level: 1 })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Bjørn Avbestilling' });
    await row.getByRole('button', { name: `Avbestill timen ${date} ${hhmm} for Bjørn Avbestilling` }).click();
    await expect(
      row.getByText(`Avbestille timen ${date} ${hhmm} hos ${practitioner.name}? Pasienten får beskjed.`),
    ).toBeVisible();
    await row.getByRole('button', { name: 'Ja, avbestill' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Timen ${date} ${hhmm} hos ${practitioner.name} er avbestilt.` }),
    ).toBeVisible();
    await expect(row.getByText('Avbestilt', { exact: true })).toBeVisible();
    await expect(row.getByRole('button')).toHaveCount(0);
  });
});

// The operator's «Webhooks» (issue 13): registers Storebrand's receiver (a bad address refused beside its field), sees
// the signing secret once, and the booking an agent makes arrives signed with it; the delivery log shows it delivered
// and sends it again with the same event id; a receiver that fails shows up as a new attempt; a new secret signs
// beside the old one through the grace period; deactivation is asked first and stops the replay. Once in English.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, signIn, test } from './fixtures.js';
import { bookAsAgent, syntheticNationalId, uniqueTag } from './network-api.js';
import { SPEC_PRACTITIONERS, seedPractitioner } from './spec-practitioners.js';

const practitioner = SPEC_PRACTITIONERS.webhooks;

interface Received {
  eventId: string;
  type: string;
  signatures: string[];
  t: string;
  body: string;
}

/** An insurer's receiver on this machine: keeps every request; answers 500 while `failing`. */
function receiver() {
  const received: Received[] = [];
  const state = { failing: false };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const header = String(req.headers['bn-signature'] ?? '');
      const parts = header.split(',').map((p) => p.split('=') as [string, string]);
      received.push({
        eventId: String(req.headers['bn-event-id']),
        type: (JSON.parse(body) as { type: string }).type,
        t: parts.find(([k]) => k === 't')?.[1] ?? '',
        signatures: parts.filter(([k]) => k === 'v1').map(([, v]) => v),
        body,
      });
      res.writeHead(state.failing ? 500 : 204).end(state.failing ? 'nede for vedlikehold' : undefined);
    });
  });
  return { server, received, state };
}

const sign = (secret: string, r: Received) => createHmac('sha256', secret).update(`${r.t}.${r.body}`).digest('hex');

test.describe('the operator’s webhooks', () => {
  const hook = receiver();
  let url = '';
  test.beforeAll(async () => {
    await seedPractitioner(practitioner);
    await new Promise<void>((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/bn-hook-${uniqueTag()}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => hook.server.close(() => resolve())));

  test('register, the secret once, a signed booking, the delivery log, replay, a new secret, deactivate', async ({
    page,
    request,
  }) => {
    await signIn(page, 'admin', 'network_operator');
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Ny webhook' }).click();
    const form = page.getByRole('form', { name: 'Ny webhook' });
    await form.getByLabel('Forsikringsselskap').selectOption({ label: 'Storebrand' });
    const address = form.getByLabel('Adresse (URL)');
    await address.fill('http://kvittering.example.no/hook');
    await form.getByRole('button', { name: 'Registrer webhook' }).click();
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(address).toHaveAccessibleDescription(/Adressen må bruke https \(http bare til localhost\)\./);
    await expect(address).toBeFocused();

    await address.fill(url);
    await expect(form.getByLabel('Booking laget')).toBeChecked();
    await expect(form.getByLabel('Booking flyttet')).toBeChecked();
    await form.getByRole('button', { name: 'Registrer webhook' }).click();
    const issued = page.getByTestId('issued-webhook-secret');
    await expect(issued).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
    const secret = (await issued.textContent())!;
    await page.getByRole('button', { name: 'Ferdig' }).click();
    await expect(issued).toHaveCount(0);
    const row = page.getByRole('row').filter({ hasText: url });
    await expect(row.getByRole('rowheader')).toHaveText('Storebrand');
    await expect(row).toContainText('Aktiv');
    await expect(page.getByText(secret)).toHaveCount(0);

    // An agent books for Storebrand: the receiver gets booking.created, signed with the secret just shown.
    await bookAsAgent(
      request,
      practitioner,
      { nationalId: syntheticNationalId(), name: `Vera Varsel ${uniqueTag()}` },
      null,
    );
    await expect
      .poll(() => hook.received.filter((r) => r.type === 'booking.created').length, { timeout: 30_000 })
      .toBe(1);
    const created = hook.received.find((r) => r.type === 'booking.created')!;
    expect(created.signatures).toEqual([sign(secret, created)]);

    // The delivery log, linked from the row: delivered, one attempt, the receiver's 204.
    await row.getByRole('button', { name: `Leveranser til ${url}` }).click();
    const log = page.getByRole('region', { name: `Leveranser til ${url}` });
    await expect(log.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page).toHaveURL(/leveranser=/);
    const delivery = log.getByRole('row').filter({ hasText: created.eventId });
    await expect(delivery).toContainText('booking.created');
    await expect(delivery).toContainText(/Levert \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    await expect(delivery).toContainText('HTTP 204');

    // Replay while the receiver is down: the same event id arrives again, and the log shows the 500 and a next try.
    hook.state.failing = true;
    await delivery.getByRole('button', { name: `Send booking.created ${created.eventId} på nytt` }).click();
    await expect(log.getByRole('status')).toHaveText('Meldingen sendes på nytt om et øyeblikk.');
    await expect
      .poll(() => hook.received.filter((r) => r.eventId === created.eventId).length, { timeout: 30_000 })
      .toBe(2);
    await expect(async () => {
      await page.reload();
      await expect(delivery).toContainText('HTTP 500', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(delivery).toContainText(/Nytt forsøk \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    await expect(delivery).toContainText('nede for vedlikehold');
    hook.state.failing = false;

    // A new secret: shown once; the old one signs beside it through the grace period (24 hours by default).
    await row.getByRole('button', { name: `Ny hemmelighet for ${url}` }).click();
    await expect(issued).toHaveText(/^whsec_/);
    const newSecret = (await issued.textContent())!;
    expect(newSecret).not.toBe(secret);
    await page.getByRole('button', { name: 'Ferdig' }).click();
    await expect(row).toContainText(/Forrige hemmelighet signerer også til \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    await delivery.getByRole('button', { name: /på nytt$/ }).click();
    await expect
      .poll(() => hook.received.filter((r) => r.eventId === created.eventId).length, { timeout: 30_000 })
      .toBe(3);
    const third = hook.received.filter((r) => r.eventId === created.eventId)[2]!;
    expect(third.body, 'a replay sends the same body').toBe(created.body);
    expect(third.signatures).toEqual([sign(newSecret, third), sign(secret, third)]);

    // Deactivate: asked first (Escape keeps it), then nothing more can be sent to it.
    await row.getByRole('button', { name: `Deaktiver ${url}` }).click();
    const dialog = page.getByRole('dialog', { name: `Deaktivere webhooken til ${url}?` });
    await expect(dialog).toContainText('Storebrand får ingen flere meldinger');
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Aktiv');
    await row.getByRole('button', { name: `Deaktiver ${url}` }).click();
    await dialog.getByRole('button', { name: 'Deaktiver' }).click();
    await expect(row).toContainText('Deaktivert');
    await expect(row.getByRole('button', { name: `Ny hemmelighet for ${url}` })).toHaveCount(0);
    await expect(log).toContainText('Webhooken er deaktivert; ingenting kan sendes på nytt.');
    await expect(delivery.getByRole('button', { name: /på nytt$/ })).toHaveCount(0);

    // The same screen in English.
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('button', { name: 'New webhook' })).toBeVisible();
    await expect(row).toContainText('Deactivated');
    const logEn = page.getByRole('region', { name: `Deliveries to ${url}` });
    await expect(logEn.getByRole('columnheader', { name: 'Event id' })).toBeVisible();
    await expect(logEn).toContainText('The webhook is deactivated; nothing can be sent again.');
    await page.getByLabel('Language').selectOption('nb');
  });
});

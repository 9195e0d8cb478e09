// Insurer apps' API keys: the operator creates, rotates (old and new valid together for the grace period) and
// revokes them; the public API's authentication accepts exactly the keys that are in use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { isAppError } from '@bn/domain';
import { callerAs, failureOf, TestClock, type Caller } from '../../testing/index.js';
import { authenticateApiKey } from './authenticate-api-key.js';
import { throttleApiKey } from './throttle-api-key.js';

describe('API keys', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let operator: Caller;
  const clock = new TestClock(new Date('2026-12-03T09:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    operator = await callerAs(db.orm, net.users.network_operator.user, { now: clock.now });
  });
  afterAll(() => db?.drop());

  const refusalOf = async (key: string | undefined) => {
    try {
      await authenticateApiKey({ em: db.orm.em.fork(), authorization: key && `Bearer ${key}`, now: clock.now() });
    } catch (e) {
      if (isAppError(e)) return [e.code, e.values?.reason];
    }
    return null;
  };

  it('shows a new key once, stores only its hash, and lets the insurer app in with it', async () => {
    const { key, view } = await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' });
    expect(key).toMatch(/^bnk_[a-z0-9]{16}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`bnk_${view.keyId}_`)).toBe(true);
    expect(view).toMatchObject({ insurerName: 'Forsikring X', label: 'Bli frisk', status: 'active' });
    const rows = await db.orm.em.fork().execute<Record<string, unknown>[]>('select * from api_key');
    expect(JSON.stringify(rows)).not.toContain(key.split('_')[2]);
    const listed = await operator.apiKeys.list({ insurerId: net.insurerX.id });
    expect(JSON.stringify(listed)).not.toContain(key.split('_')[2]);
    expect(listed.map((k) => k.keyId)).toEqual([view.keyId]);

    const caller = await authenticateApiKey({
      em: db.orm.em.fork(),
      authorization: `Bearer ${key}`,
      now: clock.now(),
    });
    expect(caller.booker).toEqual({ kind: 'insurer_app', keyId: view.id, insurerId: net.insurerX.id });
    const audit = await db.orm.em.fork().find(AuditEntry, { entity: 'api_key', entityId: view.id });
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([['create', net.users.network_operator.user.name]]);
    expect(JSON.stringify(audit)).not.toContain(key.split('_')[2]);
  });

  it('refuses a missing, malformed, unknown or tampered key alike', async () => {
    const { key } = await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Annen app' });
    expect(await refusalOf(undefined)).toEqual(['API_KEY_INVALID', 'missing']);
    expect(await refusalOf('nonsense')).toEqual(['API_KEY_INVALID', 'unknown']);
    expect(await refusalOf(`bnk_aaaaaaaaaaaaaaaa_${'x'.repeat(43)}`)).toEqual(['API_KEY_INVALID', 'unknown']);
    const tampered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect(await refusalOf(tampered)).toEqual(['API_KEY_INVALID', 'unknown']);
    expect(await refusalOf(key)).toBeNull();
  });

  it('keeps the old key working beside the new one for the grace period after a rotation, then not', async () => {
    const first = await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' });
    const second = await operator.apiKeys.rotate({ id: first.view.id, graceHours: 2 });
    expect(second.view).toMatchObject({ label: 'Y-appen', insurerId: net.insurerY.id, status: 'active' });
    expect(await refusalOf(first.key)).toBeNull();
    expect(await refusalOf(second.key)).toBeNull();
    const listed = await operator.apiKeys.list({ insurerId: net.insurerY.id });
    expect(listed.find((k) => k.id === first.view.id)).toMatchObject({
      status: 'grace',
      replacedByKeyId: second.view.keyId,
      expiresAt: new Date(clock.now().getTime() + 2 * 3_600_000),
    });
    // A key already rotated is not rotated again: its successor is.
    expect(await failureOf(operator.apiKeys.rotate({ id: first.view.id, graceHours: 1 }))).toMatchObject({
      message: 'API_KEY_NOT_ACTIVE',
      data: { values: { reason: 'rotated' } },
    });

    clock.advance(2 * 3_600_000);
    // A new sign-in: the operator's session has been idle too long on the moved clock.
    operator = await callerAs(db.orm, net.users.network_operator.user, { now: clock.now });
    expect(await refusalOf(first.key)).toEqual(['API_KEY_INVALID', 'expired']);
    expect(await refusalOf(second.key)).toBeNull();
    expect(await failureOf(operator.apiKeys.revoke({ id: first.view.id }))).toMatchObject({
      message: 'API_KEY_NOT_ACTIVE',
      data: { values: { reason: 'expired' } },
    });
  });

  it('ends a revoked key at once, also inside a grace period', async () => {
    const first = await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Z' });
    const second = await operator.apiKeys.rotate({ id: first.view.id, graceHours: 24 });
    expect((await operator.apiKeys.revoke({ id: first.view.id })).status).toBe('revoked');
    expect(await refusalOf(first.key)).toEqual(['API_KEY_INVALID', 'revoked']);
    expect(await refusalOf(second.key)).toBeNull();
    expect(await failureOf(operator.apiKeys.revoke({ id: first.view.id }))).toMatchObject({
      message: 'API_KEY_NOT_ACTIVE',
      data: { values: { reason: 'revoked' } },
    });
    const audit = await db.orm.em.fork().find(AuditEntry, { entity: 'api_key', entityId: first.view.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
  });

  it('refuses an unknown insurer or key with NOT_FOUND', async () => {
    expect(await failureOf(operator.apiKeys.create({ insurerId: 'ingen', label: 'x' }))).toMatchObject({
      message: 'NOT_FOUND',
    });
    expect(await failureOf(operator.apiKeys.rotate({ id: 'ingen', graceHours: 1 }))).toMatchObject({
      message: 'NOT_FOUND',
    });
  });

  it('throttles a key per minute, telling when the next minute starts', async () => {
    const { view } = await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Travel app' });
    const at = new Date('2026-12-03T10:00:45Z');
    const call = () => throttleApiKey({ em: db.orm.em.fork(), keyRowId: view.id, now: at, perMinute: 3 });
    for (let i = 0; i < 3; i++) await call();
    await expect(call()).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', values: { retryAfterSeconds: 15 } });
    await throttleApiKey({
      em: db.orm.em.fork(),
      keyRowId: view.id,
      now: new Date('2026-12-03T10:01:00Z'),
      perMinute: 3,
    });
  });
});

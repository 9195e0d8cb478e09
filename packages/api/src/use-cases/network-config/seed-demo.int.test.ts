import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, addDays, isoWeek, osloDate, type NetworkConfigInput } from '@bn/domain';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { User, WorkPlan, demoNetworkDocument, entities, verifyPassword, type DemoCredentials } from '@bn/db';
import { seedDemo } from './seed-demo.js';
import { DEMO_CASES_INSURER, DEMO_PATIENTS } from './demo-cases.js';
import { callerAs, failureOf } from '../../testing/index.js';
import { authenticateApiKey } from '../api-keys/authenticate-api-key.js';

describe('the demo seed', () => {
  let db: TestDatabase;
  let first: Awaited<ReturnType<typeof seedDemo>>;
  let seedMs = 0;

  /** Rows per table, to see that a second run writes nothing. */
  const rowCounts = async () => {
    const em = db.orm.em.fork();
    return Object.fromEntries(
      await Promise.all(entities.map(async (e) => [e.meta.className, await em.count(e.meta.className, {})] as const)),
    );
  };
  const passwordsWork = async (credentials: DemoCredentials) => {
    const users = await db.orm.em.fork().find(User, {}, { populate: ['passwordHash'] });
    return Promise.all(
      credentials.users.map(async (c) => {
        const user = users.find((u) => u.email === c.email);
        return !!user && (await verifyPassword(user.passwordHash, c.password));
      }),
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const started = performance.now();
    first = await seedDemo({ em: db.orm.em.fork() });
    seedMs = performance.now() - started;
  });
  afterAll(() => db?.drop());

  it('seeds the demo network in seconds', () => {
    process.stdout.write(`demo seed: ${Math.round(seedMs)} ms\n`);
    expect(seedMs).toBeLessThan(30_000);
  });

  it('creates one demo user per role, each able to sign in with the printed password', async () => {
    expect(first.created).toBe(true);
    expect(first.credentials.users.map((u) => u.role).sort()).toEqual([...ROLES].sort());
    expect(await passwordsWork(first.credentials)).toEqual(first.credentials.users.map(() => true));
  });

  const keysWork = (credentials: DemoCredentials) =>
    Promise.all(
      credentials.apiKeys.map((k) =>
        authenticateApiKey({ em: db.orm.em.fork(), authorization: `Bearer ${k.key}`, now: new Date() }).then(
          () => true,
          () => false,
        ),
      ),
    );

  it('gives each demo insurer an API key that the public API accepts', async () => {
    expect(first.credentials.apiKeys.map((k) => k.insurer)).toEqual([
      'Falck Helse',
      'If Skadeforsikring',
      'Storebrand',
      'Vertikal Helse',
    ]);
    expect(await keysWork(first.credentials)).toEqual([true, true, true, true]);
  });

  it('plans the demo books from the current week on', async () => {
    const plans = await db.orm.em.fork().find(WorkPlan, {});
    const thisWeek = isoWeek(osloDate(new Date()));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(plan.weeks).toHaveLength(10);
      expect(plan.weeks[0]).toMatchObject(thisWeek);
    }
  });

  it('holds the claims demo: each demo patient’s case imports, DEMOFEIL is a birth-date mismatch, DEMOUTLOPT has ended', async () => {
    const admin = await db.orm.em.fork().findOneOrFail(User, { email: 'admin@majorstuen.demo' });
    const caller = await callerAs(db.orm, admin);
    const importCase = (patientId: string, caseId: string) =>
      caller.claims.importCase({ patientId, insurerId: DEMO_CASES_INSURER, caseId });
    const [kari, dag, hilde] = DEMO_PATIENTS;
    expect((await importCase(kari.id, 'DEMO1')).claim.grant).toEqual({ type: 'total', treatments: 10 });
    expect((await importCase(dag.id, 'DEMO2')).claim.grant.type).toBe('per_treatment_type');
    expect((await importCase(hilde.id, 'DEMO3')).claim.validTo).toBeNull();
    expect((await failureOf(importCase(kari.id, 'DEMOFEIL'))).data.appCode).toBe('CASE_BIRTH_DATE_MISMATCH');
    expect((await failureOf(importCase(kari.id, 'DEMOUTLOPT'))).data.appCode).toBe('CASE_EXPIRED');
  });

  it('shows the demo agent a network: at least 40 practitioners in 12 clinics across 6 cities, and every demo insurer has agreements', async () => {
    const agent = await db.orm.em.fork().findOneOrFail(User, { email: 'agent@storebrand.demo' });
    const caller = await callerAs(db.orm, agent);
    const document = demoNetworkDocument as NetworkConfigInput;
    const from = osloDate(new Date());
    const seen = { practitioners: new Set<string>(), clinics: new Set<string>(), cities: new Set<string>() };
    for (const p of document.practitioners ?? []) {
      const { hits } = await caller.search.network({ from, to: addDays(from, 13), practitionerName: p.name, limit: 1 });
      for (const hit of hits) {
        seen.practitioners.add(hit.practitionerId);
        seen.clinics.add(hit.clinicId);
        seen.cities.add(hit.city);
      }
    }
    expect(seen.practitioners.size).toBeGreaterThanOrEqual(40);
    expect(seen.clinics.size).toBeGreaterThanOrEqual(12);
    expect(seen.cities.size).toBeGreaterThanOrEqual(6);
    const withAgreements = new Set(
      (document.agreements ?? []).filter((a) => a.status === 'approved').map((a) => a.insurerId),
    );
    expect([...withAgreements].sort()).toEqual((document.insurers ?? []).map((i) => i.id).sort());
  });

  it('run again with the known credentials, creates nothing and keeps the same passwords', async () => {
    const before = await rowCounts();
    const again = await seedDemo({ em: db.orm.em.fork(), known: first.credentials });
    expect(again.created).toBe(false);
    expect(await rowCounts()).toEqual(before);
    expect(again.credentials.users).toEqual(expect.arrayContaining(first.credentials.users));
    expect(again.credentials.users).toHaveLength(first.credentials.users.length);
    expect(await passwordsWork(first.credentials)).toEqual(first.credentials.users.map(() => true));
    expect(again.credentials.apiKeys).toEqual(first.credentials.apiKeys);
  });

  it('run again after the credentials file was lost, issues new passwords that work (and creates nothing)', async () => {
    const before = await rowCounts();
    const reissued = await seedDemo({ em: db.orm.em.fork() });
    expect(reissued.created).toBe(false);
    // Only new API keys, one per demo insurer (the old ones stay, for the operator to revoke).
    expect(await rowCounts()).toEqual({ ...before, ApiKey: before.ApiKey! + 4 });
    expect(await keysWork(reissued.credentials)).toEqual([true, true, true, true]);
    expect(reissued.credentials.users.map((u) => u.role).sort()).toEqual([...ROLES].sort());
    expect(await passwordsWork(reissued.credentials)).toEqual(reissued.credentials.users.map(() => true));
    expect(await passwordsWork(first.credentials)).toEqual(first.credentials.users.map(() => false));
  });
});

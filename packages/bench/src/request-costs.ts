// Where a request's time goes, measured in the bench process against the bench database (no HTTP): the search's
// own use cases, and resolving the session cookie the way every procedure does (one prepared statement), against the
// ORM lookup it replaced. Printed after the HTTP figures, so docs/performance.md can name the costs around the search.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createOrm, Session } from '@bn/db';
import { createInnerContext, getPractitionerSlots, searchNetwork } from '@bn/api';
import { addDays } from '@bn/domain';
import type { BenchAgent } from './agents.js';
import { summarise, type Summary } from './http-client.js';
import { rng } from './synthetic-network.js';
import type { WorkloadCases } from './workloads.js';

async function time(runs: number, work: (i: number) => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < 50; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export async function measureRequestCosts(
  url: string,
  agent: BenchAgent,
  cases: WorkloadCases,
  today: string,
  seed: number,
): Promise<[string, Summary][]> {
  const orm = await createOrm({ url, poolMax: 2 });
  try {
    const token = agent.cookie.split('=')[1]!;
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const cookies = { get: () => token, set: () => {}, clear: () => {} };
    const random = rng(seed);
    const searches = cases.searches.filter((c) => c.insurerId === agent.insurerId);
    const practitioners = cases.practitioners.filter((c) => c.insurerId === agent.insurerId);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    // Each measurement warms up first; the session lookups come before the whole context so neither pays for the other's
    // first calls.
    const findOne = await time(300, () =>
      orm.em
        .fork()
        .findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user', 'user.insurer'] }),
    );
    const context = await time(300, () => createInnerContext({ em: orm.em.fork(), cookies }));
    const search = await time(300, () => {
      const c = pick(searches);
      const input = { tariffCode: c.tariffCode, place: c.city, from: today, to: addDays(today, 13), limit: 20 };
      return searchNetwork({ em: orm.em.fork(), insurerId: agent.insurerId, input, now: new Date() });
    });
    const single = await time(300, () => {
      const input = { practitionerId: pick(practitioners).practitionerId, from: today, to: addDays(today, 27) };
      return getPractitionerSlots({ em: orm.em.fork(), insurerId: agent.insurerId, input, now: new Date() });
    });
    return [
      ['createInnerContext (session cookie → user in one prepared statement, every request)', context],
      ["  the ORM lookup it replaced: em.findOne(Session, { populate: ['user', 'user.insurer'] })", findOne],
      ['(a) searchNetwork use case', search],
      ['(b) getPractitionerSlots use case', single],
    ];
  } finally {
    await orm.close(true);
  }
}

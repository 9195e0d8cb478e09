// Where a request's time goes, measured in the bench process against the bench database (no HTTP): the search's
// own use cases, and resolving the session cookie the way every procedure does, against the same lookup in one SQL
// statement. Printed after the HTTP figures, so docs/performance.md can name the costs around the search.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createOrm, Session } from '@bn/db';
import { createInnerContext, getPractitionerSlots, searchNetwork } from '@bn/api';
import { addDays } from '@bn/domain';
import type { BenchAgent } from './agents.js';
import { summarise, type Summary } from './http-client.js';
import { rng } from './synthetic-network.js';
import type { WorkloadCases } from './workloads.js';

const SESSION_SQL = `select s.last_seen_at, u.id, u.email, u.name, u.role, u.practitioner_id, u.insurer_id, i.name as insurer_name
  from session s join app_user u on u.id = s.user_id left join insurer i on i.id = u.insurer_id
  where s.token_hash = ? and s.expires_at > ?`;

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

export async function measureRequestCosts(url: string, agent: BenchAgent, cases: WorkloadCases, today: string, seed: number): Promise<[string, Summary][]> {
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
    const findOne = await time(300, () => orm.em.fork().findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user', 'user.insurer'] }));
    const oneStatement = await time(300, () => orm.em.fork().execute(SESSION_SQL, [tokenHash, new Date()]));
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
      ['createInnerContext (session cookie → user, every request)', context],
      ["  of which em.findOne(Session, { populate: ['user', 'user.insurer'] })", findOne],
      ['  the same lookup as one SQL statement', oneStatement],
      ['(a) searchNetwork use case', search],
      ['(b) getPractitionerSlots use case', single],
    ];
  } finally {
    await orm.close(true);
  }
}

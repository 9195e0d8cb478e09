// The three measured workloads, over HTTP against the running server:
//   (a) the earliest 20 times for tariff T, the agent's insurer, city C, the next 14 days   (search.network)
//   (b) one practitioner's free times for 28 days                                            (search.practitionerSlots)
//   (c) (a) with `concurrency` agents searching at once
import type pg from 'pg';
import { addDays } from '@bn/domain';
import type { BenchAgent } from './agents.js';
import { summarise, trpcQuery, type Summary } from './http-client.js';
import { rng } from './synthetic-network.js';

interface SearchCase {
  insurerId: string;
  tariffCode: string;
  city: string;
}
interface PractitionerCase {
  insurerId: string;
  practitionerId: string;
}

export interface WorkloadCases {
  searches: SearchCase[];
  practitioners: PractitionerCase[];
}

/** Every insurer × tariff × city and insurer × practitioner combination that has an offer: queries draw from these. */
export async function loadCases(client: pg.ClientBase): Promise<WorkloadCases> {
  const searches = await client.query<SearchCase>(
    'select distinct insurer_id as "insurerId", tariff_code as "tariffCode", city from offer order by 1, 2, 3',
  );
  const practitioners = await client.query<PractitionerCase>(
    'select distinct insurer_id as "insurerId", practitioner_id as "practitionerId" from offer order by 1, 2',
  );
  return { searches: searches.rows, practitioners: practitioners.rows };
}

export interface WorkloadResult extends Summary {
  /** Share of answers with at least one time. */
  nonEmpty: number;
  hits: number;
  /** Every latency, in the order measured (ms). */
  samples: number[];
}

export interface Runner {
  baseUrl: string;
  agents: BenchAgent[];
  cases: WorkloadCases;
  today: string;
  seed: number;
}

function agentFor(agents: BenchAgent[], insurerId: string, random: () => number): BenchAgent {
  const own = agents.filter((a) => a.insurerId === insurerId);
  return own[Math.floor(random() * own.length)]!;
}

function searchInput(c: SearchCase, today: string) {
  return { tariffCode: c.tariffCode, place: c.city, from: today, to: addDays(today, 13), limit: 20 };
}

async function timeSearch(r: Runner, c: SearchCase, agent: BenchAgent): Promise<{ ms: number; hits: number }> {
  const { ms, data } = await trpcQuery<{ hits: unknown[] }>(
    r.baseUrl,
    'search.network',
    searchInput(c, r.today),
    agent.cookie,
  );
  return { ms, hits: data.hits.length };
}

async function timePractitioner(
  r: Runner,
  c: PractitionerCase,
  agent: BenchAgent,
): Promise<{ ms: number; hits: number }> {
  const input = { practitionerId: c.practitionerId, from: r.today, to: addDays(r.today, 27) };
  const { ms, data } = await trpcQuery<{ slots: unknown[] }>(
    r.baseUrl,
    'search.practitionerSlots',
    input,
    agent.cookie,
  );
  return { ms, hits: data.slots.length };
}

function result(samples: { ms: number; hits: number }[]): WorkloadResult {
  return {
    ...summarise(samples.map((s) => s.ms)),
    nonEmpty: Math.round((samples.filter((s) => s.hits > 0).length / samples.length) * 100) / 100,
    hits: samples.reduce((n, s) => n + s.hits, 0),
    samples: samples.map((s) => s.ms),
  };
}

/** Sequential queries of one kind, drawn at random (seeded) from the cases. */
export async function runSequential(
  r: Runner,
  kind: 'search' | 'practitioner',
  count: number,
  seedOffset: number,
): Promise<WorkloadResult> {
  const random = rng(r.seed + seedOffset);
  const samples: { ms: number; hits: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (kind === 'search') {
      const c = r.cases.searches[Math.floor(random() * r.cases.searches.length)]!;
      samples.push(await timeSearch(r, c, agentFor(r.agents, c.insurerId, random)));
    } else {
      const c = r.cases.practitioners[Math.floor(random() * r.cases.practitioners.length)]!;
      samples.push(await timePractitioner(r, c, agentFor(r.agents, c.insurerId, random)));
    }
  }
  return result(samples);
}

/** Every agent searches in a loop at the same time, each for its own insurer, until `count` answers are in. */
export async function runConcurrent(r: Runner, count: number, seedOffset: number): Promise<WorkloadResult> {
  const samples: { ms: number; hits: number }[] = [];
  const perAgent = Math.ceil(count / r.agents.length);
  await Promise.all(
    r.agents.map(async (agent, k) => {
      const random = rng(r.seed + seedOffset + k);
      const own = r.cases.searches.filter((c) => c.insurerId === agent.insurerId);
      for (let i = 0; i < perAgent; i++)
        samples.push(await timeSearch(r, own[Math.floor(random() * own.length)]!, agent));
    }),
  );
  return result(samples);
}

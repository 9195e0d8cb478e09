// P2: the case lookup's contract, run against both implementations: the operator's register, and the HTTP client
// against a fake lookup service started here (the real one is not reachable). Then what only the HTTP one can meet.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Insurer, RegisteredCase } from '@bn/db';
import { createTestDatabase, nextOrgNumber, type TestDatabase } from '@bn/db/testing';
import { AppError, type InsurerCase } from '@bn/domain';
import { registeredCaseLookup, type CaseLookup } from './case-lookup.js';
import { httpCaseLookup } from './http-case-lookup.js';

const X = 'insurer-x';
const Y = 'insurer-y';
const CASES: InsurerCase[] = [
  {
    caseId: '6QPTR',
    insurerId: X,
    birthDate: '1990-01-01',
    createdOn: '2026-11-20',
    validTo: '2027-05-31',
    grant: { type: 'total', treatments: 10 },
  },
  {
    caseId: 'PERTYPE1',
    insurerId: X,
    birthDate: '1985-06-15',
    createdOn: '2026-12-01',
    validTo: null,
    grant: { type: 'per_treatment_type', treatments: { B1010: 4, B1020: 2 } },
  },
  {
    caseId: 'YSAK1',
    insurerId: Y,
    birthDate: '1970-03-03',
    createdOn: '2026-10-01',
    validTo: null,
    grant: { type: 'total', treatments: 5 },
  },
];

/** A fake of the insurers' lookup service, speaking the protocol of http-case-lookup.ts. */
interface FakeService {
  url: string;
  /** Overrides the next answers: a status and body, or a delay before answering. */
  answer:
    ((body: { insurerId: string; caseId: string }) => { status: number; body?: unknown; delayMs?: number }) | null;
  requests: { method: string; url: string; body: string }[];
  close(): Promise<void>;
}

async function startFakeService(cases: readonly InsurerCase[]): Promise<FakeService> {
  const fake: FakeService = { url: '', answer: null, requests: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      fake.requests.push({ method: req.method ?? '', url: req.url ?? '', body: text });
      const asked = JSON.parse(text) as { insurerId: string; caseId: string };
      const found = cases.find((c) => c.insurerId === asked.insurerId && c.caseId === asked.caseId);
      const { status, body, delayMs } =
        fake.answer?.(asked) ?? (found ? { status: 200, body: found } : { status: 404 });
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
      }, delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/saker/oppslag`;
  fake.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return fake;
}

function contract(name: string, setup: () => Promise<{ lookup: CaseLookup; teardown: () => Promise<void> }>): void {
  describe(`the case lookup contract: ${name}`, () => {
    let lookup: CaseLookup;
    let teardown: () => Promise<void>;
    beforeAll(async () => ({ lookup, teardown } = await setup()));
    afterAll(() => teardown?.());

    it('finds a case with everything the claim is made from', async () => {
      expect(await lookup.find(X, '6QPTR')).toEqual(CASES[0]);
      expect(await lookup.find(X, 'PERTYPE1')).toEqual(CASES[1]);
    });

    it('compares case ids without regard to case or spaces', async () => {
      expect(await lookup.find(X, '6qptr')).toMatchObject({ caseId: '6QPTR' });
      expect(await lookup.find(X, ' 6Q PTR ')).toMatchObject({ caseId: '6QPTR' });
    });

    it('answers null for a case id the insurer does not have, and for another insurer’s case', async () => {
      expect(await lookup.find(X, 'UKJENT1')).toBeNull();
      expect(await lookup.find(X, 'YSAK1')).toBeNull();
      expect(await lookup.find(Y, '6QPTR')).toBeNull();
      expect(await lookup.find(Y, 'YSAK1')).toEqual(CASES[2]);
    });
  });
}

contract('the operator’s register', async () => {
  const db: TestDatabase = await createTestDatabase();
  const em = db.orm.em.fork();
  em.create(Insurer, { id: X, name: 'Forsikring X', orgNumber: nextOrgNumber() });
  em.create(Insurer, { id: Y, name: 'Forsikring Y', orgNumber: nextOrgNumber() });
  for (const c of CASES) em.create(RegisteredCase, { ...c, insurer: c.insurerId });
  await em.flush();
  return { lookup: registeredCaseLookup(db.orm.em.fork()), teardown: () => db.drop() };
});

contract('an HTTP lookup service (CASE_LOOKUP_URL)', async () => {
  const fake = await startFakeService(CASES);
  return { lookup: httpCaseLookup({ url: fake.url }), teardown: () => fake.close() };
});

describe('the HTTP case lookup when the service fails', () => {
  let fake: FakeService;
  let lookup: CaseLookup;
  beforeAll(async () => {
    fake = await startFakeService(CASES);
    lookup = httpCaseLookup({ url: fake.url, timeoutMs: 300 });
  });
  afterAll(() => fake?.close());

  const refusal = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).code;
  };

  it('asks with a POST whose body holds the insurer and the upper-case case id; the URL carries neither', async () => {
    fake.answer = null;
    fake.requests.length = 0;
    await lookup.find(X, '6qptr');
    expect(fake.requests).toEqual([
      { method: 'POST', url: '/saker/oppslag', body: '{"insurerId":"insurer-x","caseId":"6QPTR"}' },
    ]);
  });

  it('is CASE_LOOKUP_UNAVAILABLE on an error status, a timeout, or an unreachable service', async () => {
    fake.answer = () => ({ status: 500, body: { error: 'boom' } });
    expect(await refusal(lookup.find(X, '6QPTR'))).toBe('CASE_LOOKUP_UNAVAILABLE');
    fake.answer = () => ({ status: 401 });
    expect(await refusal(lookup.find(X, '6QPTR'))).toBe('CASE_LOOKUP_UNAVAILABLE');
    fake.answer = (asked) => ({ status: 200, body: CASES.find((c) => c.caseId === asked.caseId), delayMs: 1_000 });
    expect(await refusal(lookup.find(X, '6QPTR'))).toBe('CASE_LOOKUP_UNAVAILABLE');
    const nowhere = httpCaseLookup({ url: 'http://127.0.0.1:1/saker', timeoutMs: 300 });
    expect(await refusal(nowhere.find(X, '6QPTR'))).toBe('CASE_LOOKUP_UNAVAILABLE');
  });

  it('is CASE_LOOKUP_UNAVAILABLE when the answer is not a valid case, or another case than asked for', async () => {
    const bad: unknown[] = [
      'not json',
      { ...CASES[0], birthDate: '1990-02-30' },
      { ...CASES[0], grant: { type: 'per_treatment_type', treatments: { A3A: 2 } } },
      { ...CASES[0], validTo: '2026-01-01' },
      { ...CASES[0], insurerId: Y },
      { ...CASES[0], caseId: 'ANNEN1' },
    ];
    for (const body of bad) {
      fake.answer = () => ({ status: 200, body });
      expect(await refusal(lookup.find(X, '6QPTR')), JSON.stringify(body)).toBe('CASE_LOOKUP_UNAVAILABLE');
    }
    fake.answer = null;
  });
});
